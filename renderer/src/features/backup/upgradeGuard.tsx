import { flushSync } from 'react-dom';
import type { Root } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { appDb } from '../../db/appDb';
import { backUpBeforeUpgrade } from '../../db/backup/beforeUpgrade';
import { activeDatabaseName } from '../../db/booksDirectory';
import { startI18n, startLanguage } from '../../i18n';
import { backupSinkFor } from './backupIpc';
import { setJobProgress, useBackupStore } from './backupStore';
import { percentOf } from './backupHealth';
import { describeBackupError } from './describeBackupError';
import './backup.css';

const skipKey = 'backoffice.skipUpgradeBackup';

/**
 * Runs at start-up before anything opens the database: when this version of the app
 * brings a newer database schema, a verified backup of the data as it is goes to the
 * app's folder first. If that fails the app does not open the data (the upgrade cannot
 * be undone) and says why; the user may retry or, knowingly, go on without it. Then,
 * while the database is opened and its upgrade steps run (seconds for a large book),
 * the screen says the data is being updated.
 */
export async function backUpBeforeOpening(root: Root): Promise<'open' | 'stop'> {
  if (sessionStorage.getItem(skipKey) === String(appDb.verno)) {
    sessionStorage.removeItem(skipKey);
    showUpdating(root);
    return 'open';
  }
  try {
    let upgrading = false;
    await backUpBeforeUpgrade(
      activeDatabaseName(),
      appDb.verno,
      ({ version, ...book }) => {
        // Only now is it known that a backup is needed: say so while it runs.
        upgrading = true;
        startI18n(startLanguage(undefined, navigator.languages));
        root.render(<UpgradeBackupRunning />);
        return backupSinkFor({ purpose: 'upgrade', schemaVersion: version, ...book });
      },
      { onProgress: (done, total) => setJobProgress({ kind: 'backup', done, total }) },
    );
    if (upgrading) showUpdating(root);
    return 'open';
  } catch (error) {
    startI18n(startLanguage(undefined, navigator.languages));
    root.render(<UpgradeBackupFailed error={error} />);
    return 'stop';
  } finally {
    setJobProgress(null);
  }
}

function UpgradeBackupRunning() {
  const { t } = useTranslation();
  const job = useBackupStore((state) => state.job);
  const percent = job ? percentOf(job) : 0;
  return <StartProgress title={t('backup.upgrade.runningTitle')} explain={t('backup.upgrade.runningExplain')} status={t('backup.running.backup', { percent })} percent={percent} />;
}

/** Painted before the database opens, so it is on screen while the upgrade steps run. */
function showUpdating(root: Root): void {
  startI18n(startLanguage(undefined, navigator.languages));
  flushSync(() => root.render(<UpgradeRunning />));
}

function UpgradeRunning() {
  const { t } = useTranslation();
  return <StartProgress title={t('backup.upgrade.updatingTitle')} explain={t('backup.upgrade.updatingExplain')} status={t('backup.upgrade.updatingStatus')} />;
}

/** A start screen for work that runs before the app opens; without `percent` the bar just moves. */
function StartProgress({ title, explain, status, percent }: { title: string; explain: string; status: string; percent?: number }) {
  return (
    <main className="setup" id="main">
      <div className="setup-card" aria-busy="true">
        <h1 className="page-heading">{title}</h1>
        <p>{explain}</p>
        <div className="backup-progress">
          {percent === undefined ? <progress aria-label={status} /> : <progress max={100} value={percent} aria-label={status} />}
          <span role="status">{status}</span>
        </div>
      </div>
    </main>
  );
}

function UpgradeBackupFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <main className="setup" id="main">
      <div className="setup-card" role="alert">
        <h1 className="page-heading">{t('backup.upgrade.title')}</h1>
        <p>{t('backup.upgrade.explain')}</p>
        <p className="status-error">{describeBackupError(error, t)}</p>
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
            {t('backup.upgrade.retry')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              sessionStorage.setItem(skipKey, String(appDb.verno));
              window.location.reload();
            }}
          >
            {t('backup.upgrade.skip')}
          </button>
        </div>
      </div>
    </main>
  );
}
