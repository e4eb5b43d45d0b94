import { parseQuantity } from '../../../../../shared/catalog/quantities';
import type { CatalogItem } from '../../../../../shared/catalog/types';
import type { IsoDate } from '../../../../../shared/dates';
import { divideRounded } from '../../../../../shared/money';
import type { MovementDraft } from '../../../../../shared/stock';
import type { MovementFormKind } from './stockPages';

/** Why a write-off happened; stored as the movement's reason, with the user's note after it. */
export const writeOffReasons = ['damaged', 'expired', 'other'] as const;
export type WriteOffReason = (typeof writeOffReasons)[number];

/** What the form holds, as typed; nothing is lost when saving fails. */
export type MovementFormValues = {
  itemId: string;
  locationId: string;
  toLocationId: string;
  quantity: string;
  /** '' for the item's own unit, else the name of one of its packs. */
  packName: string;
  costMode: 'unit' | 'total';
  /** The cost already read as minor units (null when empty or not an amount; the form says which). */
  costMinor: number | null;
  date: IsoDate | null;
  note: string;
  issuedTo: string;
  writeOffReason: WriteOffReason;
};

export type MovementField = 'itemId' | 'locationId' | 'toLocationId' | 'quantity' | 'cost' | 'date' | 'issuedTo' | 'note';
/** A field's problem as an i18n key under inventory.stock.form.problems. */
export type MovementFormProblems = Partial<Record<MovementField, string>>;

export const carriesCost = (kind: MovementFormKind) => kind === 'receive' || kind === 'opening';

/**
 * The quantity in smallest units and how many of the chosen unit that is (for a unit cost):
 * "3" boxes of 100 is 300 pieces, counted as 3; "1,5" kg with 3 decimals is 1500, counted as 1.5.
 */
export function quantityOfForm(values: Pick<MovementFormValues, 'quantity' | 'packName'>, item: Pick<CatalogItem, 'unit' | 'packs'>, locale?: string): { quantity: number; perUnit: { times: bigint; over: bigint } } | null {
  const pack = values.packName ? item.packs.find((candidate) => candidate.name === values.packName) : undefined;
  if (values.packName && !pack) return null;
  const read = parseQuantity(values.quantity, pack ? { code: pack.name, decimals: 0 } : item.unit, locale);
  if (!read.ok || read.value <= 0) return null;
  if (pack) {
    const quantity = read.value * pack.contains;
    return Number.isSafeInteger(quantity) ? { quantity, perUnit: { times: BigInt(read.value), over: 1n } } : null;
  }
  return { quantity: read.value, perUnit: { times: BigInt(read.value), over: 10n ** BigInt(item.unit.decimals) } };
}

/** The movements a filled form records, or what is wrong with it (every field checked at once). */
export function movementDraftsOf(
  kind: MovementFormKind,
  values: MovementFormValues,
  item: Pick<CatalogItem, 'id' | 'unit' | 'packs'> | undefined,
  makeId: () => string,
  /** The locale the user writes numbers in ("5,000" is five thousand in English). */
  locale?: string,
): { ok: true; drafts: MovementDraft[] } | { ok: false; problems: MovementFormProblems } {
  const problems: MovementFormProblems = {};
  if (!item) problems.itemId = 'itemMissing';
  if (!values.locationId) problems.locationId = 'locationMissing';
  if (kind === 'transfer') {
    if (!values.toLocationId) problems.toLocationId = 'locationMissing';
    else if (values.toLocationId === values.locationId) problems.toLocationId = 'sameLocation';
  }
  const counted = item ? quantityOfForm(values, item, locale) : null;
  if (!values.quantity.trim()) problems.quantity = 'quantityMissing';
  else if (item && !counted) problems.quantity = 'quantityInvalid';
  if (!values.date) problems.date = 'dateMissing';
  if (carriesCost(kind) && (values.costMinor === null || values.costMinor < 0)) problems.cost = 'costMissing';
  if (kind === 'issue' && !values.issuedTo.trim()) problems.issuedTo = 'issuedToMissing';
  if (kind === 'write-off' && values.writeOffReason === 'other' && !values.note.trim()) problems.note = 'reasonMissing';
  if (Object.keys(problems).length > 0 || !item || !counted || !values.date) return { ok: false, problems };

  const note = values.note.trim();
  const base = { itemId: item.id, locationId: values.locationId, date: values.date, source: { kind: 'manual' as const } };
  const { quantity } = counted;
  switch (kind) {
    case 'receive':
    case 'opening': {
      const cost = BigInt(values.costMinor!);
      const value = values.costMode === 'total' ? cost : divideRounded(cost * counted.perUnit.times, counted.perUnit.over, 'half-up');
      return { ok: true, drafts: [{ ...base, kind: kind === 'receive' ? 'receipt' : 'opening', quantity, value: Number(value), ...(note ? { reason: note } : {}) }] };
    }
    case 'issue':
      return { ok: true, drafts: [{ ...base, kind: 'issue', quantity: -quantity, issuedTo: values.issuedTo.trim(), ...(note ? { reason: note } : {}) }] };
    case 'write-off': {
      const reason = values.writeOffReason === 'other' ? note : note ? `${values.writeOffReason}: ${note}` : values.writeOffReason;
      return { ok: true, drafts: [{ ...base, kind: 'writeOff', quantity: -quantity, reason }] };
    }
    case 'transfer': {
      const transferId = makeId();
      const withNote = note ? { reason: note } : {};
      return {
        ok: true,
        drafts: [
          { ...base, ...withNote, kind: 'transferOut', quantity: -quantity, transferId },
          { ...base, ...withNote, kind: 'transferIn', locationId: values.toLocationId, quantity, transferId },
        ],
      };
    }
  }
}
