import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListedBackup } from '../../../../shared/backup/channels';
import { formatDateTime } from '../../../../shared/dates';
import { appDb } from '../../db/appDb';
import { useNavigationStore } from '../../app/navigationStore';
import { invoke, IpcError } from '../../ipc/client';
import { FailureNote } from '../../components/FailureNote';
import type { OpenedBackup } from './backupIpc';
import { useBackupStore } from './backupStore';
import { BackupList } from './BackupList';
import { backupProblemOf, describeBackupError } from './describeBackupError';
import { RestoreCheck } from './RestoreCheck';
import { closeOpenedBackup, openBackupForRestore, restoreOpenedBackup, takeFinishedRestore, type RestoreSource } from './runRestore';
import { openBackupReadOnly } from './viewBackup';
import { useRegionalFormat } from '../../i18n/regionalFormat';

/** A restore that finished just before the window reopened on the restored books: shown once, on the first visit. */
let finishedBeforeStart = takeFinishedRestore();

type Step =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'passphrase'; source: RestoreSource; wrong: boolean }
  | { kind: 'opened'; opened: OpenedBackup }
  | { kind: 'restoring' | 'viewing'; opened: OpenedBackup }
  | { kind: 'restored'; when: string; safetyFileName: string | null }
  | { kind: 'stopped' }
  | { kind: 'failed'; message: string };

/**
 * Pick a backup (from the list or a file), see it verified, then replace the current data
 * with it, or open it read-only. `firstRun`: on the setup screen, where there are no books
 * yet (a new computer, a dead disk): no safety copy, nothing to look at read-only, and the
 * window reopens on this Backup page to say how it went.
 */
export function RestorePanel({ firstRun = false }: { firstRun?: boolean }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const job = useBackupStore((state) => state.job);
  const lastStatus = useBackupStore((state) => state.status);
  const [backups, setBackups] = useState<ListedBackup[] | null>(null);
  const [step, setStep] = useState<Step>(() =>
    finishedBeforeStart
      ? { kind: 'restored', when: formatDateTime(new Date(finishedBeforeStart.createdAt), regional), safetyFileName: finishedBeforeStart.safetyFileName }
      : { kind: 'idle' },
  );
  const restoredRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    finishedBeforeStart = null;
    // The window reopened on the restored books: the outcome is the first thing in view.
    restoredRef.current?.scrollIntoView({ block: 'center' });
  }, []);
  const [passphrase, setPassphrase] = useState('');

  const loadList = useCallback(async () => {
    try {
      setBackups((await invoke('backup:list', {})).backups);
    } catch {
      setBackups([]);
    }
  }, []);
  // The list follows every finished backup (the status changes with it) and the folder.
  useEffect(() => {
    void loadList();
  }, [loadList, lastStatus?.lastSuccess?.fileName, lastStatus?.folder]);

  async function open(source: RestoreSource, withPassphrase?: string) {
    setStep({ kind: 'checking' });
    try {
      const opened = await openBackupForRestore(source, withPassphrase);
      setStep(opened ? { kind: 'opened', opened } : { kind: 'idle' });
      setPassphrase('');
    } catch (error) {
      const reason = backupProblemOf(error);
      if (reason === 'passphraseNeeded' || reason === 'wrongPassphrase') {
        const picked = error instanceof IpcError ? (error.details as { picked?: string } | undefined)?.picked : undefined;
        setStep({ kind: 'passphrase', source: picked ? { kind: 'picked', token: picked } : source, wrong: reason === 'wrongPassphrase' });
        return;
      }
      setStep({ kind: 'failed', message: describeBackupError(error, t) });
    }
  }

  async function cancel() {
    if (step.kind === 'opened') await closeOpenedBackup(step.opened);
    setStep({ kind: 'idle' });
    setPassphrase('');
  }

  /**
   * Restore, or open to look at: the progress (and Stop) is shown over the whole window
   * meanwhile; on success the window reopens on the restored or opened books.
   */
  async function replaceOrView(kind: 'restoring' | 'viewing', opened: OpenedBackup) {
    setStep({ kind, opened });
    if (firstRun) useNavigationStore.getState().go('backup');
    try {
      await (kind === 'restoring' ? restoreOpenedBackup(opened) : openBackupReadOnly(opened));
    } catch (error) {
      setStep(backupProblemOf(error) === 'cancelled' ? { kind: 'stopped' } : { kind: 'failed', message: describeBackupError(error, t) });
      void loadList();
    }
  }

  const working = step.kind === 'restoring' || step.kind === 'viewing';
  const busy = job !== null || step.kind === 'checking' || working;
  const submitPassphrase = (event: FormEvent, source: RestoreSource) => {
    event.preventDefault();
    if (passphrase) void open(source, passphrase);
  };

  return (
    <section className="panel" aria-labelledby="backup-restore">
      <h2 id="backup-restore">{t(firstRun ? 'backup.restore.firstRunHeading' : 'backup.restore.heading')}</h2>
      <p>{t(firstRun ? 'backup.restore.firstRunIntro' : 'backup.restore.intro')}</p>

      {step.kind === 'checking' ? <p role="status">{t('backup.restore.checking')}</p> : null}

      {step.kind === 'passphrase' ? (
        <form className="restore-step" onSubmit={(event) => submitPassphrase(event, step.source)}>
          <div className={step.wrong ? 'field field-invalid' : 'field'}>
            <label htmlFor="restore-passphrase">{t('backup.restore.passphrase')}</label>
            <input id="restore-passphrase" type="password" className="input-medium" autoFocus value={passphrase} onChange={(event) => setPassphrase(event.target.value)} />
            <p className={step.wrong ? 'field-error' : 'field-hint'} role={step.wrong ? 'alert' : undefined}>
              {t(step.wrong ? 'backup.problems.wrongPassphrase' : 'backup.problems.passphraseNeeded')}
            </p>
          </div>
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={!passphrase}>
              {t('backup.restore.open')}
            </button>
            <button type="button" className="button" onClick={() => void cancel()}>
              {t('backup.restore.cancel')}
            </button>
          </div>
        </form>
      ) : null}

      {step.kind === 'opened' || working ? (
        <div className="restore-step" aria-labelledby="restore-checked">
          <h3 id="restore-checked">{t('backup.restore.checkedHeading')}</h3>
          <RestoreCheck opened={step.opened} currentVersion={appDb.verno} />
          {firstRun ? null : <p className="backup-caution">{t('backup.restore.caution')}</p>}
          {working ? null : (
            <div className="button-row">
              <button type="button" className={firstRun ? 'button button-primary' : 'button backup-danger'} disabled={busy} onClick={() => void replaceOrView('restoring', step.opened)}>
                {t(firstRun ? 'backup.restore.firstRunConfirm' : 'backup.restore.confirm')}
              </button>
              {firstRun ? null : (
                <button type="button" className="button" disabled={busy} onClick={() => void replaceOrView('viewing', step.opened)}>
                  {t('backup.restore.view')}
                </button>
              )}
              <button type="button" className="button" disabled={busy} onClick={() => void cancel()}>
                {t('backup.restore.cancel')}
              </button>
            </div>
          )}
        </div>
      ) : null}

      {step.kind === 'restored' ? (
        <p className="status" role="status" ref={restoredRef}>
          {step.safetyFileName === null
            ? t('backup.restore.doneFirstRun', { when: step.when })
            : t('backup.restore.done', { when: step.when, fileName: step.safetyFileName })}
        </p>
      ) : null}
      {step.kind === 'stopped' ? (
        <p className="status" role="status">
          {t('backup.restore.stopped')}
        </p>
      ) : null}
      {step.kind === 'failed' ? (
        <FailureNote>
          {step.message}
        </FailureNote>
      ) : null}

      <h3>{t('backup.restore.listHeading')}</h3>
      {backups ? (
        <BackupList
          backups={backups}
          disabled={busy || step.kind === 'opened'}
          onRestore={(backup) => void open({ kind: 'listed', location: backup.location, fileName: backup.fileName })}
        />
      ) : (
        <p className="muted">{t('app.loading')}</p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={busy || step.kind === 'opened'}
          onClick={() => void open({ kind: 'pick', title: t('backup.restore.fileDialogTitle') })}
        >
          {t('backup.restore.fromFile')}
        </button>
      </div>
    </section>
  );
}
