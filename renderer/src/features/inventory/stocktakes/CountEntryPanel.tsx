import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readCount, type CountFields } from '../../../../../shared/stock/countEntry';
import type { Stocktake } from '../../../../../shared/stock/types';
import { stocktakesRepository } from '../../../db/repositories/stocktakes/appStocktakes';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import type { CountingRow } from './countingRows';
import { quantityText } from './quantityText';
import { describeStocktakeError } from './stocktakeText';
import { unitLabel } from '../catalog/catalogText';

type Props = {
  stocktake: Stocktake;
  row: CountingRow;
  counter: string;
  onSaved(text: string): void;
  onCancel(): void;
};

/**
 * The count of one line: a field per pack, largest first, and one for loose units; the
 * total shows as it is typed. Enter saves, Escape goes back to the scan field. Nothing is
 * saved while a field holds text or a negative figure.
 */
export function CountEntryPanel({ stocktake, row, counter, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const { item, line } = row;
  const packs = [...item.packs].reverse();
  const [fields, setFields] = useState<CountFields>({ packs: {}, units: '' });
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const reading = readCount(fields, item, regional.locale);
  const recount = row.status === 'recount' && line.counted !== null;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (reading.kind === 'notANumber') return setFailure(t('inventory.stocktakes.errors.notANumber', { text: reading.text, unit: unitLabel(item.unit.code, t) }));
    if (reading.kind === 'negative') return setFailure(t('inventory.stocktakes.errors.negativeCount', { counted: reading.text }));
    if (reading.kind === 'empty') return setFailure(t('inventory.stocktakes.errors.emptyCount'));
    setBusy(true);
    try {
      await stocktakesRepository.saveCounts({
        stocktakeId: stocktake.id,
        locationId: row.locationId,
        counts: [{ itemId: item.id, counted: reading.quantity, recount }],
        ...(counter.trim() ? { countedBy: counter.trim() } : {}),
      });
      onSaved(t('inventory.stocktakes.count.saved', { name: item.name, quantity: quantityText(reading.quantity, item.unit, regional), unit: unitLabel(item.unit.code, t), place: row.location.code }));
    } catch (error) {
      setFailure(describeStocktakeError(error, t));
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };

  const input = (id: string, label: string, value: string, set: (text: string) => void, isFirst: boolean) => (
    <label className="count-field" key={id}>
      <input
        ref={isFirst ? first : undefined}
        id={id}
        inputMode="decimal"
        autoComplete="off"
        value={value}
        aria-invalid={failure !== null}
        onChange={(event) => {
          set(event.target.value);
          setFailure(null);
        }}
      />
      <span>{label}</span>
    </label>
  );

  return (
    <form className="panel count-entry" onSubmit={(event) => void save(event)} onKeyDown={onKeyDown} aria-label={t('inventory.stocktakes.count.entryLabel', { name: item.name })} data-testid="count-entry">
      <div className="count-entry-item">
        <strong>{item.name}</strong> <span className="code">{item.sku}</span> · {row.location.code} {row.location.name}
        {!stocktake.blind ? <span className="muted"> · {t('inventory.stocktakes.count.expected', { quantity: quantityText(line.expected, item.unit, regional), unit: unitLabel(item.unit.code, t) })}</span> : null}
        {line.counted !== null ? <span className="muted"> · {t('inventory.stocktakes.count.already', { quantity: quantityText(line.counted, item.unit, regional), unit: unitLabel(item.unit.code, t) })}</span> : null}
      </div>
      {recount ? <p className="status status-warning">{t('inventory.stocktakes.count.recountAsk')}</p> : null}
      <div className="count-fields">
        {packs.map((pack, index) =>
          input(`count-pack-${index}`, t('inventory.stocktakes.count.packOf', { name: pack.name, contains: quantityText(pack.contains, item.unit, regional), unit: unitLabel(item.unit.code, t) }), fields.packs[pack.name] ?? '', (text) => setFields((f) => ({ ...f, packs: { ...f.packs, [pack.name]: text } })), index === 0),
        )}
        {input('count-units', unitLabel(item.unit.code, t), fields.units, (text) => setFields((f) => ({ ...f, units: text })), packs.length === 0)}
        <output className="count-total" aria-live="polite" data-testid="count-total">
          {reading.kind === 'counted' ? `= ${quantityText(reading.quantity, item.unit, regional)} ${unitLabel(item.unit.code, t)}` : ''}
        </output>
        <button type="submit" className="button button-primary" disabled={busy}>
          {recount ? t('inventory.stocktakes.count.saveRecount') : t('inventory.stocktakes.count.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('inventory.stocktakes.count.skip')}
        </button>
      </div>
      {failure ? (
        <p className="status status-error" role="alert">
          {failure}
        </p>
      ) : null}
    </form>
  );
}
