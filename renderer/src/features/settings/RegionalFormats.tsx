import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, todayIso } from '../../../../shared/dates';
import { regionalFormatOf, regionalLocales, isRegionalChoice, type RegionalFormat } from '../../../../shared/i18n/regional';
import { formatMoney, money } from '../../../../shared/money';
import { preferencesRepository } from '../../db/repositories';
import { describeIpcError } from '../../ipc/client';
import { useRegionalFormat, useRegionalStore, setRegionalSettings } from '../../i18n/regionalFormat';
import { useLanguage } from '../../i18n/useLanguage';

/** An example amount: 1 234 567 minor units (12 345,67 in a two-decimal currency). */
const exampleMinor = 1234567;

/** "English (Ireland) · 03/12/2026": a format's name in the interface language and its short date. */
function formatLabel(regional: RegionalFormat): string {
  const name = new Intl.DisplayNames([regional.language], { type: 'language' }).of(regional.locale) ?? regional.locale;
  return `${name} · ${formatDate(todayIso(), regional, 'short')}`;
}

/** The regional format (automatic from the company's country, or chosen) and how it writes things. */
export function RegionalFormats({ baseCurrency, country }: { baseCurrency: string; country: string | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regional = useRegionalFormat();
  const choice = useRegionalStore((state) => state.choice);
  const id = useId();
  const [problem, setProblem] = useState<unknown>(null);

  async function choose(value: string) {
    if (!isRegionalChoice(value)) return;
    setProblem(null);
    try {
      await preferencesRepository.setRegionalFormat(value);
      setRegionalSettings({ choice: value });
    } catch (error) {
      setProblem(error ?? new Error('save failed'));
    }
  }

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('settings.regional.heading')}</h2>
      <p className="muted">{t('settings.regional.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-select`}>{t('settings.regional.label')}</label>
        <select id={`${id}-select`} value={choice} aria-describedby={`${id}-hint`} onChange={(event) => void choose(event.target.value)}>
          <option value="auto">{t('settings.regional.automatic', { name: formatLabel(regionalFormatOf(language, country)) })}</option>
          {regionalLocales.map((locale) => (
            <option key={locale} value={locale}>
              {formatLabel({ locale, language })}
            </option>
          ))}
        </select>
        <p id={`${id}-hint`} className="field-hint">
          {t('settings.regional.automaticHint')}
        </p>
      </div>
      <dl className="facts">
        <dt>{t('settings.regional.date')}</dt>
        <dd data-testid="regional-date">{formatDate(todayIso(), regional, 'long')}</dd>
        <dt>{t('settings.regional.time')}</dt>
        <dd data-testid="regional-time">{formatDateTime(Date.now(), regional)}</dd>
        <dt>{t('settings.regional.amount', { currency: baseCurrency })}</dt>
        <dd data-testid="regional-amount">{formatMoney(money(exampleMinor, baseCurrency), regional.locale)}</dd>
      </dl>
      <p className="status status-error" role="status" aria-live="polite">
        {problem ? t('settings.regional.saveFailed', { reason: describeIpcError(problem, t) }) : null}
      </p>
    </section>
  );
}
