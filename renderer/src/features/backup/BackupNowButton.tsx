import { useTranslation } from 'react-i18next';
import { useRegionalFormat } from '../../i18n/regionalFormat';
import { percentOf } from './backupHealth';
import { useBackupStore } from './backupStore';
import { backupProblemOf, describeBackupError } from './describeBackupError';
import { formatBytes } from './formatBytes';
import { backUpNow, stopBackup } from './runBackup';

/** "Back up now", the progress while it runs, and how it ended. */
export function BackupNowButton({ primary = true }: { primary?: boolean }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const job = useBackupStore((state) => state.job);
  const outcome = useBackupStore((state) => state.outcome);
  const percent = job ? percentOf(job) : 0;

  return (
    <div className="backup-now">
      <div className="button-row">
        <button type="button" className={primary ? 'button button-primary' : 'button'} disabled={job !== null} onClick={() => void backUpNow()}>
          {t('backup.now')}
        </button>
        {job?.kind === 'backup' ? (
          <button type="button" className="button" onClick={stopBackup}>
            {t('backup.stop')}
          </button>
        ) : null}
      </div>
      {job ? (
        <div className="backup-progress">
          <progress max={100} value={percent} aria-label={t(`backup.running.${job.kind}`, { percent })} />
          <span>{t(`backup.running.${job.kind}`, { percent })}</span>
        </div>
      ) : null}
      <p className={outcome?.kind === 'failed' && backupProblemOf(outcome.error) !== 'cancelled' ? 'status status-error' : 'status'} role="status" aria-live="polite">
        {job || !outcome
          ? ''
          : outcome.kind === 'saved'
            ? [
                t('backup.saved', { fileName: outcome.backup.fileName, size: formatBytes(outcome.backup.bytes, regional) }),
                outcome.backup.removed.length > 0 ? t('backup.savedRemoved', { count: outcome.backup.removed.length }) : '',
              ].join(' ')
            : describeBackupError(outcome.error, t)}
      </p>
    </div>
  );
}
