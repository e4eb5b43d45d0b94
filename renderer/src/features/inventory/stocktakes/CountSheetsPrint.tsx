import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { companyRepository } from '../../../db/repositories';
import type { StocktakeView } from '../../../db/repositories/stocktakes';
import { stocktakesRepository } from '../../../db/repositories/stocktakes/appStocktakes';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { PrintActions } from '../../../print/PrintActions';
import type { ReportSource } from '../../../print/printStore';
import { buildCountSheetsReport } from './countSheetsReport';

/** Print or save the count sheets: one page per place, sorted by shelf code, barcodes drawn. */
export function CountSheetsPrint({ data }: { data: StocktakeView }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const id = data.stocktake.id;
  const source = useMemo<ReportSource>(
    () => ({
      build: async () => {
        const [view, company] = await Promise.all([stocktakesRepository.readStocktakeView(id), companyRepository.getCompany()]);
        if (!view) throw new Error(t('inventory.stocktakes.errors.notFound'));
        return buildCountSheetsReport(view, company?.name ?? '', regional);
      },
    }),
    [id, regional, t],
  );
  return (
    <section className="count-sheets-print" aria-label={t('inventory.stocktakes.sheet.printHeading')}>
      <p className="muted">{t('inventory.stocktakes.sheet.printIntro', { count: data.sheets.length })}</p>
      <PrintActions label={t('inventory.stocktakes.sheet.printHeading')} source={source} />
    </section>
  );
}
