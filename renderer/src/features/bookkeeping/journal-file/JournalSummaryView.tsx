import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/dates';
import { useLanguage } from '../../../i18n/useLanguage';
import type { JournalSummary } from './journalPlan';

/** What the journal holds: transactions, accounts, dates and currencies. */
export function JournalSummaryView({ summary }: { summary: JournalSummary }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const number = (value: number) => value.toLocaleString(language);
  return (
    <dl className="facts journal-summary" data-testid="journal-summary">
      <dt>{t('journalFile.summary.transactions')}</dt>
      <dd>{number(summary.transactions)}</dd>
      <dt>{t('journalFile.summary.entries')}</dt>
      <dd>
        {number(summary.entries)}
        {summary.skipped > 0 ? ` ${t('journalFile.summary.skipped', { count: summary.skipped })}` : ''}
      </dd>
      <dt>{t('journalFile.summary.postings')}</dt>
      <dd>{number(summary.postings)}</dd>
      <dt>{t('journalFile.summary.accounts')}</dt>
      <dd>{t('journalFile.summary.accountsValue', { count: summary.accounts, added: summary.newAccounts })}</dd>
      <dt>{t('journalFile.summary.dates')}</dt>
      <dd>
        {summary.firstDate && summary.lastDate
          ? t('journalFile.summary.dateRange', { from: formatDate(summary.firstDate, language, 'long'), to: formatDate(summary.lastDate, language, 'long') })
          : '—'}
      </dd>
      <dt>{t('journalFile.summary.currencies')}</dt>
      <dd>{summary.currencies.join(', ') || '—'}</dd>
    </dl>
  );
}
