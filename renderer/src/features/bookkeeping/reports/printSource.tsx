import type { TFunction } from 'i18next';
import type { ReactElement } from 'react';
import type { TableExport } from '../../../../../shared/export';
import type { Language } from '../../../../../shared/i18n/languages';
import { companyRepository } from '../../../db/repositories';
import { i18n } from '../../../i18n';
import type { ReportSource } from '../../../print/printStore';
import { landscapePage, reportPrintStyles } from './reportPrintStyles';

/** A report source that also says how it fits on paper. */
export type LedgerReportSource = ReportSource & { table(): Promise<TableExport>; landscape: boolean };

export type LedgerReportSpec<Data> = {
  language: Language;
  /** Wide tables (registers, journals) print across the page. */
  landscape: boolean;
  /** Reads the figures afresh, so what is printed is what is stored now. */
  load(): Promise<Data>;
  title(t: TFunction): string;
  period(t: TFunction): string;
  body(data: Data, t: TFunction): ReactElement;
  table(data: Data, t: TFunction): TableExport;
};

/** Print, PDF, CSV and Excel for one report, each in the report's language with fresh figures. */
export function ledgerReportSource<Data>(spec: LedgerReportSpec<Data>): LedgerReportSource {
  const t = i18n.getFixedT(spec.language);
  return {
    landscape: spec.landscape,
    async build() {
      const [data, company] = await Promise.all([spec.load(), companyRepository.getCompany()]);
      return {
        title: spec.title(t),
        companyName: company?.name ?? '',
        language: spec.language,
        period: spec.period(t),
        landscape: spec.landscape,
        body: (
          <div className={spec.landscape ? 'ledger-report is-wide' : 'ledger-report'}>
            <style>{spec.landscape ? reportPrintStyles + landscapePage : reportPrintStyles}</style>
            {spec.body(data, t)}
          </div>
        ),
      };
    },
    async table() {
      return spec.table(await spec.load(), t);
    },
  };
}
