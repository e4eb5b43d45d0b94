/**
 * Why a backup's records were refused although its bytes are intact: the first thing
 * found wrong, shown as `backup.content.<key>` with its params, with the table it is in.
 */
export const contentFindingKeys = [
  /** A record lacks fields every record of its table has, or they are of the wrong kind. */
  'recordUnreadable',
  /** An account without a valid id, name or type, or one that is under a missing account. */
  'accountInvalid',
  /** An amount that is not a whole number of minor units (or too large to keep exactly). */
  'entryAmountInvalid',
  'entryUnbalanced',
  'entryAccountMissing',
  /** Any other rule of posting: a real date, a known currency, two lines, one amount per line. */
  'entryInvalid',
  'entryIdRepeated',
  /** A block whose lists of ids and numbers, or month, do not match the entries inside. */
  'entryBlockInvalid',
  'draftInvalid',
  'balanceDiffers',
  'registerDiffers',
  /** A record that names an account or entry the backup does not have. */
  'referenceMissing',
  /** The company's base currency, the lock date or the entry numbering cannot be read. */
  'settingsInvalid',
  'vatCodeInvalid',
  /** An amount outside the ledger (a reconciliation's balances) that is not whole minor units. */
  'amountInvalid',
  /** A stock block whose movements cannot be read or whose quantities or values are not whole. */
  'stockMovementInvalid',
  /** An item's kept stock level that its movements do not add up to. */
  'stockLevelDiffers',
] as const;
export type ContentFindingKey = (typeof contentFindingKeys)[number];

export type ContentFinding = {
  /** The backup's table the record is in. */
  table: string;
  key: ContentFindingKey;
  /** For the message: entry (its number, else its id), date, line, account, period, currency… */
  params: Record<string, string | number>;
};

export const finding = (table: string, key: ContentFindingKey, params: ContentFinding['params'] = {}): ContentFinding => ({ table, key, params });
