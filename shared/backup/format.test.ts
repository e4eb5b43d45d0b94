import { describe, expect, it } from 'vitest';
import { backupFileName, isBackupTempFileName, parseBackupFileName, tablePartPath } from './format';

describe('backup file names', () => {
  it('name the local date and time, and read back', () => {
    const at = new Date(2026, 10, 5, 9, 3, 7);
    expect(backupFileName(at)).toBe('Backoffice 2026-11-05 090307.backup');
    expect(backupFileName(at, 2)).toBe('Backoffice 2026-11-05 090307 (2).backup');
    expect(parseBackupFileName('Backoffice 2026-11-05 090307.backup')).toEqual({ takenAt: at, copy: 1 });
    expect(parseBackupFileName('Backoffice 2026-11-05 090307 (2).backup')).toEqual({ takenAt: at, copy: 2 });
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

  it('part paths number from 1', () => {
    expect(tablePartPath('auditLog', 1)).toBe('tables/auditLog/1.json');
  });
});
