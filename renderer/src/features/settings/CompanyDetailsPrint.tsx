import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyRecord } from '../../db/records';
import { useLanguage } from '../../i18n/useLanguage';
import { PrintActions } from '../../print/PrintActions';
import { provideReport, type ReportSource } from '../../print/printStore';
import { buildActivityLogTable, buildCompanyDetailsReport } from './CompanyDetailsReport';

/** Print or export the company details with the activity log; the menu's Print prints it here too. */
export function CompanyDetailsPrint({ company }: { company: CompanyRecord }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const report = useMemo<ReportSource>(
    () => ({ build: () => buildCompanyDetailsReport(company, language), table: () => buildActivityLogTable(language) }),
    [company, language],
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
