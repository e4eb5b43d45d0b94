import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageSchema, languages } from '../../../../shared/i18n/languages';
import { describeIpcError } from '../../ipc/client';
import { useLanguage } from '../../i18n/useLanguage';
import { changeLanguage } from './changeLanguage';

/** The interface language: saved in this computer's data and applied at once. */
export function LanguageSetting({ companyName }: { companyName: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [problem, setProblem] = useState<{ kind: 'menu' | 'save'; error: unknown } | null>(null);

  async function choose(value: string) {
    const next = languageSchema.safeParse(value);
    if (!next.success) return;
    setProblem(null);
    try {
      const { menuError } = await changeLanguage(next.data, companyName);
      if (menuError !== undefined) setProblem({ kind: 'menu', error: menuError });
    } catch (error) {
      setProblem({ kind: 'save', error });
    }
  }

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('settings.language.heading')}</h2>
      <div className="field">
        <label htmlFor={`${id}-select`}>{t('settings.language.label')}</label>
        <select
          id={`${id}-select`}
          className="input-medium"
          value={language}
          aria-describedby={`${id}-status`}
          onChange={(event) => void choose(event.target.value)}
        >
          {languages.map((code) => (
            <option key={code} value={code} lang={code}>
              {t(`languages.${code}`)}
            </option>
          ))}
        </select>
      </div>
      <p id={`${id}-status`} className={problem ? 'status status-error' : 'status'} role="status" aria-live="polite">
        {problem?.kind === 'menu' ? t('settings.language.menuFailed', { reason: describeIpcError(problem.error, t) }) : null}
        {problem?.kind === 'save' ? t('settings.language.saveFailed', { reason: describeIpcError(problem.error, t) }) : null}
      </p>
    </section>
  );
}
