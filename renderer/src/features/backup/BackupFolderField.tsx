import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../../shared/backup/settings';
import { invoke } from '../../ipc/client';
import { FailureNote } from '../../components/FailureNote';
import { setBackupStatus } from './backupStore';
import { describeBackupError } from './describeBackupError';

/** The backup folder: the app's own, or one the user picks (a stick, a network share). */
export function BackupFolderField({ status }: { status: BackupStatus }) {
  const { t } = useTranslation();
  const [error, setError] = useState('');

  async function run(work: () => Promise<BackupStatus>) {
    setError('');
    try {
      setBackupStatus(await work());
    } catch (failure) {
      setError(describeBackupError(failure, t));
    }
  }

  return (
    <div className="backup-folder">
      <h3>{t('backup.settings.folder')}</h3>
      <p className="path" data-testid="backup-folder">
        {status.folder}
      </p>
      <p className="field-hint">{status.usesDefaultFolder ? t('backup.settings.defaultNote') : t('backup.settings.chosenNote')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => void run(async () => (await invoke('backup:choose-folder', { title: t('backup.settings.folderDialogTitle') })).status)}
        >
          {t('backup.settings.chooseFolder')}
        </button>
        {status.usesDefaultFolder ? null : (
          <button type="button" className="button" onClick={() => void run(() => invoke('backup:use-default-folder', {}))}>
            {t('backup.settings.useDefault')}
          </button>
        )}
      </div>
      <FailureNote message={error} />
    </div>
  );
}
