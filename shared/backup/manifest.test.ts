import { describe, expect, it } from 'vitest';
import { backupFormatVersion } from './format';
import { backupManifestSchema } from './manifest';

const manifest = {
  format: 'backoffice-backup',
  schemaVersion: 4,
  appVersion: '0.1.0',
  company: 'Harbour Supplies Ltd',
  createdAt: '2026-11-25T09:30:15.000Z',
  purpose: 'regular',
  tables: [{ name: 'settings', schema: 'key', records: 0, parts: [] }],
  documents: { count: 0, bytes: 0, files: [] },
};

describe('the manifest', () => {
  it("names the book it was taken of (format 2), and backups written before that still read (format 1, no book)", () => {
    expect(backupFormatVersion).toBe(2);
    expect(backupManifestSchema.parse({ ...manifest, formatVersion: 2, bookId: '01JD3XK5Q8ZV7N0M2B4C6D8E9F' }).bookId).toBe('01JD3XK5Q8ZV7N0M2B4C6D8E9F');
    expect(backupManifestSchema.parse({ ...manifest, formatVersion: 1 }).bookId).toBeUndefined();
    // A book without an id yet (before the company is set up).
    expect(backupManifestSchema.safeParse({ ...manifest, formatVersion: 2 }).success).toBe(true);
  });

  it('refuses a book id in a format-1 manifest, an id of another shape, and a newer format', () => {
    expect(backupManifestSchema.safeParse({ ...manifest, formatVersion: 1, bookId: '01JD3XK5Q8' }).success).toBe(false);
    for (const bookId of ['', '../x', 'a b', 'x'.repeat(65)]) {
      expect(backupManifestSchema.safeParse({ ...manifest, formatVersion: 2, bookId }).success, bookId).toBe(false);
    }
    expect(backupManifestSchema.safeParse({ ...manifest, formatVersion: 3 }).success).toBe(false);
  });
});
