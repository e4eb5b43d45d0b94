import { createHash } from 'node:crypto';

/**
 * A book's tag in backup file names: the first 10 hex digits (40 bits) of the SHA-256 of
 * its id. Short enough to read, and two books in one folder share one by a chance of about
 * one in a trillion; hashing makes any id (ULID, hex, an old hand-made one) the same shape.
 */
export function bookTagOf(bookId: string): string {
  return createHash('sha256').update(bookId, 'utf8').digest('hex').slice(0, 10);
}
