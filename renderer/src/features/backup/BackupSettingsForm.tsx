import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { copiesBeforeChangesRule } from '../../../../shared/backup/rotation';
import type { BackupSchedule } from '../../../../shared/backup/schedule';
import { backupPreferencesSchema, type BackupStatus, type EncryptionChange } from '../../../../shared/backup/settings';
import { invoke } from '../../ipc/client';
import { setBackupStatus } from './backupStore';
import { describeBackupError } from './describeBackupError';
import { EncryptionFields, encryptionChangeOf, type EncryptionDraft } from './EncryptionFields';
import { NumberField } from './NumberField';

type Draft = {
  onQuit: boolean;
  every: BackupSchedule['every']['kind'];
  hours: string;
  at: string;
  keepLast: string;
  daily: string;
  monthly: string;
};

function draftOf(status: BackupStatus): Draft {
  const { schedule, rotation } = status;
  return {
    onQuit: schedule.onQuit,
    every: schedule.every.kind,
    hours: String(schedule.every.kind === 'hours' ? schedule.every.hours : 4),
    at: schedule.every.kind === 'daily' ? schedule.every.at : '18:00',
    keepLast: String(rotation.keepLast),
    daily: String(rotation.daily),
    monthly: String(rotation.monthly),
  };
}

type Feedback = { kind: 'saved' } | { kind: 'invalid' } | { kind: 'failed'; message: string } | null;

/** Where backups go, when they are taken, how many are kept, and whether they are encrypted. */
export function BackupSettingsForm({ status }: { status: BackupStatus }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(status));
  const [encryption, setEncryption] = useState<EncryptionDraft>({ on: status.encrypted, changing: false, passphrase: '', repeat: '' });
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [busy, setBusy] = useState(false);
  const change = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setFeedback(null);
  };

  const every: BackupSchedule['every'] =
    draft.every === 'hours' ? { kind: 'hours', hours: Number(draft.hours) } : draft.every === 'daily' ? { kind: 'daily', at: draft.at } : { kind: 'off' };
  const preferences = backupPreferencesSchema.safeParse({
    schedule: { onQuit: draft.onQuit, every },
    rotation: { keepLast: Number(draft.keepLast), daily: Number(draft.daily), monthly: Number(draft.monthly) },
  });
  const encryptionChange: EncryptionChange | 'invalid' = encryptionChangeOf(encryption, status.encrypted);
  const issues = new Set(preferences.success ? [] : preferences.error.issues.map((issue) => issue.path.join('.')));

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!preferences.success || encryptionChange === 'invalid') {
      setFeedback({ kind: 'invalid' });
      return;
    }
    setBusy(true);
    try {
      const saved = await invoke('backup:update-settings', { preferences: preferences.data, encryption: encryptionChange });
      setBackupStatus(saved);
      setEncryption({ on: saved.encrypted, changing: false, passphrase: '', repeat: '' });
      setFeedback({ kind: 'saved' });
    } catch (error) {
      setFeedback({ kind: 'failed', message: describeBackupError(error, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="backup-form" onSubmit={(event) => void save(event)} noValidate>
      <fieldset className="fieldset">
        <legend>{t('backup.settings.when')}</legend>
        <label className="check">
          <input type="checkbox" checked={draft.onQuit} onChange={(event) => change({ onQuit: event.target.checked })} />
          {t('backup.settings.onQuit')}
        </label>
        <div className="choice-row" role="radiogroup" aria-label={t('backup.settings.automatic')}>
          <span className="choice-label">{t('backup.settings.automatic')}</span>
          <label className="check">
            <input type="radio" name="every" checked={draft.every === 'off'} onChange={() => change({ every: 'off' })} />
            {t('backup.settings.never')}
          </label>
          <label className="check">
            <input type="radio" name="every" checked={draft.every === 'hours'} onChange={() => change({ every: 'hours' })} />
            {t('backup.settings.everyHours')}
          </label>
          <NumberField
            label={t('backup.settings.hours')}
            value={draft.hours}
            invalid={issues.has('schedule.every.hours')}
            disabled={draft.every !== 'hours'}
            onChange={(hours) => change({ hours })}
          />
          <label className="check">
            <input type="radio" name="every" checked={draft.every === 'daily'} onChange={() => change({ every: 'daily' })} />
            {t('backup.settings.daily')}
          </label>
          <input
            type="time"
            className="input-time"
            aria-label={t('backup.settings.dailyTime')}
            value={draft.at}
            disabled={draft.every !== 'daily'}
            aria-invalid={issues.has('schedule.every.at') || undefined}
            onChange={(event) => change({ at: event.target.value })}
          />
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('backup.settings.keep')}</legend>
        <div className="choice-row">
          <NumberField label={t('backup.settings.keepLast')} value={draft.keepLast} invalid={issues.has('rotation.keepLast')} onChange={(keepLast) => change({ keepLast })} />
          <NumberField label={t('backup.settings.keepDaily')} value={draft.daily} invalid={issues.has('rotation.daily')} onChange={(daily) => change({ daily })} />
          <NumberField label={t('backup.settings.keepMonthly')} value={draft.monthly} invalid={issues.has('rotation.monthly')} onChange={(monthly) => change({ monthly })} />
        </div>
        <p className="field-hint">{t('backup.settings.keepHint', { kept: copiesBeforeChangesRule.keepLast })}</p>
      </fieldset>

      <EncryptionFields draft={encryption} encryptedNow={status.encrypted} onChange={(next) => (setEncryption(next), setFeedback(null))} />

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('backup.settings.save')}
        </button>
        <p className={feedback && feedback.kind !== 'saved' ? 'status status-error' : 'status'} role="status" aria-live="polite">
          {feedback?.kind === 'saved'
            ? t('backup.settings.saved')
            : feedback?.kind === 'invalid'
              ? t('backup.settings.invalid')
              : feedback?.kind === 'failed'
                ? feedback.message
                : ''}
        </p>
      </div>
    </form>
  );
}
