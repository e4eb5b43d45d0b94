import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIso, type FiscalYear } from '../../../../../shared/dates';
import { ledgerRepository } from '../../../db/repositories';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

/**
 * Earlier fiscal years whose income and expenses no year-end close has moved to retained
 * earnings. Reports already open each year at zero, but the books themselves are not
 * closed until the closing entry is posted; each year offers its close.
 */
export function UnclosedYearsPanel({ onClose }: { onClose(year: FiscalYear): void }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const id = useId();
  const years = useLiveQuery(() => ledgerRepository.loadUnclosedYears(todayIso()), []);
  if (!years || years.length === 0) return null;
  return (
    <section className="panel unclosed-years" aria-labelledby={`${id}heading`} data-testid="unclosed-years">
      <h2 id={`${id}heading`}>{t('bookkeeping.periods.unclosedHeading')}</h2>
      <p className="unclosed-note" role="status">
        {t('bookkeeping.periods.unclosedIntro')}
      </p>
      <ul className="unclosed-year-list">
        {years.map((year) => {
          const period = t('bookkeeping.periods.fiscalYearOption', { start: formatDate(year.start, regional, 'short'), end: formatDate(year.end, regional, 'short') });
          return (
            <li key={year.start} data-year={year.start}>
              <span>{period}</span>{' '}
              <button type="button" className="button" onClick={() => onClose(year)} aria-label={t('bookkeeping.periods.closeThisYearOf', { period })}>
                {t('bookkeeping.periods.closeThisYear')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
