import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyRecord } from '../../db/records';
import { useRegionalFormat } from '../../i18n/regionalFormat';
import { PrintActions } from '../../print/PrintActions';
import { provideReport, type ReportSource } from '../../print/printStore';
import { buildActivityLogTable, buildCompanyDetailsReport } from './CompanyDetailsReport';

/** Print or export the company details with the activity log; the menu's Print prints it here too. */
export function CompanyDetailsPrint({ company }: { company: CompanyRecord }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const report = useMemo<ReportSource>(
    () => ({ build: () => buildCompanyDetailsReport(company, regional), table: () => buildActivityLogTable(regional) }),
    [company, regional],
  );
  useEffect(() => provideReport(report), [report]);
  return (
    <section className="panel" aria-labelledby="print-company-details">
      <h2 id="print-company-details">{t('home.printHeading')}</h2>
      <p>{t('home.printIntro')}</p>
      <PrintActions label={t('home.printHeading')} source={report} />
    </section>
  );
}
