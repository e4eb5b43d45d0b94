import { bookIdPattern } from './format';

/** The book a backup is taken of, as its manifest names it. */
export type BackupBook = { companyName: string; bookId?: string };

/**
 * The company name and book id from the company settings record as stored, of any
 * database version. The book id is the record's id: a restore brings it back, so the
 * restored book goes on rotating its own older backups. An id of another shape is left
 * out: that book's backups are then never rotated, which is safe.
 */
export function bookOfCompanyRecord(record: unknown): BackupBook {
  if (typeof record !== 'object' || record === null) return { companyName: '' };
  const { name, id } = record as { name?: unknown; id?: unknown };
  const companyName = typeof name === 'string' ? name : '';
  return typeof id === 'string' && bookIdPattern.test(id) ? { companyName, bookId: id } : { companyName };
}
