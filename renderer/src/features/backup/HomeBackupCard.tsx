import './backup.css';
import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../app/navigationStore';
import { BackupFacts } from './BackupFacts';
import { useBackupSituation } from './backupHealth';
import { BackupNowButton } from './BackupNowButton';

/** The home page's backup status: last, next, warning, and "Back up now". */
export function HomeBackupCard() {
  const { t } = useTranslation();
  const go = useNavigationStore((state) => state.go);
  const situation = useBackupSituation();
  return (
    <section className="panel" aria-labelledby="home-backups">
      <h2 id="home-backups">{t('backup.home.heading')}</h2>
      <BackupFacts situation={situation} showFolder={false} />
      <div className="backup-home-actions">
        <BackupNowButton primary={false} />
        <button type="button" className="backup-link" onClick={() => go('backup')}>
          {t('backup.home.open')}
        </button>
      </div>
    </section>
  );
}
