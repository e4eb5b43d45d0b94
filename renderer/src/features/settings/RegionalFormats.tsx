import { useTranslation } from 'react-i18next';
import { formatDate, todayIso } from '../../../../shared/dates';
import { formatMoney, money } from '../../../../shared/money';
import { useLanguage } from '../../i18n/useLanguage';
import { useRegionalFormat } from '../../i18n/regionalFormat';

/** An example amount: 1 234 567 minor units (12 345,67 in a two-decimal currency). */
const exampleMinor = 1234567;

/** How dates and amounts look in the interface language. */
export function RegionalFormats({ baseCurrency }: { baseCurrency: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regional = useRegionalFormat();
  return (
    <section className="panel" aria-labelledby="regional-formats">
      <h2 id="regional-formats">{t('settings.regional.heading')}</h2>
      <p className="muted">{t('settings.regional.intro', { language: t(`languages.${language}`) })}</p>
      <dl className="facts">
        <dt>{t('settings.regional.date')}</dt>
        <dd data-testid="regional-date">{formatDate(todayIso(), regional, 'long')}</dd>
        <dt>{t('settings.regional.amount', { currency: baseCurrency })}</dt>
        <dd data-testid="regional-amount">{formatMoney(money(exampleMinor, baseCurrency), regional.locale)}</dd>
      </dl>
    </section>
  );
}
