import './app/noEval';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from './app/App';
import { StartFailure } from './app/StartFailure';
import { Dexie } from 'dexie';
import { viewing } from './db/appDb';
import { confirmActiveDatabase, removeStaleDatabases, stopViewing } from './db/booksDirectory';
import { requestPersistentStorage } from './db/persistence';
import { preferencesRepository, type StartupSettings } from './db/repositories';
import { backUpBeforeOpening } from './features/backup/upgradeGuard';
import { startI18n, startLanguage } from './i18n';
import { setRegionalSettings } from './i18n/regionalFormat';

/**
 * Start-up: read only what the first screen needs (company and language) in one query,
 * apply the language, then paint. Persistent storage is asked for alongside.
 */
async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  void requestPersistentStorage();
  try {
    if ((await booksToOpen()) === 'reload') return window.location.reload();
  } catch (error) {
    return showStartFailure(root, error);
  }
  void removeStaleDatabases().catch(() => undefined);
  if ((await backUpBeforeOpening(root)) === 'stop') return;
  let settings: StartupSettings;
  try {
    settings = await preferencesRepository.loadStartupSettings();
  } catch (error) {
    return showStartFailure(root, error);
  }
  startI18n(startLanguage(settings.language, navigator.languages));
  setRegionalSettings({ country: settings.company?.country, choice: settings.regionalFormat });
  root.render(
    <StrictMode>
      <App initialCompany={settings.company} />
    </StrictMode>,
  );
}

/** The books could not be opened: say why, in the system's language (the stored one is out of reach). */
function showStartFailure(root: Root, error: unknown): void {
  startI18n(startLanguage(undefined, navigator.languages));
  root.render(<StartFailure error={error} />);
}

/**
 * Which books this window opens was decided synchronously when the database was named;
 * here that choice is checked before anything opens it: against the durable record of
 * the current books, and (for a backup opened read-only) that the copy still exists.
 */
async function booksToOpen(): Promise<'ok' | 'reload'> {
  if (viewing && !(await Dexie.exists(viewing.database))) {
    stopViewing();
    return 'reload';
  }
  return confirmActiveDatabase();
}

void start();
