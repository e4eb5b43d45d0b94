import { useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogRejected, knownUnits, skuKey, tidyItemDraft, validateItem, type CatalogProblem, type ItemField } from '../../../../../shared/catalog';
import { useNavigationStore } from '../../../app/navigationStore';
import { AccountPicker } from '../../../components/AccountPicker';
import { accountOptions } from '../../../components/accountOptions';
import { FailureNote } from '../../../components/FailureNote';
import { Field } from '../../../components/Field';
import { notify } from '../../../components/notices';
import { catalogRepository } from '../../../db/repositories/catalog/appCatalog';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import type { Books } from '../../bookkeeping/useBooks';
import { catalogProblemText, categoryLabel, describeCatalogError, quantityOnScreen, unitLabel } from './catalogText';
import { decimalsForUnit, itemDraftOf, itemFormValuesOf, type ItemFormValues } from './itemFormValues';
import { ListEditor } from './ListEditor';
import type { CatalogView } from './useCatalog';

/** Adding or changing one item: Ctrl+Enter saves; a refusal keeps everything typed and says why beside the field. */
export function ItemEditor({ itemId, books, catalog }: { itemId: string | undefined; books: Books; catalog: CatalogView }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const go = useNavigationStore((state) => state.go);
  const prefix = useId();
  const existing = itemId === undefined ? undefined : catalog.items.find((item) => item.id === itemId);
  const [values, setValues] = useState<ItemFormValues>(() => itemFormValuesOf(existing, { categoryId: 'other' }));
  const [problems, setProblems] = useState<CatalogProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (change: Partial<ItemFormValues>) => setValues((current) => ({ ...current, ...change }));

  const accountChoices = useMemo(
    () => accountOptions(books.accounts, { keepIds: existing?.accountId ? [existing.accountId] : [] }).filter((option) => option.type === 'asset' || option.type === 'expense'),
    [books.accounts, existing?.accountId],
  );
  const vatChoices = books.vatCodes.filter((code) => !code.archived || code.id === existing?.vatCodeId);
  const categoryChoices = catalog.categories.filter((category) => !category.archived || category.id === existing?.categoryId);

  if (itemId !== undefined && !existing) {
    return <FailureNote message={t('inventory.catalog.problems.itemNotFound')} />;
  }

  const messageOf = (field: ItemField) => {
    const found = problems.filter((item) => item.field === field);
    return found.length === 0 ? undefined : found.map((item) => catalogProblemText(item, t)).join(' ');
  };
  const field = (name: ItemField, label: string, hint?: string) => ({ id: `${prefix}${name}`, label, hint, error: messageOf(name) });

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (saving) return;
    setFailure(null);
    const reading = itemDraftOf(values);
    const draft = tidyItemDraft(reading.draft);
    // The same rules the repository applies, checked first against what the screen holds.
    const found = [
      ...reading.problems,
      ...validateItem(draft, {
        ...(existing ? { existing } : {}),
        skuOwner: (sku) => catalog.items.find((item) => skuKey(item.sku) === skuKey(sku) && item.id !== existing?.id),
        barcodeOwner: (code) => catalog.items.find((item) => item.barcodes.includes(code) && item.id !== existing?.id),
        categories: catalog.categories,
        vatCodes: books.vatCodes,
        accounts: books.accounts,
        hasStock: existing ? (catalog.onHand.get(existing.id) ?? 0) !== 0 : false,
      }).filter((item) => !reading.problems.some((known) => known.field === item.field)),
    ];
    setProblems(found);
    if (found.length > 0) {
      setFailure(t('inventory.catalog.form.fixProblems'));
      return;
    }
    setSaving(true);
    try {
      const saved = await catalogRepository.saveItem(draft, existing?.id);
      notify({ text: t('inventory.catalog.form.saved', { sku: saved.sku }) });
      go('inventory', ['items']);
    } catch (error) {
      if (error instanceof CatalogRejected) setProblems(error.problems);
      setFailure(describeCatalogError(error, t));
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape' && !event.defaultPrevented) {
      go('inventory', ['items']);
    }
  };

  const archive = async (archived: boolean) => {
    if (!existing) return;
    try {
      await catalogRepository.setItemArchived(existing.id, archived);
      notify({ text: t(archived ? 'inventory.catalog.form.archivedNotice' : 'inventory.catalog.form.restoredNotice', { sku: existing.sku }) });
      go('inventory', ['items']);
    } catch (error) {
      setFailure(describeCatalogError(error, t));
    }
  };

  const unit = unitLabel(values.unitCode.trim(), t) || t('inventory.catalog.fields.unit');
  const onHand = existing ? catalog.onHand.get(existing.id) : undefined;
  const title = existing ? t('inventory.catalog.form.editTitle', { sku: existing.sku }) : t('inventory.catalog.form.addTitle');

  return (
    <form className="panel form item-form" noValidate aria-label={title} onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown}>
      <p className="back-link">
        <a
          href="#/inventory/items"
          onClick={(event) => {
            event.preventDefault();
            go('inventory', ['items']);
          }}
        >
          {t('inventory.catalog.form.back')}
        </a>
      </p>
      <div className="item-title">
        <h2>{title}</h2>
        {existing ? (
          <p className="muted" data-testid="item-on-hand">
            {onHand === undefined
              ? t('inventory.catalog.form.noStock')
              : t('inventory.catalog.form.onHand', { quantity: quantityOnScreen(onHand, existing.unit.decimals, regional.locale), unit: unitLabel(existing.unit.code, t) })}
            {existing.archived ? <span className="badge archived-badge">{t('inventory.catalog.archived')}</span> : null}
          </p>
        ) : null}
      </div>
      <div className="form-grid">
        <Field {...field('sku', t('inventory.catalog.fields.sku'), t('inventory.catalog.form.skuHint'))}>
          {(a11y) => <input type="text" autoFocus autoComplete="off" spellCheck={false} {...a11y} value={values.sku} onChange={(event) => set({ sku: event.target.value })} />}
        </Field>
        <Field {...field('name', t('inventory.catalog.fields.name'))} className="span-2">
          {(a11y) => <input type="text" autoComplete="off" {...a11y} value={values.name} onChange={(event) => set({ name: event.target.value })} />}
        </Field>
        <Field {...field('categoryId', t('inventory.catalog.fields.category'))}>
          {(a11y) => (
            <select {...a11y} value={values.categoryId} onChange={(event) => set({ categoryId: event.target.value })}>
              {categoryChoices.map((category) => (
                <option key={category.id} value={category.id}>
                  {categoryLabel(category, t)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field {...field('unit', t('inventory.catalog.fields.unit'), t('inventory.catalog.form.unitHint'))}>
          {(a11y) => (
            <select
              {...a11y}
              value={(knownUnits as readonly string[]).includes(values.unitCode) ? values.unitCode : '(own)'}
              onChange={(event) => (event.target.value === '(own)' ? set({ unitCode: '' }) : set({ unitCode: event.target.value, decimals: decimalsForUnit(event.target.value) }))}
            >
              {knownUnits.map((code) => (
                <option key={code} value={code}>
                  {unitLabel(code, t)}
                </option>
              ))}
              <option value="(own)">{t('inventory.catalog.form.ownUnit')}</option>
            </select>
          )}
        </Field>
        {(knownUnits as readonly string[]).includes(values.unitCode) ? null : (
          <Field id={`${prefix}ownUnit`} label={t('inventory.catalog.form.ownUnitCode')}>
            {(a11y) => <input type="text" className="input-tiny" {...a11y} value={values.unitCode} onChange={(event) => set({ unitCode: event.target.value })} />}
          </Field>
        )}
        <Field {...field('decimals', t('inventory.catalog.fields.decimals'), t('inventory.catalog.form.decimalsHint'))}>
          {(a11y) => (
            <select {...a11y} className="input-decimals" value={values.decimals} onChange={(event) => set({ decimals: event.target.value })}>
              {['0', '1', '2', '3'].map((digits) => (
                <option key={digits} value={digits}>
                  {digits}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      <div className="item-lists">
        <ListEditor
          legend={t('inventory.catalog.form.packs')}
          hint={t('inventory.catalog.form.packsHint', { unit })}
          error={messageOf('packs')}
          items={values.packs}
          addLabel={t('inventory.catalog.form.addPack')}
          removeLabel={(index) => t('inventory.catalog.form.removePack', { number: index + 1 })}
          onChange={(packs) => set({ packs })}
          empty={() => ({ name: '', size: '' })}
          render={(pack, index, update) => (
            <>
              <input
                type="text"
                aria-label={t('inventory.catalog.form.packName', { number: index + 1 })}
                placeholder={t('inventory.catalog.form.packNamePlaceholder')}
                value={pack.name}
                onChange={(event) => update({ ...pack, name: event.target.value })}
              />
              <span className="pack-equals" aria-hidden="true">=</span>
              <input
                type="text"
                inputMode="decimal"
                className="input-quantity"
                aria-label={t('inventory.catalog.form.packSize', { number: index + 1, unit })}
                value={pack.size}
                onChange={(event) => update({ ...pack, size: event.target.value })}
              />
              <span className="muted">{unit}</span>
            </>
          )}
        />

        <ListEditor
          legend={t('inventory.catalog.fields.barcodes')}
          hint={t('inventory.catalog.form.barcodesHint')}
          error={messageOf('barcodes')}
          items={values.barcodes}
          addLabel={t('inventory.catalog.form.addBarcode')}
          removeLabel={(index) => t('inventory.catalog.form.removeBarcode', { number: index + 1 })}
          onChange={(barcodes) => set({ barcodes })}
          empty={() => ''}
          addOnEnter
          render={(code, index, update) => (
            <input
              type="text"
              className="input-barcode"
              autoComplete="off"
              spellCheck={false}
              aria-label={t('inventory.catalog.form.barcode', { number: index + 1 })}
              value={code}
              onChange={(event) => update(event.target.value)}
            />
          )}
        />
      </div>

      <div className="form-grid">
        <Field {...field('vatCodeId', t('inventory.catalog.fields.vatCode'))}>
          {(a11y) => (
            <select {...a11y} value={values.vatCodeId} onChange={(event) => set({ vatCodeId: event.target.value })}>
              <option value="">{t('inventory.catalog.form.noVatCode')}</option>
              {vatChoices.map((code) => (
                <option key={code.id} value={code.id}>
                  {code.code} — {code.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field {...field('accountId', t('inventory.catalog.fields.account'), t('inventory.catalog.form.accountHint'))} className="span-2">
          {(a11y) => <AccountPicker {...a11y} options={accountChoices} value={values.accountId} onChange={(accountId) => set({ accountId })} placeholder={t('inventory.catalog.form.noAccount')} />}
        </Field>
        <Field {...field('reorderPoint', t('inventory.catalog.fields.reorderPoint'), t('inventory.catalog.form.inUnit', { unit }))}>
          {(a11y) => <input type="text" inputMode="decimal" className="input-quantity" {...a11y} value={values.reorderPoint} onChange={(event) => set({ reorderPoint: event.target.value })} />}
        </Field>
        <Field {...field('reorderQuantity', t('inventory.catalog.fields.reorderQuantity'), t('inventory.catalog.form.inUnit', { unit }))}>
          {(a11y) => <input type="text" inputMode="decimal" className="input-quantity" {...a11y} value={values.reorderQuantity} onChange={(event) => set({ reorderQuantity: event.target.value })} />}
        </Field>
      </div>
      <Field {...field('notes', t('inventory.catalog.fields.notes'))}>
        {(a11y) => <textarea rows={2} {...a11y} value={values.notes} onChange={(event) => set({ notes: event.target.value })} />}
      </Field>

      <FailureNote message={failure} />
      <div className="form-actions button-row">
        <button type="submit" className="button button-primary" disabled={saving}>
          {existing ? t('inventory.catalog.form.saveChanges') : t('inventory.catalog.form.add')}
        </button>
        <button type="button" className="button" onClick={() => go('inventory', ['items'])}>
          {t('components.confirm.cancel')}
        </button>
        <span className="muted form-shortcut">{t('inventory.catalog.form.shortcut')}</span>
        {existing ? (
          <button type="button" className="button button-quiet-danger item-archive" onClick={() => void archive(!existing.archived)}>
            {existing.archived ? t('inventory.catalog.form.restore') : t('inventory.catalog.form.archive')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
