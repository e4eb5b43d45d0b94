import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../shared/dates';
import { viewing } from '../../db/appDb';
import { closeViewedBackup } from './viewBackup';
import { useRegionalFormat } from '../../i18n/regionalFormat';

/** Above every page while the window shows a backup opened read-only: whose, from when, and the way back. */
export function ViewingBanner() {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  if (!viewing) return null;
  return (
    <div className="viewing-banner" role="region" aria-label={t('backup.viewing.label')}>
      <p>
        <strong>{t('backup.viewing.title', { when: formatDateTime(new Date(viewing.createdAt), regional), company: viewing.company })}</strong>{' '}
        {t('backup.viewing.explain', { fileName: viewing.fileName })}
      </p>
      <button type="button" className="button button-primary" onClick={closeViewedBackup}>
        {t('backup.viewing.back')}
      </button>
    </div>
  );
}
