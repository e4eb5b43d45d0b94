import { newId, now } from '../../audit';
import type { BackofficeDb } from '../../database';
import type { PurchasingSettingsRecord } from '../../records';

/** The global tolerance until the user sets one: 2 % (in basis points). */
export const defaultTolerance = 200;

/** Purchasing's settings as stored, or the defaults when nothing is stored yet (read inside or outside a transaction). */
export async function readPurchasingSettings(db: BackofficeDb): Promise<PurchasingSettingsRecord> {
  const record = await db.settings.get('purchasing');
  if (record?.key === 'purchasing') return record;
  const at = now();
  return {
    key: 'purchasing',
    id: newId(),
    createdAt: at,
    updatedAt: at,
    lastOrderNumbers: {},
    lastReceiptNumbers: {},
    lastRequestNumbers: {},
    tolerance: defaultTolerance,
    deliveryAddress: '',
    terms: '',
    defaultLocationId: null,
    priceDifferenceAccountId: null,
  };
}

const series = {
  order: { prefix: 'PO', field: 'lastOrderNumbers' },
  receipt: { prefix: 'GR', field: 'lastReceiptNumbers' },
  request: { prefix: 'RQ', field: 'lastRequestNumbers' },
} as const;
export type NumberSeries = keyof typeof series;

/**
 * Takes the next numbers of a series for a year ("PO-2026-0042") and stores them as used.
 * Call it inside the audited transaction that stores the numbered records (with
 * `db.settings` among its written tables), so a number is used only when the record is.
 */
export async function takeNumbers(db: BackofficeDb, kind: NumberSeries, year: string, count = 1): Promise<string[]> {
  const settings = await readPurchasingSettings(db);
  const { prefix, field } = series[kind];
  const last = settings[field][year] ?? 0;
  await db.settings.put({ ...settings, [field]: { ...settings[field], [year]: last + count }, updatedAt: now() });
  return Array.from({ length: count }, (_, index) => `${prefix}-${year}-${String(last + index + 1).padStart(4, '0')}`);
}
