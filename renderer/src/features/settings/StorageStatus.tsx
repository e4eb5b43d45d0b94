import { useTranslation } from 'react-i18next';
import { usePersistenceStore } from '../../db/persistence';

/** Whether the browser engine promised to keep the data when the disk runs low. */
export function StorageStatus() {
  const { t } = useTranslation();
  const status = usePersistenceStore((state) => state.status);
  return (
    <section className="panel" aria-labelledby="storage-status">
      <h2 id="storage-status">{t('settings.storage.heading')}</h2>
      <p>
        <span className={`badge badge-${status}`}>{t(`settings.storage.state.${status}`)}</span>
      </p>
      <p className="muted">{t(`settings.storage.explain.${status}`)}</p>
    </section>
  );
}
