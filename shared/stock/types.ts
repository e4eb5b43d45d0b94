import type { IsoDate } from '../dates';

/**
 * Warehouse records: places, the stock ledger (movements), the on-hand levels kept from
 * it, and stocktakes. Quantities are exact integers in the item's smallest stock unit
 * (shared/catalog/types.ts); values are integer minor units of the book's base currency.
 */

export const locationKinds = ['warehouse', 'room', 'shelf', 'bin'] as const;
export type LocationKind = (typeof locationKinds)[number];

/** A warehouse or a place inside one (room, shelf, bin), nested through `parentId`. */
export type StockLocation = {
  id: string;
  createdAt: string;
  updatedAt: string;
  name: string;
  /** Short code printed on labels and count sheets, e.g. "A-02-3"; sorts shelves and bins. */
  code: string;
  kind: LocationKind;
  parentId: string | null;
  archived: boolean;
};

export const movementKinds = ['opening', 'receipt', 'issue', 'transferOut', 'transferIn', 'count', 'writeOff'] as const;
export type MovementKind = (typeof movementKinds)[number];

/** What caused a movement, with the id of that record where there is one. */
export type MovementSource = { kind: 'manual' | 'import' | 'count' | 'receipt' | 'request'; id?: string };

/**
 * One change of stock: immutable once recorded. `quantity` is signed (receipts positive,
 * issues negative); `value` is the signed cost it moved at (a receipt at its cost, an
 * issue at the moving-average cost), so stock value is the sum of movement values.
 */
export type StockMovement = {
  id: string;
  /** When it was recorded (ISO instant); orders movements of the same date. */
  at: string;
  date: IsoDate;
  kind: MovementKind;
  itemId: string;
  locationId: string;
  quantity: number;
  value: number;
  /** Why (write-off: damaged, expired; issue: what for). */
  reason?: string;
  /** An issue's department or person. */
  issuedTo?: string;
  /** The two halves of a transfer share it. */
  transferId?: string;
  source: MovementSource;
  /** The journal entry posted with it, when it moved money. */
  entryId?: string;
};

/**
 * Movements are stored a block at a time (up to `stockBlockSize` of one month per record),
 * as posted entries are: IndexedDB's cost is per record, so a million movements are
 * a thousand records to write, back up and restore.
 */
export type StockBlock = { period: string; block: number; ids: string[]; movements: StockMovement[] };

/** On hand at one location: quantity and the value of the movements that brought it. */
export type LocationLevel = { quantity: number; value: number };

/**
 * One item's stock now, kept in the same transaction as every movement (and rebuilt from
 * the movements in tests): per location, in total, and the months it has movements in.
 */
export type StockLevel = {
  itemId: string;
  quantity: number;
  value: number;
  byLocation: Record<string, LocationLevel>;
  /** Months ("2026-03") with movements of this item, to read its history without scanning every block. */
  periods: string[];
  lastMovement?: IsoDate;
  /** The date of the last approved count that covered it (cycle counts pick items not counted for N days). */
  lastCounted?: IsoDate;
};

export type StocktakeScope =
  | { kind: 'all' }
  | { kind: 'locations'; locationIds: string[] }
  | { kind: 'categories'; categoryIds: string[] }
  | { kind: 'notCountedFor'; days: number }
  | { kind: 'classA'; share: number };

export const stocktakeStatuses = ['counting', 'approved', 'cancelled'] as const;
export type StocktakeStatus = (typeof stocktakeStatuses)[number];

/** A stocktake's header; its lines live in one sheet per location (`StocktakeSheet`). */
export type Stocktake = {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** "ST-2026-003". */
  number: string;
  name: string;
  scope: StocktakeScope;
  /** Expected quantities are hidden while counting; counted fields start empty. */
  blind: boolean;
  /** A line whose variance exceeds this share of the expected quantity (percent) is flagged for recount. */
  tolerancePercent: number;
  status: StocktakeStatus;
  /** The instant the snapshot was taken; movements after it are added to the expected figures. */
  snapshotAt: string;
  date: IsoDate;
  approvedAt?: string;
  /** The count date the adjustments and the journal entry are dated. */
  approvedDate?: IsoDate;
  entryId?: string;
  /** Share of lines within tolerance, in basis points (10000 = all), kept at approval. */
  accuracy?: number;
  lineCount: number;
};

/** One line of a count sheet: an item at the sheet's location. */
export type CountLine = {
  itemId: string;
  /** On hand at the snapshot. */
  expected: number;
  /** null until counted: empty is not zero. */
  counted: number | null;
  countedAt?: string;
  countedBy?: string;
  /** Set when the line was flagged and counted again. */
  recounted?: boolean;
};

/** The lines of one location in one stocktake: the unit that one person counts and saves. */
export type StocktakeSheet = { stocktakeId: string; locationId: string; lines: CountLine[]; updatedAt: string };
