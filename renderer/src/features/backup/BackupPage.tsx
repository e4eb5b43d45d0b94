import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../app/PageHeading';
import './backup.css';
import { BackupFacts } from './BackupFacts';
import { BackupFolderField } from './BackupFolderField';
import { useBackupSituation } from './backupHealth';
import { BackupNowButton } from './BackupNowButton';
import { BackupSettingsForm } from './BackupSettingsForm';
import { RestorePanel } from './RestorePanel';

/** Backups: the state and "Back up now", where and when, and restore. */
export function BackupPage() {
  const { t } = useTranslation();
  const situation = useBackupSituation();
  const { status } = situation;
  return (
    <>
      <PageHeading>{t('nav.backup')}</PageHeading>
      <section className="panel" aria-labelledby="backup-state">
        <h2 id="backup-state">{t('backup.status.heading')}</h2>
        <BackupFacts situation={situation} showFolder />
        <BackupNowButton />
      </section>
      <section className="panel" aria-labelledby="backup-settings">
        <h2 id="backup-settings">{t('backup.settings.heading')}</h2>
        {status ? (
          <>
            <BackupFolderField status={status} />
            <BackupSettingsForm status={status} />
          </>
        ) : (
          <p className="muted">{t('app.loading')}</p>
        )}
      </section>
      <RestorePanel />
    </>
  );
}
