import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../shared/dates';
import { auditLogRepository } from '../../db/repositories';
import { useRegionalFormat } from '../../i18n/regionalFormat';

/** The last few lines of the activity log. */
export function RecentActivity() {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const entries = useLiveQuery(() => auditLogRepository.listAuditEntries({ limit: 5 }), []);

  return (
    <section className="panel" aria-labelledby="recent-activity">
      <h2 id="recent-activity">{t('home.recentActivity')}</h2>
      {entries === undefined ? null : entries.length === 0 ? (
        <p className="muted">{t('home.noActivity')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('activity.at')}</th>
              <th scope="col">{t('activity.action')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>{formatDateTime(Date.parse(entry.at), regional)}</td>
                <td>{t(`audit.actions.${entry.action}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
