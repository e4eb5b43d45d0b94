import type { TFunction } from 'i18next';
import { accountLabel, quantityText, type ImportField } from '../../../../../shared/catalog';
import type { ExportCell, TableExport } from '../../../../../shared/export';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';
import type { Account, VatCode } from '../../../../../shared/ledger/types';
import { companyRepository } from '../../../db/repositories';
import { currentLanguage, i18n } from '../../../i18n';
import type { ReportSource } from '../../../print/printStore';
import { reportPrintStyles } from '../../bookkeeping/reports/reportPrintStyles';
import { quantityOnScreen, unitLabel } from './catalogText';
import type { ItemRow } from './itemRows';

/**
 * The items on screen as a printed list and as CSV / Excel. The spreadsheet's headers are
 * the import's own column names in the window's language, so an exported catalog, edited,
 * imports back with every column found; quantities are plain decimals in the stock unit.
 */
const exportFields = ['sku', 'name', 'category', 'unit', 'decimals', 'barcodes', 'packName', 'packSize', 'pack2Name', 'pack2Size', 'reorderPoint', 'reorderQuantity', 'vatCode', 'account', 'notes'] as const satisfies readonly ImportField[];

export function catalogTable(rows: readonly ItemRow[], ledger: { vatCodes: readonly VatCode[]; accounts: readonly Account[] }, t: TFunction): TableExport {
  const vat = new Map(ledger.vatCodes.map((code) => [code.id, code.code]));
  const account = new Map(ledger.accounts.map((candidate) => [candidate.id, accountLabel(candidate)]));
  const quantity = (value: number | null | undefined, decimals: number) => (value === null || value === undefined ? null : quantityText(value, decimals));
  const cells = (row: ItemRow): ExportCell[] => {
    const [pack, box] = row.packs;
    return [
      row.sku,
      row.name,
      row.categoryName,
      row.unit.code,
      String(row.unit.decimals),
      row.barcodes.join(';'),
      pack?.name ?? null,
      quantity(pack?.contains, row.unit.decimals),
      box?.name ?? null,
      quantity(box?.contains, row.unit.decimals),
      quantity(row.reorderPoint, row.unit.decimals),
      quantity(row.reorderQuantity, row.unit.decimals),
      row.vatCodeId ? (vat.get(row.vatCodeId) ?? null) : null,
      row.accountId ? (account.get(row.accountId) ?? null) : null,
      row.notes ?? null,
      quantity(row.onHand, row.unit.decimals),
      row.archived ? t('inventory.catalog.archived') : null,
    ];
  };
  return {
    title: t('inventory.catalog.exportTitle'),
    columns: [...exportFields.map((field) => t(`inventory.catalog.importFields.${field}`)), t('inventory.catalog.fields.onHand'), t('inventory.catalog.fields.archived')].map((header) => ({ kind: 'text' as const, header })),
    rows: rows.map(cells),
  };
}

/** Print, PDF, CSV and Excel of the list as filtered on screen, in the window's language. */
export function catalogReportSource(rows: readonly ItemRow[], ledger: { vatCodes: readonly VatCode[]; accounts: readonly Account[] }, regional: RegionalFormat): ReportSource {
  const language = currentLanguage();
  const t = i18n.getFixedT(language);
  return {
    async build() {
      const company = await companyRepository.getCompany();
      return {
        title: t('inventory.catalog.exportTitle'),
        companyName: company?.name ?? '',
        language,
        period: t('inventory.catalog.count', { count: rows.length }),
        body: (
          <div className="ledger-report">
          <style>{reportPrintStyles}</style>
          <table>
            <thead>
              <tr>
                <th>{t('inventory.catalog.fields.sku')}</th>
                <th>{t('inventory.catalog.fields.name')}</th>
                <th>{t('inventory.catalog.fields.category')}</th>
                <th>{t('inventory.catalog.fields.unit')}</th>
                <th>{t('inventory.catalog.fields.barcodes')}</th>
                <th className="num">{t('inventory.catalog.fields.onHand')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>{row.sku}</td>
                  <td>{row.name}</td>
                  <td>{row.categoryName}</td>
                  <td>{unitLabel(row.unit.code, t)}</td>
                  <td>{row.barcodes.join(', ')}</td>
                  <td className="num">{row.onHand === undefined ? '' : quantityOnScreen(row.onHand, row.unit.decimals, regional.locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        ),
      };
    },
    async table() {
      return catalogTable(rows, ledger, t);
    },
  };
}
