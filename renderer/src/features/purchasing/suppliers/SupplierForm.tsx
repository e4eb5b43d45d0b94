import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyCodes } from '../../../../../shared/money';
import { PurchasingRejected, type PurchasingProblem } from '../../../../../shared/purchasing/problems';
import { emptySupplierForm, readSupplierForm, supplierFields, supplierFormOf, type SupplierField, type SupplierFormValues } from '../../../../../shared/purchasing/suppliers';
import type { Supplier, SupplierContact } from '../../../../../shared/purchasing/types';
import { useNavigationStore } from '../../../app/navigationStore';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FailureNote } from '../../../components/FailureNote';
import { Field } from '../../../components/Field';
import { notify } from '../../../components/notices';
import { appDb } from '../../../db/appDb';
import { deleteSupplier, saveSupplier, setSupplierArchived } from '../../../db/repositories/purchasing/suppliers';
import { describeIpcError } from '../../../ipc/client';
import { ListEditor } from '../../inventory/catalog/ListEditor';
import { refusalText } from '../problemText';
import { fieldMessage, otherMessages } from './supplierText';

const emptyContact = (): SupplierContact => ({ name: '', role: '', email: '', phone: '' });

/** Adding or changing a supplier: Ctrl+Enter saves; a refusal keeps everything typed and says why beside the field. */
export function SupplierForm({ existing, suppliers, currency }: { existing: Supplier | undefined; suppliers: Supplier[]; currency: string }) {
  const { t } = useTranslation();
  const go = useNavigationStore((state) => state.go);
  const prefix = useId();
  const [values, setValues] = useState<SupplierFormValues>(() => (existing ? supplierFormOf(existing) : emptySupplierForm(currency)));
  const [problems, setProblems] = useState<PurchasingProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [asking, setAsking] = useState<'archive' | 'delete' | null>(null);
  const set = (change: Partial<SupplierFormValues>) => setValues((current) => ({ ...current, ...change }));
  const toList = () => go('purchasing', ['suppliers']);

  const field = (name: SupplierField, hint?: string) => ({
    id: `${prefix}${name}`,
    label: t(`purchasing.suppliers.fields.${name}`),
    hint,
    error: fieldMessage(problems, name, t),
  });

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (saving) return;
    setFailure(null);
    // The repository's own rules, checked first against the suppliers on screen.
    const found = readSupplierForm(values, { ...(existing ? { existing } : {}), others: suppliers }).problems;
    setProblems(found);
    if (found.length > 0) {
      setFailure(otherMessages(found, supplierFields, t) ?? t('purchasing.suppliers.form.fixProblems'));
      return;
    }
    setSaving(true);
    try {
      const saved = await saveSupplier(appDb, values, existing?.id);
      notify({ text: t('purchasing.suppliers.form.saved', { name: saved.name }) });
      toList();
    } catch (error) {
      if (error instanceof PurchasingRejected) setProblems(error.problems);
      setFailure(refusalText(error, t) ?? t('purchasing.suppliers.form.failed', { message: describeIpcError(error, t) }));
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

  const act = async (action: 'archive' | 'restore' | 'delete') => {
    if (!existing) return;
    setAsking(null);
    try {
      if (action === 'delete') await deleteSupplier(appDb, existing.id);
      else await setSupplierArchived(appDb, existing.id, action === 'archive');
      const notice = { archive: 'archivedNotice', restore: 'restoredNotice', delete: 'deletedNotice' }[action];
      notify({ text: t(`purchasing.suppliers.form.${notice}`, { name: existing.name }) });
      if (action !== 'restore') toList();
    } catch (error) {
      setFailure(refusalText(error, t) ?? describeIpcError(error, t));
    }
  };

  const title = existing ? t('purchasing.suppliers.form.editTitle', { name: existing.name }) : t('purchasing.suppliers.form.newTitle');
  const contactInput = (contact: SupplierContact, index: number, update: (contact: SupplierContact) => void, key: keyof SupplierContact, type = 'text') => (
    <input
      type={type}
      className={`contact-${key}`}
      aria-label={t(`purchasing.suppliers.contact.${key}`, { number: index + 1 })}
      placeholder={t(`purchasing.suppliers.contact.${key}Placeholder`)}
      value={contact[key]}
      onChange={(event) => update({ ...contact, [key]: event.target.value })}
    />
  );

  return (
    <form className="panel form supplier-form" noValidate aria-label={title} onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown}>
      <p className="back-link">
        <a
          href="#/purchasing/suppliers"
          onClick={(event) => {
            event.preventDefault();
            toList();
          }}
        >
          {t('purchasing.suppliers.form.back')}
        </a>
      </p>
      <div className="item-title">
        <h2>{title}</h2>
        {existing?.archived ? <span className="badge archived-badge">{t('purchasing.suppliers.archived')}</span> : null}
      </div>
      {existing && existing.otherNames.length > 0 ? (
        <p className="muted" data-testid="supplier-other-names">
          {t('purchasing.suppliers.form.otherNames', { names: existing.otherNames.join(', ') })}
        </p>
      ) : null}
      <div className="form-grid">
        <Field {...field('name')} className="span-2">
          {(a11y) => <input type="text" autoFocus autoComplete="off" {...a11y} value={values.name} onChange={(event) => set({ name: event.target.value })} />}
        </Field>
        <Field {...field('taxNumber')}>
          {(a11y) => <input type="text" autoComplete="off" {...a11y} value={values.taxNumber} onChange={(event) => set({ taxNumber: event.target.value })} />}
        </Field>
        <Field {...field('email')}>
          {(a11y) => <input type="email" autoComplete="off" {...a11y} value={values.email} onChange={(event) => set({ email: event.target.value })} />}
        </Field>
        <Field {...field('phone')}>
          {(a11y) => <input type="tel" autoComplete="off" {...a11y} value={values.phone} onChange={(event) => set({ phone: event.target.value })} />}
        </Field>
        <Field {...field('currency', t('purchasing.suppliers.hints.currency'))}>
          {(a11y) => (
            <input type="text" className="input-tiny" list={`${prefix}currencies`} autoComplete="off" {...a11y} value={values.currency} onChange={(event) => set({ currency: event.target.value })} />
          )}
        </Field>
        <Field {...field('paymentTermsDays', t('purchasing.suppliers.hints.paymentTermsDays'))}>
          {(a11y) => <input type="text" inputMode="numeric" className="input-quantity" {...a11y} value={values.paymentTermsDays} onChange={(event) => set({ paymentTermsDays: event.target.value })} />}
        </Field>
        <Field {...field('leadTimeDays', t('purchasing.suppliers.hints.leadTimeDays'))}>
          {(a11y) => <input type="text" inputMode="numeric" className="input-quantity" {...a11y} value={values.leadTimeDays} onChange={(event) => set({ leadTimeDays: event.target.value })} />}
        </Field>
        <Field {...field('tolerance', t('purchasing.suppliers.hints.tolerance'))}>
          {(a11y) => <input type="text" inputMode="decimal" className="input-quantity" {...a11y} value={values.tolerance} onChange={(event) => set({ tolerance: event.target.value })} />}
        </Field>
        <Field {...field('address')} className="span-2">
          {(a11y) => <textarea rows={3} {...a11y} value={values.address} onChange={(event) => set({ address: event.target.value })} />}
        </Field>
      </div>
      <datalist id={`${prefix}currencies`}>
        {currencyCodes.map((code) => (
          <option key={code} value={code} />
        ))}
      </datalist>
      <ListEditor
        legend={t('purchasing.suppliers.fields.contacts')}
        error={fieldMessage(problems, 'contacts', t)}
        items={values.contacts}
        addLabel={t('purchasing.suppliers.contact.add')}
        removeLabel={(index) => t('purchasing.suppliers.contact.remove', { number: index + 1 })}
        onChange={(contacts) => set({ contacts })}
        empty={emptyContact}
        render={(contact, index, update) => (
          <>
            {contactInput(contact, index, update, 'name')}
            {contactInput(contact, index, update, 'role')}
            {contactInput(contact, index, update, 'email', 'email')}
            {contactInput(contact, index, update, 'phone', 'tel')}
          </>
        )}
      />
      <Field {...field('notes')}>
        {(a11y) => <textarea rows={2} {...a11y} value={values.notes} onChange={(event) => set({ notes: event.target.value })} />}
      </Field>

      <FailureNote message={failure} />
      <div className="form-actions button-row">
        <button type="submit" className="button button-primary" disabled={saving}>
          {existing ? t('purchasing.suppliers.form.saveChanges') : t('purchasing.suppliers.form.add')}
        </button>
        <button type="button" className="button" onClick={toList}>
          {t('components.confirm.cancel')}
        </button>
        <span className="muted form-shortcut">{t('purchasing.suppliers.form.shortcut')}</span>
        {existing ? (
          <span className="supplier-record-actions">
            {existing.archived ? (
              <button type="button" className="button" onClick={() => void act('restore')}>
                {t('purchasing.suppliers.form.restore')}
              </button>
            ) : (
              <button type="button" className="button button-quiet-danger" onClick={() => setAsking('archive')}>
                {t('purchasing.suppliers.form.archive')}
              </button>
            )}
            <button type="button" className="button button-quiet-danger" onClick={() => setAsking('delete')}>
              {t('purchasing.suppliers.form.delete')}
            </button>
          </span>
        ) : null}
      </div>
      {existing ? (
        <ConfirmDialog
          open={asking !== null}
          title={t(asking === 'delete' ? 'purchasing.suppliers.form.deleteTitle' : 'purchasing.suppliers.form.archiveTitle', { name: existing.name })}
          confirmLabel={t(asking === 'delete' ? 'purchasing.suppliers.form.delete' : 'purchasing.suppliers.form.archive')}
          danger={asking === 'delete'}
          onConfirm={() => void act(asking ?? 'archive')}
          onCancel={() => setAsking(null)}
        >
          <p>{t(asking === 'delete' ? 'purchasing.suppliers.form.deleteBody' : 'purchasing.suppliers.form.archiveBody')}</p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}
