import { Dexie, type IndexableType, type Table } from 'dexie';
import { partRecordLimitOf } from '../../../../shared/backup/format';

/**
 * A table's Dexie schema as text ("id, at", "[accountId+period]"): primary key first,
 * then the indexes. Stored in the manifest so a restore can reopen an older version.
 */
export function tableSchemaText(table: Table): string {
  const { primKey, indexes } = table.schema;
  return [primKey.src, ...indexes.map((index) => index.src)].join(', ');
}

/** The tables of a database in a fixed order (by name), so backups of the same data look alike. */
export function tablesByName<T extends { name: string }>(tables: readonly T[]): T[] {
  return [...tables].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export type Chunk = { records: unknown[]; next: IndexableType | undefined };

/**
 * Up to `partRecordLimitOf(table)` records in primary-key order after the key `after` (from the
 * start when undefined): a key range, so reading the 40th part costs what the first did.
 * `next` is undefined after the last chunk.
 */
export async function readChunk(table: Table, after: IndexableType | undefined): Promise<Chunk> {
  const keyPath = table.schema.primKey.keyPath;
  if (!keyPath) throw new Error(`Table ${table.name} keeps its keys outside the records; backups need inbound keys.`);
  const limit = partRecordLimitOf(table.name);
  const records: unknown[] =
    after === undefined ? await table.orderBy(':id').limit(limit).toArray() : await table.where(':id').above(after).limit(limit).toArray();
  const last = records[records.length - 1];
  const next = records.length < limit || last === undefined ? undefined : (Dexie.getByKeyPath(last as object, keyPath) as IndexableType);
  return { records, next };
}
