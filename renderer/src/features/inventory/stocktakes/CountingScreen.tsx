import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogItem } from '../../../../../shared/catalog/types';
import type { StocktakeView } from '../../../db/repositories/stocktakes';
import { VirtualTable, type VirtualColumn } from '../../../components/VirtualTable';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { CountEntryPanel } from './CountEntryPanel';
import { catalogIndex, countingRows, rowForScan, scanIndex, type CountingRow } from './countingRows';
import { orderedSheets } from './countSheetsReport';
import { quantityText } from './quantityText';
import { UnknownCodePanel } from './UnknownCodePanel';
import { unitLabel } from '../catalog/catalogText';

type Message = { tone: 'done' | 'problem'; text: string } | null;

const counterKey = 'backoffice.stocktakeCounter';

/**
 * The counting screen, keyboard first: a scanner types a code and Enter into the scan field,
 * the item's row is found in memory and its count fields take the keyboard; Enter saves
 * (only this place's sheet) and the scan field is ready for the next code.
 */
export function CountingScreen({ data }: { data: StocktakeView }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const { stocktake } = data;
  const counting = stocktake.status === 'counting';
  const [locationId, setLocationId] = useState<string | null>(() => (data.sheets.length === 1 ? data.sheets[0]!.locationId : null));
  const [selected, setSelected] = useState<string | null>(null);
  const [unknown, setUnknown] = useState<string | null>(null);
  const [elsewhere, setElsewhere] = useState<CatalogItem | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [counter, setCounter] = useState(() => sessionStorage.getItem(counterKey) ?? '');
  const scanRef = useRef<HTMLInputElement>(null);

  const rows = useMemo(() => countingRows(data, locationId), [data, locationId]);
  const index = useMemo(() => scanIndex(rows), [rows]);
  const catalog = useMemo(() => catalogIndex(data.items.values()), [data.items]);
  const places = useMemo(() => orderedSheets(data), [data]);
  const selectedIndex = selected === null ? -1 : rows.findIndex((candidate) => candidate.key === selected);
  const row = selectedIndex >= 0 ? rows[selectedIndex]! : null;

  const backToScan = () => {
    setSelected(null);
    setElsewhere(null);
    scanRef.current?.focus();
  };

  const scan = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem('scan') as HTMLInputElement;
    const code = input.value.trim();
    if (code === '') return;
    input.value = '';
    setUnknown(null);
    setElsewhere(null);
    const positions = index.get(code.toUpperCase());
    if (positions) {
      const found = rows[rowForScan(rows, positions)]!;
      if (found.item.archived) return setMessage({ tone: 'problem', text: t('inventory.stocktakes.count.archived', { name: found.item.name, sku: found.item.sku }) });
      setMessage(null);
      return setSelected(found.key);
    }
    const item = catalog.get(code.toUpperCase());
    if (!item) {
      setSelected(null);
      return setUnknown(code);
    }
    if (item.archived) return setMessage({ tone: 'problem', text: t('inventory.stocktakes.count.archived', { name: item.name, sku: item.sku }) });
    setSelected(null);
    setElsewhere(item);
    setMessage({ tone: 'problem', text: locationId === null ? t('inventory.stocktakes.count.notOnSheetsChoosePlace', { name: item.name }) : t('inventory.stocktakes.count.notOnSheet', { name: item.name }) });
  };

  const columns: VirtualColumn<CountingRow>[] = [
    ...(locationId === null ? [{ key: 'place', header: t('inventory.stocktakes.columns.place'), width: '7rem', render: (r: CountingRow) => <span className="code">{r.location.code}</span> }] : []),
    { key: 'sku', header: t('inventory.stocktakes.columns.sku'), width: '8rem', render: (r) => <span className="code">{r.item.sku}</span> },
    { key: 'name', header: t('inventory.stocktakes.columns.item'), width: 'minmax(10rem, 1fr)', render: (r) => r.item.name },
    { key: 'unit', header: t('inventory.stocktakes.columns.unit'), width: '5rem', render: (r) => unitLabel(r.item.unit.code, t) },
    ...(stocktake.blind
      ? []
      : [{ key: 'expected', header: t('inventory.stocktakes.columns.expected'), width: '7rem', align: 'end' as const, render: (r: CountingRow) => quantityText(r.line.expected, r.item.unit, regional) }]),
    {
      key: 'counted',
      header: t('inventory.stocktakes.columns.counted'),
      width: '7rem',
      align: 'end',
      render: (r) => (r.line.counted === null ? <span className="muted">—</span> : quantityText(r.line.counted, r.item.unit, regional)),
    },
    {
      key: 'status',
      header: t('inventory.stocktakes.columns.status'),
      width: '8rem',
      render: (r) =>
        r.status === 'recount' && !r.line.recounted ? (
          <span className="badge badge-recount">{t('inventory.stocktakes.count.recountBadge')}</span>
        ) : r.line.recounted ? (
          <span className="badge">{t('inventory.stocktakes.count.recountedBadge')}</span>
        ) : r.line.counted !== null ? (
          <span className="badge badge-counted">{t('inventory.stocktakes.count.countedBadge')}</span>
        ) : null,
    },
  ];

  return (
    <section className="counting" aria-label={t('inventory.stocktakes.countTab')}>
      <div className="counting-bar">
        <div className="field">
          <label htmlFor="count-place">{t('inventory.stocktakes.count.place')}</label>
          <select
            id="count-place"
            value={locationId ?? ''}
            onChange={(event) => {
              setLocationId(event.target.value === '' ? null : event.target.value);
              setSelected(null);
            }}
          >
            <option value="">{t('inventory.stocktakes.count.allPlaces', { count: places.length })}</option>
            {places.map(({ sheet, location }) => (
              <option key={sheet.locationId} value={sheet.locationId}>
                {t('inventory.stocktakes.count.placeOption', {
                  code: location.code,
                  name: location.name,
                  counted: sheet.lines.filter((line) => line.counted !== null).length,
                  count: sheet.lines.length,
                })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="count-counter">{t('inventory.stocktakes.count.counter')}</label>
          <input
            id="count-counter"
            className="input-medium"
            value={counter}
            onChange={(event) => {
              setCounter(event.target.value);
              sessionStorage.setItem(counterKey, event.target.value);
            }}
          />
        </div>
        <form className="field scan-field" onSubmit={scan} role="search">
          <label htmlFor="count-scan">{t('inventory.stocktakes.count.scan')}</label>
          <input id="count-scan" name="scan" ref={scanRef} autoComplete="off" autoFocus disabled={!counting} placeholder={t('inventory.stocktakes.count.scanHint')} />
        </form>
      </div>
      {!counting ? <p className="status">{t('inventory.stocktakes.count.closed')}</p> : null}
      {/* One slot of steady height for what the last scan brought up, so the list does not jump under the counter's eyes. */}
      <div className="count-slot">
        {message ? (
          <p className={message.tone === 'problem' ? 'status status-error' : 'status'} role={message.tone === 'problem' ? 'alert' : 'status'} data-testid="count-message">
            {message.text}
          </p>
        ) : null}
        {unknown !== null ? (
          <UnknownCodePanel
            code={unknown}
            items={data.items}
            onAttached={(item) => {
              setUnknown(null);
              setMessage({ tone: 'done', text: t('inventory.stocktakes.unknown.attached', { code: unknown, name: item.name }) });
              scanRef.current?.focus();
            }}
            onClose={() => {
              setUnknown(null);
              scanRef.current?.focus();
            }}
          />
        ) : null}
        {row && counting ? (
          <CountEntryPanel
            key={row.key}
            stocktake={stocktake}
            row={row}
            counter={counter}
            onSaved={(text) => {
              setMessage({ tone: 'done', text });
              backToScan();
            }}
            onCancel={backToScan}
          />
        ) : null}
        {elsewhere && locationId !== null && counting ? (
          <CountEntryPanel
            key={`new/${elsewhere.id}`}
            stocktake={stocktake}
            row={{ key: `${locationId}/${elsewhere.id}`, locationId, location: data.locations.get(locationId)!, item: elsewhere, line: { itemId: elsewhere.id, expected: 0, counted: null }, status: 'uncounted' }}
            counter={counter}
            onSaved={(text) => {
              setMessage({ tone: 'done', text });
              backToScan();
            }}
            onCancel={backToScan}
          />
        ) : null}
        {!message && unknown === null && !row && !elsewhere && counting ? <p className="muted count-hint">{t('inventory.stocktakes.count.hint')}</p> : null}
      </div>
      <VirtualTable
        label={t('inventory.stocktakes.count.tableLabel')}
        rows={rows}
        columns={columns}
        rowKey={(r) => r.key}
        rowClassName={(r) => (r.key === selected ? 'is-selected' : undefined)}
        onOpenRow={(r) => (counting ? setSelected(r.key) : undefined)}
        fillWindow={24}
        testId="count-rows"
        scrollTo={selectedIndex}
      />
    </section>
  );
}
