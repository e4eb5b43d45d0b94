import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../app/PageHeading';
import { useNavigationStore } from '../../app/navigationStore';
import { HomeBackupCard } from '../backup/HomeBackupCard';
import type { CompanyRecord } from '../../db/records';
import { DayFigures } from './DayFigures';
import { currentFiscalYear } from './fiscalYear';
import { RecentActivity } from './RecentActivity';
import './home.css';
import { useRegionalFormat } from '../../i18n/regionalFormat';

/** What the office starts the day with: money, bills, VAT, backups and the latest activity. */
export function HomePage({ company }: { company: CompanyRecord }) {
  const { t } = useTranslation();
  const go = useNavigationStore((state) => state.go);
  const regional = useRegionalFormat();
  const year = currentFiscalYear(company, regional);

  return (
    <>
      <div className="home-heading">
        <PageHeading>{company.name}</PageHeading>
        <button type="button" className="button button-primary" onClick={() => go('bookkeeping', ['new'])}>
          {t('home.newEntry')}
        </button>
      </div>
      <DayFigures fiscalYearStart={company.fiscalYearStart} />
      <HomeBackupCard />
      <RecentActivity />
      <section className="panel" aria-labelledby="company-details">
        <h2 id="company-details">{t('home.companyDetails')}</h2>
        <dl className="facts">
          <dt>{t('company.address')}</dt>
          <dd className="multiline">{company.address || '—'}</dd>
          <dt>{t('company.taxNumber')}</dt>
          <dd>{company.taxNumber || '—'}</dd>
          <dt>{t('company.baseCurrency')}</dt>
          <dd>{company.baseCurrency}</dd>
          <dt>{t('home.fiscalYear')}</dt>
          <dd>{t('home.fiscalYearRange', year)}</dd>
        </dl>
      </section>
    </>
  );
}
