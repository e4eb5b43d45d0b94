import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/dates';
import { flattenTree, locationTree } from '../../../../../shared/stock/locationTree';
import type { MovementDraft } from '../../../../../shared/stock';
import { readAmount } from '../../../components/amountText';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DateInput, useDateHint } from '../../../components/DateInput';
import { dateReadingError, dateText, readDate } from '../../../components/dateText';
import { FailureNote } from '../../../components/FailureNote';
import { Field } from '../../../components/Field';
import { MoneyInput } from '../../../components/MoneyInput';
import { notify } from '../../../components/notices';
import { appDb, viewing } from '../../../db/appDb';
import { newId } from '../../../db/audit';
import { StockWouldGoNegative } from '../../../db/repositories/stock';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { carriesCost, movementDraftsOf, writeOffReasons, type MovementField, type MovementFormProblems, type MovementFormValues } from './movementDrafts';
import { readCurrency } from './stockData';
import { subpageKey, type MovementFormKind } from './stockPages';
import { describeNegative, describeStockError, recordFromForm } from './stockRecording';
import { unitLabel } from '../catalog/catalogText';

type Typed = Omit<MovementFormValues, 'costMinor' | 'date' | 'itemId'> & { item: string; cost: string; date: string };

const itemLabel = (item: { sku: string; name: string }) => `${item.sku} · ${item.name}`;

/**
 * Receive, issue, transfer, write off or open stock: one form, fields as the kind needs.
 * Keyboard-first: the item field has the focus, Enter records, and after recording the
 * date and place stay for the next line. A failure keeps everything typed.
 */
export function MovementForm({ kind }: { kind: MovementFormKind }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const dateHint = useDateHint();
  const prefix = useId();
  const itemRef = useRef<HTMLInputElement>(null);
  const data = useLiveQuery(async () => {
    const [items, locations, currency] = await Promise.all([appDb.items.toArray(), appDb.locations.toArray(), readCurrency()]);
    return { items: items.filter((item) => !item.archived), locations, currency };
  }, []);
  const [typed, setTyped] = useState<Typed>(() => ({
    item: '',
    locationId: '',
    toLocationId: '',
    quantity: '',
    packName: '',
    costMode: 'unit',
    cost: '',
    date: dateText(todayIso(), regional),
    note: '',
    issuedTo: '',
    writeOffReason: 'damaged',
  }));
  const [problems, setProblems] = useState<MovementFormProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [negative, setNegative] = useState<{ drafts: MovementDraft[]; places: string[] } | null>(null);
  const set = (change: Partial<Typed>) => setTyped((current) => ({ ...current, ...change }));

  const places = useMemo(() => flattenTree(locationTree((data?.locations ?? []).filter((location) => !location.archived))), [data]);
  const itemsByLabel = useMemo(() => new Map((data?.items ?? []).flatMap((item) => [[itemLabel(item).toLocaleLowerCase(), item] as const, [item.sku.toLocaleLowerCase(), item] as const])), [data]);
  const item = itemsByLabel.get(typed.item.trim().toLocaleLowerCase());
  const currency = data?.currency ?? 'EUR';
  const costReading = readAmount(typed.cost, currency, regional);
  const dateReading = readDate(typed.date, regional);

  const record = async (drafts: MovementDraft[], allowNegative: boolean) => {
    setSaving(true);
    setFailure(null);
    try {
      await recordFromForm(drafts, typed.note.trim() || t(subpageKey(kind)), allowNegative);
      notify({ text: t(`inventory.stock.form.done.${kind}`, { item: item ? itemLabel(item) : '' }) });
      setTyped((current) => ({ ...current, item: '', quantity: '', packName: '', cost: '', note: '' }));
      setProblems({});
      itemRef.current?.focus();
    } catch (error) {
      if (error instanceof StockWouldGoNegative) setNegative({ drafts, places: await describeNegative(error.places, regional) });
      else setFailure(describeStockError(error, t, regional));
    } finally {
      setSaving(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const values: MovementFormValues = {
      ...typed,
      itemId: item?.id ?? '',
      costMinor: costReading.kind === 'amount' ? costReading.minor : null,
      date: dateReading.kind === 'date' ? dateReading.iso : null,
    };
    const result = movementDraftsOf(kind, values, item, newId, regional.locale);
    if (!result.ok) {
      setProblems(result.problems);
      setFailure(t('inventory.stock.form.checkFields'));
      return;
    }
    setProblems({});
    await record(result.drafts, false);
  };

  const errorOf = (field: MovementField): string | undefined => {
    if (field === 'date' && dateReading.kind === 'invalid') return dateReadingError(dateReading, t);
    if (field === 'cost' && costReading.kind === 'invalid') return t(costReading.messageKey);
    const key = problems[field];
    return key ? t(`inventory.stock.form.problems.${key}`) : undefined;
  };
  const id = (field: string) => `${prefix}${field}`;
  const placeSelect = (field: 'locationId' | 'toLocationId', label: string) => (
    <Field id={id(field)} label={label} error={errorOf(field)}>
      {(a11y) => (
        <select {...a11y} value={typed[field]} onChange={(event) => set({ [field]: event.target.value })}>
          <option value="">{t('inventory.stock.form.choosePlace')}</option>
          {places.map((node) => (
            <option key={node.location.id} value={node.location.id}>
              {`${node.location.code} · ${node.path}`}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  if (data && (data.items.length === 0 || places.length === 0)) {
    return (
      <section className="panel">
        <h2>{t(`inventory.stock.form.title.${kind}`)}</h2>
        <p className="empty-state">{t(data.items.length === 0 ? 'inventory.stock.form.noItems' : 'inventory.stock.form.noPlaces')}</p>
      </section>
    );
  }

  return (
    <section className="panel" aria-labelledby={id('heading')}>
      <h2 id={id('heading')}>{t(`inventory.stock.form.title.${kind}`)}</h2>
      <p className="muted">{t(`inventory.stock.form.intro.${kind}`)}</p>
      <form className="form stock-form" noValidate onSubmit={(event) => void submit(event)} aria-label={t(`inventory.stock.form.title.${kind}`)}>
        <div className="form-grid">
          <Field id={id('item')} label={t('inventory.stock.form.item')} hint={t('inventory.stock.form.itemHint')} error={errorOf('itemId')} className="span-2">
            {(a11y) => (
              <>
                <input ref={itemRef} type="text" autoFocus list={id('items')} autoComplete="off" {...a11y} value={typed.item} onChange={(event) => set({ item: event.target.value, packName: '' })} />
                <datalist id={id('items')}>
                  {(data?.items ?? []).map((candidate) => (
                    <option key={candidate.id} value={itemLabel(candidate)} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          {placeSelect('locationId', kind === 'transfer' ? t('inventory.stock.form.from') : t('inventory.stock.form.location'))}
          {kind === 'transfer' ? placeSelect('toLocationId', t('inventory.stock.form.to')) : null}
          <Field id={id('quantity')} label={t('inventory.stock.form.quantity')} error={errorOf('quantity')}>
            {(a11y) => (
              <div className="quantity-row">
                <input type="text" inputMode="decimal" autoComplete="off" {...a11y} value={typed.quantity} onChange={(event) => set({ quantity: event.target.value })} />
                <select aria-label={t('inventory.stock.form.unit')} value={typed.packName} onChange={(event) => set({ packName: event.target.value })}>
                  <option value="">{item ? unitLabel(item.unit.code, t) : t('inventory.stock.form.units')}</option>
                  {(item?.packs ?? []).map((pack) => (
                    <option key={pack.name} value={pack.name}>
                      {t('inventory.stock.form.pack', { name: pack.name, contains: pack.contains, unit: unitLabel(item!.unit.code, t) })}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </Field>
          {carriesCost(kind) ? (
            <Field id={id('cost')} label={t(typed.costMode === 'unit' ? 'inventory.stock.form.unitCost' : 'inventory.stock.form.totalCost', { currency })} error={errorOf('cost')}>
              {(a11y) => (
                <div className="quantity-row">
                  <MoneyInput currency={currency} {...a11y} value={typed.cost} onChange={(cost) => set({ cost })} />
                  <select aria-label={t('inventory.stock.form.costMode')} value={typed.costMode} onChange={(event) => set({ costMode: event.target.value as Typed['costMode'] })}>
                    <option value="unit">{t('inventory.stock.form.perUnit')}</option>
                    <option value="total">{t('inventory.stock.form.inTotal')}</option>
                  </select>
                </div>
              )}
            </Field>
          ) : null}
          <Field id={id('date')} label={t('inventory.stock.form.date')} hint={dateHint} error={errorOf('date')}>
            {(a11y) => <DateInput {...a11y} value={typed.date} onChange={(date) => set({ date })} />}
          </Field>
          {kind === 'issue' ? (
            <Field id={id('issuedTo')} label={t('inventory.stock.form.issuedTo')} hint={t('inventory.stock.form.issuedToHint')} error={errorOf('issuedTo')}>
              {(a11y) => <input type="text" {...a11y} value={typed.issuedTo} onChange={(event) => set({ issuedTo: event.target.value })} />}
            </Field>
          ) : null}
          {kind === 'write-off' ? (
            <Field id={id('reason')} label={t('inventory.stock.form.reason')}>
              {(a11y) => (
                <select {...a11y} value={typed.writeOffReason} onChange={(event) => set({ writeOffReason: event.target.value as Typed['writeOffReason'] })}>
                  {writeOffReasons.map((reason) => (
                    <option key={reason} value={reason}>
                      {t(`inventory.stock.reasons.${reason}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          <Field id={id('note')} label={t(kind === 'receive' ? 'inventory.stock.form.source' : 'inventory.stock.form.note')} error={errorOf('note')} className="span-2">
            {(a11y) => <input type="text" {...a11y} value={typed.note} onChange={(event) => set({ note: event.target.value })} />}
          </Field>
        </div>
        <div className="form-actions button-row">
          <button type="submit" className="button button-primary" disabled={saving || viewing !== null}>
            {t(`inventory.stock.form.submit.${kind}`)}
          </button>
        </div>
        <FailureNote message={failure} />
      </form>
      <ConfirmDialog
        open={negative !== null}
        title={t('inventory.stock.form.negativeTitle')}
        confirmLabel={t('inventory.stock.form.negativeConfirm')}
        danger
        busy={saving}
        onCancel={() => setNegative(null)}
        onConfirm={() => {
          const pending = negative;
          setNegative(null);
          if (pending) void record(pending.drafts, true);
        }}
      >
        <p>{t('inventory.stock.form.negativeBody')}</p>
        <ul>
          {(negative?.places ?? []).map((place) => (
            <li key={place}>{place}</li>
          ))}
        </ul>
      </ConfirmDialog>
    </section>
  );
}
