import { describe, expect, it } from 'vitest';
import { backupFileName, isBackupTempFileName, parseBackupFileName, parseBackupTempFileName, tablePartPath } from './format';

describe('backup file names', () => {
  it('name the local date and time, and read back', () => {
    const at = new Date(2026, 10, 5, 9, 3, 7);
    expect(backupFileName(at)).toBe('Backoffice 2026-11-05 090307.backup');
    expect(backupFileName(at, { bookTag: null, purpose: 'regular' }, 2)).toBe('Backoffice 2026-11-05 090307 (2).backup');
    expect(parseBackupFileName('Backoffice 2026-11-05 090307.backup')).toEqual({ takenAt: at, copy: 1, bookTag: null, purpose: null });
    expect(parseBackupFileName('Backoffice 2026-11-05 090307 (2).backup')).toEqual({ takenAt: at, copy: 2, bookTag: null, purpose: null });
  });

  it('refuse anything else: temp files, other names, impossible dates, paths', () => {
    for (const name of [
      '.Backoffice 2026-11-05 090307.backup.a1b2c3.partial',
      'Backoffice 2026-11-05 090307.backup.partial',
      'backoffice 2026-11-05 090307.backup',
      'Backoffice 2026-02-30 090307.backup',
      'Backoffice 2026-11-05 250307.backup',
      '../Backoffice 2026-11-05 090307.backup',
      'Backoffice 2026-11-05 090307.zip',
    ]) {
      expect(parseBackupFileName(name), name).toBeNull();
    }
    expect(isBackupTempFileName('.Backoffice 2026-11-05 090307.backup.a1b2c3.partial')).toBe(true);
    expect(isBackupTempFileName('Backoffice 2026-11-05 090307.backup')).toBe(false);
  });

  it("carry the book's tag and a purpose other than regular, and read back; names without a tag are of no provable book", () => {
    const at = new Date(2026, 10, 5, 9, 3, 7);
    const tag = '3f9a0c12e4';
    expect(backupFileName(at, { bookTag: tag, purpose: 'regular' })).toBe('Backoffice 2026-11-05 090307 3f9a0c12e4.backup');
    expect(backupFileName(at, { bookTag: tag, purpose: 'safety' }, 2)).toBe('Backoffice 2026-11-05 090307 safety 3f9a0c12e4 (2).backup');
    expect(backupFileName(at, { bookTag: null, purpose: 'upgrade' })).toBe('Backoffice 2026-11-05 090307 upgrade.backup');
    expect(parseBackupFileName('Backoffice 2026-11-05 090307 3f9a0c12e4.backup')).toEqual({ takenAt: at, copy: 1, bookTag: tag, purpose: 'regular' });
    expect(parseBackupFileName('Backoffice 2026-11-05 090307 safety 3f9a0c12e4 (2).backup')).toEqual({ takenAt: at, copy: 2, bookTag: tag, purpose: 'safety' });
    expect(parseBackupFileName('Backoffice 2026-11-05 090307 upgrade.backup')).toEqual({ takenAt: at, copy: 1, bookTag: null, purpose: 'upgrade' });
    // Written before backups carried a tag: the purpose is unknown from the name.
    expect(parseBackupFileName('Backoffice 2026-11-05 090307.backup')).toMatchObject({ bookTag: null, purpose: null });
    for (const name of ['Backoffice 2026-11-05 090307 3F9A0C12E4.backup', 'Backoffice 2026-11-05 090307 3f9a0c12.backup', 'Backoffice 2026-11-05 090307 regular 3f9a0c12e4.backup', 'Backoffice 2026-11-05 090307 3f9a0c12e4 safety.backup']) {
      expect(parseBackupFileName(name), name).toBeNull();
    }
  });

  it("temp files name their book, so a sweep can leave other books' alone", () => {
    const name = `.${backupFileName(new Date(2026, 10, 5, 9, 3, 7), { bookTag: '3f9a0c12e4', purpose: 'safety' })}.a1b2c3d4e5f6.partial`;
    expect(isBackupTempFileName(name)).toBe(true);
    expect(parseBackupTempFileName(name)).toMatchObject({ bookTag: '3f9a0c12e4', purpose: 'safety' });
    expect(parseBackupTempFileName('.Backoffice 2026-11-05 090307.backup.a1b2c3.partial')).toMatchObject({ bookTag: null });
    expect(parseBackupTempFileName('Backoffice 2026-11-05 090307 3f9a0c12e4.backup')).toBeNull();
  });

  it('part paths number from 1', () => {
    expect(tablePartPath('auditLog', 1)).toBe('tables/auditLog/1.json');
  });
});
