import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BackupFailure, BackupStatus } from '../../../../shared/backup/settings';
import { i18n, startI18n } from '../../i18n';
import { IpcError } from '../../ipc/client';
import { BackupFacts } from './BackupFacts';
import { describeSituation } from './backupHealth';
import { describeBackupError } from './describeBackupError';

// What the backup card says about a failed backup: built in the window from the codes main
// kept, in the user's language; never a folder or the operating system's own words.

const folder = '/home/anna/Backups on stick';
const now = new Date('2026-11-25T12:00:00.000Z');

function status(overrides: Partial<BackupStatus>): BackupStatus {
  return {
    folder,
    defaultFolder: '/home/anna/.config/Backoffice/backups',
    usesDefaultFolder: false,
    folderReachable: true,
    schedule: { onQuit: true, every: { kind: 'daily', at: '12:00' } },
    rotation: { keepLast: 10, daily: 14, monthly: 12 },
    encrypted: false,
    lastSuccess: null,
    lastFailure: null,
    ...overrides,
  };
}

async function warningOf(current: BackupStatus, language: 'en' | 'ru' | 'hu' = 'en'): Promise<string> {
  await i18n.changeLanguage(language);
  const html = renderToStaticMarkup(<BackupFacts situation={describeSituation(current, null, now)} showFolder={false} />);
  expect(html).not.toContain('/home');
  return /data-testid="backup-warning">([^<]*)</.exec(html)?.[1] ?? '';
}

const failedAt = (failure: Omit<BackupFailure, 'at'>): BackupFailure => ({ at: '2026-11-25T11:00:00.000Z', ...failure });

beforeAll(() => {
  startI18n('en');
});

describe('the last failure on the backup card', () => {
  it('is translated from its codes, with the kind of OS error', async () => {
    const current = status({ lastFailure: failedAt({ reason: 'readOnly', osError: 'noPermission' }) });
    expect(await warningOf(current)).toBe(
      'The last backup failed. Backoffice may not write to the backup folder. Choose another folder, then try again. Earlier backups are untouched. Reason: no permission.',
    );
    expect(await warningOf(current, 'ru')).toBe(
      'Последнее копирование не удалось. Backoffice не может записывать в папку копий. Выберите другую папку и попробуйте ещё раз. Прежние копии не затронуты. Причина: нет прав доступа.',
    );
  });

  it('recorded before reasons were kept: general words in the user’s language', async () => {
    const current = status({ lastFailure: failedAt({}) });
    expect(await warningOf(current)).toBe(
      'The last backup failed. Backoffice did not record why. Back up again; if it fails again, check the backup folder or choose another one.',
    );
    expect(await warningOf(current, 'hu')).toMatch(/^Az utolsó mentés nem sikerült\. A Backoffice nem jegyezte fel a hiba okát\./);
  });

  it('an unreachable folder is named by the folder field, not by the warning', async () => {
    expect(await warningOf(status({ folderReachable: false }))).toBe(
      'The backup folder cannot be reached. Plug in the drive or connect the network folder, or choose another folder.',
    );
  });
});

describe('a failed backup as "Back up now" tells it', () => {
  it('uses the reason, the file name and the kind of OS error, never main’s message', async () => {
    await i18n.changeLanguage('en');
    const raw = `ENOTDIR: not a directory, stat '${folder}'`;
    const error = new IpcError('IO_ERROR', raw, 'backup:begin', { reason: 'folderUnreachable', osError: 'notAFolder' });
    const text = describeBackupError(error, i18n.t);
    expect(text).toBe(
      'The backup folder cannot be reached. Plug in the drive, connect the network folder or choose another folder, then try again. Earlier backups are untouched. Reason: a part of its path is not a folder.',
    );
    const refused = new IpcError('FILE_REFUSED', raw, 'backup:open', { reason: 'damaged', fileName: 'March.backup' });
    expect(describeBackupError(refused, i18n.t)).toMatch(/^The backup March\.backup is damaged/);
  });
});
