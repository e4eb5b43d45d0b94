import { useTranslation } from 'react-i18next';
import { passphraseSchema, type EncryptionChange } from '../../../../shared/backup/settings';

export type EncryptionDraft = { on: boolean; changing: boolean; passphrase: string; repeat: string };

/** What to send main: keep, off, or on with a (new) passphrase; 'invalid' when the fields disagree. */
export function encryptionChangeOf(draft: EncryptionDraft, encryptedNow: boolean): EncryptionChange | 'invalid' {
  if (!draft.on) return encryptedNow ? { kind: 'off' } : { kind: 'keep' };
  if (encryptedNow && !draft.changing) return { kind: 'keep' };
  if (!passphraseSchema.safeParse(draft.passphrase).success || draft.passphrase !== draft.repeat) return 'invalid';
  return { kind: 'on', passphrase: draft.passphrase };
}

/** Encryption on or off; a passphrase (typed twice) when turning it on or changing it. */
export function EncryptionFields({ draft, encryptedNow, onChange }: { draft: EncryptionDraft; encryptedNow: boolean; onChange: (draft: EncryptionDraft) => void }) {
  const { t } = useTranslation();
  const asking = draft.on && (!encryptedNow || draft.changing);
  const tooShort = asking && draft.passphrase !== '' && !passphraseSchema.safeParse(draft.passphrase).success;
  const differs = asking && draft.repeat !== '' && draft.passphrase !== draft.repeat;

  return (
    <fieldset className="fieldset">
      <legend>{t('backup.settings.encryption')}</legend>
      <label className="check">
        <input type="checkbox" checked={draft.on} onChange={(event) => onChange({ ...draft, on: event.target.checked })} />
        {t('backup.settings.encrypt')}
      </label>
      {draft.on && encryptedNow && !draft.changing ? (
        <p className="field-hint">
          {t('backup.settings.encryptedNow')}{' '}
          <button type="button" className="backup-link" onClick={() => onChange({ ...draft, changing: true })}>
            {t('backup.settings.changePassphrase')}
          </button>
        </p>
      ) : null}
      {asking ? (
        <div className="passphrase-fields">
          <div className={tooShort ? 'field field-invalid' : 'field'}>
            <label htmlFor="backup-passphrase">{t('backup.settings.passphrase')}</label>
            <input
              id="backup-passphrase"
              type="password"
              autoComplete="new-password"
              className="input-medium"
              value={draft.passphrase}
              onChange={(event) => onChange({ ...draft, passphrase: event.target.value })}
            />
            {tooShort ? <p className="field-error">{t('backup.settings.passphraseShort')}</p> : null}
          </div>
          <div className={differs ? 'field field-invalid' : 'field'}>
            <label htmlFor="backup-passphrase-repeat">{t('backup.settings.passphraseRepeat')}</label>
            <input
              id="backup-passphrase-repeat"
              type="password"
              autoComplete="new-password"
              className="input-medium"
              value={draft.repeat}
              onChange={(event) => onChange({ ...draft, repeat: event.target.value })}
            />
            {differs ? <p className="field-error">{t('backup.settings.passphraseMismatch')}</p> : null}
          </div>
          <p className="field-hint">{t('backup.settings.passphraseHint')}</p>
        </div>
      ) : null}
    </fieldset>
  );
}
