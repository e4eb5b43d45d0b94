import { useTranslation } from 'react-i18next';
import type { ListedBackup } from '../../../../shared/backup/channels';
import { formatDateTime } from '../../../../shared/dates';
import { formatBytes } from './formatBytes';
import { useRegionalFormat } from '../../i18n/regionalFormat';

/** The backups main found in the backup folder and the app's folder, newest first. */
export function BackupList({ backups, disabled, onRestore }: { backups: ListedBackup[]; disabled: boolean; onRestore: (backup: ListedBackup) => void }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  if (backups.length === 0) return <p className="muted">{t('backup.restore.none')}</p>;
  return (
    <div className="backup-list">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('backup.restore.columns.takenAt')}</th>
            <th scope="col">{t('backup.restore.columns.company')}</th>
            <th scope="col" className="backup-number">{t('backup.restore.columns.records')}</th>
            <th scope="col" className="backup-number">{t('backup.restore.columns.size')}</th>
            <th scope="col">{t('backup.restore.columns.kind')}</th>
            <th scope="col"><span className="backup-sr-only">{t('backup.restore.columns.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {backups.map((backup) => {
            const when = formatDateTime(new Date(backup.takenAt), regional);
            const kind = backup.encrypted ? 'encrypted' : backup.problem ? 'unreadable' : (backup.summary?.purpose ?? 'regular');
            return (
              <tr key={`${backup.location}/${backup.fileName}`} title={backup.fileName}>
                <td>{when}</td>
                <td>{backup.summary?.company ?? '—'}</td>
                <td className="backup-number">{backup.summary ? backup.summary.records.toLocaleString(regional.locale) : '—'}</td>
                <td className="backup-number">{formatBytes(backup.bytes, regional)}</td>
                <td>
                  <span className={`badge badge-backup-${kind}`}>{t(`backup.restore.kind.${kind}`)}</span>
                </td>
                <td>
                  <button type="button" className="button backup-small" disabled={disabled} aria-label={t('backup.restore.restoreThe', { when })} onClick={() => onRestore(backup)}>
                    {t('backup.restore.choose')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
