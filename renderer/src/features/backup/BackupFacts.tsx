import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../shared/dates';
import type { BackupSituation } from './backupHealth';
import { describeBackupFailure } from './describeBackupError';
import { formatBytes } from './formatBytes';
import { useRegionalFormat } from '../../i18n/regionalFormat';

/** Last backup, next one, folder, and the warning that matters most. */
export function BackupFacts({ situation, showFolder }: { situation: BackupSituation; showFolder: boolean }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const { status, lastSuccessAt, nextDue, warning } = situation;
  if (!status) return <p className="muted">{t('app.loading')}</p>;
  const next = !nextDue
    ? t('backup.status.nextNotScheduled')
    : nextDue.getTime() <= Date.now()
      ? t('backup.status.nextDueNow')
      : formatDateTime(nextDue, regional);

  return (
    <>
      {warning ? (
        // Not a live region: it is there on every visit, and would be announced on each.
        <p className="backup-warning" data-testid="backup-warning">
          {t(`backup.status.warn.${warning}`, { message: status.lastFailure ? describeBackupFailure(status.lastFailure, t) : '' })}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t('backup.status.last')}</dt>
        <dd data-testid="backup-last">
          {lastSuccessAt && status.lastSuccess
            ? t('backup.status.lastValue', { when: formatDateTime(lastSuccessAt, regional), size: formatBytes(status.lastSuccess.bytes, regional) })
            : t('backup.status.lastNone')}
        </dd>
        <dt>{t('backup.status.next')}</dt>
        <dd data-testid="backup-next">{next}</dd>
        {showFolder ? (
          <>
            <dt>{t('backup.status.folder')}</dt>
            <dd className="path">{status.folder}</dd>
          </>
        ) : null}
      </dl>
    </>
  );
}
