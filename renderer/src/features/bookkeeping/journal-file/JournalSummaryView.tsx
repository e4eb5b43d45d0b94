import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/dates';
import type { JournalSummary } from './journalPlan';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

/** What the journal holds: transactions, accounts, dates and currencies. */
export function JournalSummaryView({ summary }: { summary: JournalSummary }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const number = (value: number) => value.toLocaleString(regional.locale);
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
          ? t('journalFile.summary.dateRange', { from: formatDate(summary.firstDate, regional, 'long'), to: formatDate(summary.lastDate, regional, 'long') })
          : '—'}
      </dd>
      <dt>{t('journalFile.summary.currencies')}</dt>
      <dd>{summary.currencies.join(', ') || '—'}</dd>
    </dl>
  );
}
