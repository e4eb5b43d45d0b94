import type { TableExport } from '../../../../shared/export';
import { formatDateTime } from '../../../../shared/dates';
import { auditLogRepository } from '../../db/repositories';
import type { AuditEntry, CompanyRecord } from '../../db/records';
import { dayAndMonth } from '../../i18n/calendarNames';
import { i18n } from '../../i18n';
import type { Report } from '../../print/report';
import { currentFiscalYear } from '../home/fiscalYear';
import type { RegionalFormat } from '../../../../shared/i18n/regional';

/** The activity log goes into the report whole, up to this many entries (newest first). */
const activityLimit = 5000;

type CompanyDetailsReportProps = { company: CompanyRecord; entries: AuditEntry[]; regional: RegionalFormat };

/** Company details and the activity log, for the accountant or the files. */
export function CompanyDetailsReport({ company, entries, regional }: CompanyDetailsReportProps) {
  const t = i18n.getFixedT(regional.language);
  const details: [string, string][] = [
    [t('company.name'), company.name],
    [t('company.address'), company.address],
    [t('company.taxNumber'), company.taxNumber],
    [t('company.baseCurrency'), company.baseCurrency],
    [t('company.fiscalYearStart'), dayAndMonth(company.fiscalYearStart.month, company.fiscalYearStart.day, regional.language)],
  ];
  return (
    <>
      <section>
        <h2>{t('report.companyDetails.companyHeading')}</h2>
        <table className="details">
          <tbody>
            {details.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="multiline">{value || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h2>{t('report.companyDetails.activityHeading')}</h2>
        {entries.length === 0 ? (
          <p className="muted">{t('report.companyDetails.noActivity')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th className="col-at">{t('activity.at')}</th>
                <th className="col-action">{t('activity.action')}</th>
                <th>{t('activity.records')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td className="nowrap">{formatDateTime(Date.parse(entry.at), regional)}</td>
                  <td>{t(`audit.actions.${entry.action}`)}</td>
                  <td className="ids">{entry.recordIds.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="muted">{t('report.companyDetails.entryCount', { count: entries.length })}</p>
      </section>
    </>
  );
}

/** Reads what the report needs now and puts it together in the given language. */
export async function buildCompanyDetailsReport(company: CompanyRecord, regional: RegionalFormat): Promise<Report> {
  const t = i18n.getFixedT(regional.language);
  const entries = await auditLogRepository.listAuditEntries({ limit: activityLimit });
  const year = currentFiscalYear(company, regional);
  return {
    title: t('report.companyDetails.title'),
    companyName: company.name,
    language: regional.language,
    period: t('report.companyDetails.period', year),
    body: <CompanyDetailsReport company={company} entries={entries} regional={regional} />,
  };
}

/** The activity log as a spreadsheet table (CSV or Excel). */
export async function buildActivityLogTable(regional: RegionalFormat): Promise<TableExport> {
  const t = i18n.getFixedT(regional.language);
  const entries = await auditLogRepository.listAuditEntries({ limit: activityLimit });
  return {
    title: t('report.companyDetails.activityHeading'),
    columns: [
      { kind: 'text', header: t('activity.at') },
      { kind: 'text', header: t('activity.action') },
      { kind: 'text', header: t('activity.records') },
    ],
    rows: entries.map((entry) => [entry.at, t(`audit.actions.${entry.action}`), entry.recordIds.join(', ')]),
  };
}
