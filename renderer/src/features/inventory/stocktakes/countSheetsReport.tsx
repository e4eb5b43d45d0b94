import type { RegionalFormat } from '../../../../../shared/i18n/regional';
import { sheetBarcodeOf, type SheetBarcode } from '../../../../../shared/stock/countSheet';
import { byLocationCode } from '../../../../../shared/stock/stocktakeScope';
import type { StockLocation } from '../../../../../shared/stock/types';
import { formatDate } from '../../../../../shared/dates';
import type { StocktakeView } from '../../../db/repositories/stocktakes';
import { i18n } from '../../../i18n';
import type { Report } from '../../../print/report';
import { barcodeDrawer } from './barcodeSvg';
import { quantityText } from './quantityText';
import { unitLabel } from '../catalog/catalogText';

/** Each place starts a new page; the barcode column is wide enough for an EAN-13 a scanner reads from paper. */
const sheetStyles = `
.count-sheet + .count-sheet { break-before: page; page-break-before: always; }
.count-sheet h2 { margin-top: 0; }
.count-sheet .sign { display: flex; gap: 24pt; margin: 0 0 8pt; color: #333; }
.count-sheet .sign span { flex: 1; border-bottom: 0.5pt solid #888; padding-bottom: 10pt; }
.count-sheet td { vertical-align: middle; }
.count-sheet .col-code { width: 38mm; }
.count-sheet svg.barcode { display: block; width: 34mm; height: 9mm; }
.count-sheet .code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 7.5pt; }
.count-sheet .col-write { width: 28mm; border: 0.75pt solid #555; }
.count-sheet .col-qty { width: 26mm; }
.count-sheet th { overflow-wrap: normal; }
`;

type SheetsProps = { view: StocktakeView; regional: RegionalFormat; draw: (barcode: SheetBarcode) => string; locationIds?: readonly string[] };

export function orderedSheets(view: StocktakeView, locationIds?: readonly string[]) {
  const place = (id: string): StockLocation => view.locations.get(id) ?? { id, code: '', name: id, createdAt: '', updatedAt: '', kind: 'bin', parentId: null, archived: false };
  return view.sheets
    .filter((sheet) => !locationIds || locationIds.includes(sheet.locationId))
    .map((sheet) => ({ sheet, location: place(sheet.locationId) }))
    .sort((a, b) => byLocationCode(a.location, b.location));
}

/** One page per place, sorted by shelf/bin code: what to count, with room to write the figure. */
export function CountSheets({ view, regional, draw, locationIds }: SheetsProps) {
  const t = i18n.getFixedT(regional.language);
  const { stocktake } = view;
  return (
    <>
      <style>{sheetStyles}</style>
      {orderedSheets(view, locationIds).map(({ sheet, location }) => (
        <section className="count-sheet" key={sheet.locationId} data-location={location.code}>
          <h2>{t('inventory.stocktakes.sheet.heading', { code: location.code, name: location.name })}</h2>
          <p className="muted">
            {t('inventory.stocktakes.sheet.info', { number: stocktake.number, count: sheet.lines.length })}
            {stocktake.blind ? ` · ${t('inventory.stocktakes.sheet.blindNote')}` : ''}
          </p>
          <p className="sign">
            <span>{t('inventory.stocktakes.sheet.countedBy')}</span>
            <span>{t('inventory.stocktakes.sheet.date')}</span>
            <span>{t('inventory.stocktakes.sheet.signature')}</span>
          </p>
          <table>
            <thead>
              <tr>
                <th>{t('inventory.stocktakes.columns.sku')}</th>
                <th>{t('inventory.stocktakes.columns.item')}</th>
                <th>{t('inventory.stocktakes.columns.unit')}</th>
                <th className="col-code">{t('inventory.stocktakes.columns.barcode')}</th>
                {stocktake.blind ? null : <th className="num col-qty">{t('inventory.stocktakes.columns.expected')}</th>}
                <th className="col-write">{t('inventory.stocktakes.columns.counted')}</th>
              </tr>
            </thead>
            <tbody>
              {sheet.lines.map((line) => {
                const item = view.items.get(line.itemId);
                if (!item) return null;
                const barcode = sheetBarcodeOf(item);
                return (
                  <tr key={line.itemId}>
                    <td className="nowrap">{item.sku}</td>
                    <td>{item.name}</td>
                    <td>{unitLabel(item.unit.code, t)}</td>
                    <td className="col-code">
                      <span dangerouslySetInnerHTML={{ __html: draw(barcode) }} />
                      <span className="code">{barcode.text}</span>
                    </td>
                    {stocktake.blind ? null : <td className="num">{quantityText(line.expected, item.unit, regional)}</td>}
                    <td className="col-write" />
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}

/** The count sheets of a stocktake (or of some places) as a printable report. */
export async function buildCountSheetsReport(view: StocktakeView, companyName: string, regional: RegionalFormat, locationIds?: readonly string[]): Promise<Report> {
  const t = i18n.getFixedT(regional.language);
  const draw = await barcodeDrawer();
  return {
    title: t('inventory.stocktakes.sheet.title', { number: view.stocktake.number }),
    companyName,
    language: regional.language,
    period: `${view.stocktake.name} · ${formatDate(view.stocktake.date, regional, 'long')}`,
    body: <CountSheets view={view} regional={regional} draw={draw} {...(locationIds ? { locationIds } : {})} />,
  };
}
