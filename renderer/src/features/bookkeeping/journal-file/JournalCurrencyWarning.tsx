import { useTranslation } from 'react-i18next';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { foreignCurrencyShares, type CurrencyShare } from '../../../../../shared/journal/currencyShares';
import type { JournalSummary } from './journalPlan';

/** The journal's currencies other than the company's: they are kept as they are, not converted. */
export function foreignShares(summary: JournalSummary, baseCurrency: string): CurrencyShare[] {
  return foreignCurrencyShares(summary.currencyShares, baseCurrency);
}

/**
 * Says, before anything is written, that the journal holds amounts in currencies other
 * than the company's, how many in each, and what reports do with them.
 */
export function JournalCurrencyWarning({ summary, baseCurrency, testId = 'journal-currency-warning' }: { summary: JournalSummary; baseCurrency: string; testId?: string }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const foreign = foreignShares(summary, baseCurrency);
  if (foreign.length === 0) return null;
  return (
    <div className="status status-warning journal-currencies" role="status" data-testid={testId}>
      <p>
        <strong>{t('journalFile.currencies.heading', { currencies: foreign.map((share) => share.currency).join(', '), base: baseCurrency })}</strong>
      </p>
      <ul>
        {foreign.map((share) => (
          <li key={share.currency}>
            {t('journalFile.currencies.share', { currency: share.currency, entries: share.entries.toLocaleString(regional.locale), amounts: share.amounts.toLocaleString(regional.locale) })}
          </li>
        ))}
      </ul>
      <p>{t('journalFile.currencies.reports', { base: baseCurrency })}</p>
    </div>
  );
}
