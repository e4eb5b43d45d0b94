import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseQuantity } from '../../../../../shared/catalog/quantities';
import type { CatalogItem } from '../../../../../shared/catalog/types';
import { DateInput, useDateHint } from '../../../components/DateInput';
import { dateReadingError, readDate } from '../../../components/dateText';
import { FailureNote } from '../../../components/FailureNote';
import { Field } from '../../../components/Field';
import { notify } from '../../../components/notices';
import { appDb, viewing } from '../../../db/appDb';
import { createRequest } from '../../../db/repositories/purchasing/requests';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { unitLabel } from '../../inventory/catalog/catalogText';
import { refusalText } from '../problemText';

/** Free text is counted in pieces: no catalog item says otherwise. */
const freeTextUnit = { code: 'pcs', decimals: 0 };
const itemLabel = (item: Pick<CatalogItem, 'sku' | 'name'>) => `${item.sku} · ${item.name}`;

type Typed = { what: string; quantity: string; requestedBy: string; department: string; neededBy: string };

/**
 * Anyone notes a need: an item found by SKU, name or barcode, or free text; how many; who
 * and for which department; by when. Enter or Ctrl+Enter saves; the person and department
 * stay for the next request, and a refusal keeps everything typed.
 */
export function NewRequestForm() {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const dateHint = useDateHint();
  const prefix = useId();
  const whatRef = useRef<HTMLInputElement>(null);
  const items = useLiveQuery(async () => (await appDb.items.toArray()).filter((item) => !item.archived), []);
  const [typed, setTyped] = useState<Typed>({ what: '', quantity: '', requestedBy: '', department: '', neededBy: '' });
  const [problems, setProblems] = useState<Partial<Record<keyof Typed, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (change: Partial<Typed>) => setTyped((current) => ({ ...current, ...change }));

  const byText = useMemo(() => {
    const found = new Map<string, CatalogItem>();
    for (const item of items ?? []) {
      for (const key of [itemLabel(item), item.sku, item.name, ...item.barcodes]) found.set(key.trim().toLocaleLowerCase(), item);
    }
    return found;
  }, [items]);
  const item = byText.get(typed.what.trim().toLocaleLowerCase());
  const unit = item?.unit ?? freeTextUnit;
  const dateReading = readDate(typed.neededBy, regional);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (saving) return;
    const found: Partial<Record<keyof Typed, string>> = {};
    if (typed.what.trim() === '') found.what = t('purchasing.requests.form.whatMissing');
    const quantity = parseQuantity(typed.quantity, unit);
    if (!quantity.ok) found.quantity = t(`purchasing.requests.form.quantityProblems.${quantity.error}`, { decimals: unit.decimals });
    else if (quantity.value === 0) found.quantity = t('purchasing.requests.form.quantityProblems.zero');
    if (typed.requestedBy.trim() === '') found.requestedBy = t('purchasing.requests.form.personMissing');
    const dateError = dateReadingError(dateReading, t);
    if (dateError) found.neededBy = dateError;
    setProblems(found);
    if (Object.keys(found).length > 0 || !quantity.ok) {
      setFailure(t('purchasing.requests.form.checkFields'));
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      const request = await createRequest(appDb, {
        itemId: item?.id ?? null, description: item ? item.name : typed.what.trim(), quantity: quantity.value, unit,
        requestedBy: typed.requestedBy, department: typed.department, neededBy: dateReading.kind === 'date' ? dateReading.iso : null,
      });
      notify({ text: t('purchasing.requests.form.saved', { number: request.number }) });
      set({ what: '', quantity: '', neededBy: '' });
      whatRef.current?.focus();
    } catch (error) {
      setFailure(refusalText(error, t) ?? t('errors.unexpected', { message: String(error) }));
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };
  const id = (field: string) => `${prefix}${field}`;

  return (
    <section className="panel request-form" aria-labelledby={id('heading')}>
      <h2 id={id('heading')}>{t('purchasing.requests.form.title')}</h2>
      <form noValidate className="form" aria-label={t('purchasing.requests.form.title')} onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown}>
        <div className="form-grid request-grid">
          <Field
            id={id('what')}
            label={t('purchasing.requests.form.what')}
            hint={typed.what.trim() === '' ? t('purchasing.requests.form.whatHint') : item ? t('purchasing.requests.form.fromCatalog', { sku: item.sku }) : t('purchasing.requests.form.freeText')}
            error={problems.what}
            className="span-2"
          >
            {(a11y) => (
              <>
                <input ref={whatRef} type="text" list={id('items')} autoComplete="off" {...a11y} value={typed.what} onChange={(event) => set({ what: event.target.value })} />
                <datalist id={id('items')}>
                  {(items ?? []).map((candidate) => (
                    <option key={candidate.id} value={itemLabel(candidate)} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <Field id={id('quantity')} label={t('purchasing.requests.form.quantity', { unit: unitLabel(unit.code, t) })} error={problems.quantity}>
            {(a11y) => <input type="text" inputMode="decimal" autoComplete="off" {...a11y} value={typed.quantity} onChange={(event) => set({ quantity: event.target.value })} />}
          </Field>
          <Field id={id('neededBy')} label={t('purchasing.requests.form.neededBy')} hint={dateHint} error={problems.neededBy}>
            {(a11y) => <DateInput {...a11y} value={typed.neededBy} onChange={(neededBy) => set({ neededBy })} />}
          </Field>
          <Field id={id('requestedBy')} label={t('purchasing.requests.form.requestedBy')} error={problems.requestedBy}>
            {(a11y) => <input type="text" autoComplete="off" {...a11y} value={typed.requestedBy} onChange={(event) => set({ requestedBy: event.target.value })} />}
          </Field>
          <Field id={id('department')} label={t('purchasing.requests.form.department')}>
            {(a11y) => <input type="text" autoComplete="off" {...a11y} value={typed.department} onChange={(event) => set({ department: event.target.value })} />}
          </Field>
        </div>
        <div className="form-actions button-row">
          <button type="submit" className="button button-primary" disabled={saving || viewing !== null}>
            {t('purchasing.requests.form.save')}
          </button>
          <span className="muted">{t('purchasing.requests.form.keys')}</span>
        </div>
        <FailureNote message={failure} />
      </form>
    </section>
  );
}
