import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../app/PageHeading';
import { HomeBackupCard } from '../backup/HomeBackupCard';
import type { CompanyRecord } from '../../db/records';
import { useLanguage } from '../../i18n/useLanguage';
import { PrintActions } from '../../print/PrintActions';
import { provideReport, type ReportSource } from '../../print/printStore';
import { buildActivityLogTable, buildCompanyDetailsReport } from './CompanyDetailsReport';
import { currentFiscalYear } from './fiscalYear';
import { RecentActivity } from './RecentActivity';
import { useRegionalFormat } from '../../i18n/regionalFormat';

/** The company at a glance, with its details report. */
export function HomePage({ company }: { company: CompanyRecord }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regional = useRegionalFormat();
  const year = currentFiscalYear(company, regional);
  const report = useMemo<ReportSource>(
    () => ({ build: () => buildCompanyDetailsReport(company, regional), table: () => buildActivityLogTable(regional) }),
    [company, language],
  );
  useEffect(() => provideReport(report), [report]);

  return (
    <>
      <PageHeading>{company.name}</PageHeading>
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
      <section className="panel" aria-labelledby="print-company-details">
        <h2 id="print-company-details">{t('home.printHeading')}</h2>
        <p>{t('home.printIntro')}</p>
        <PrintActions label={t('home.printHeading')} source={report} />
      </section>
      <HomeBackupCard />
      <RecentActivity />
    </>
  );
}
