import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/dates';
import { useNavigationStore } from '../../../app/navigationStore';
import { dateReadingError, dateText, readDate } from '../../../components/dateText';
import { DateInput } from '../../../components/DateInput';
import { Field } from '../../../components/Field';
import { appDb } from '../../../db/appDb';
import { createDraftOrders } from '../../../db/repositories/purchasing/draftOrders';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { refusalText } from '../problemText';
import { useSuppliers } from '../suppliers/useSuppliers';

/** A new order (['orders', 'new']): pick the supplier and the date; the lines follow on the order's page. */
export function NewOrder() {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const go = useNavigationStore((state) => state.go);
  const suppliers = useSuppliers()?.filter((supplier) => !supplier.archived);
  const [supplierId, setSupplierId] = useState('');
  const [date, setDate] = useState(() => dateText(todayIso(), regional));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { supplier: useId(), date: useId() };
  const reading = readDate(date, regional);
  const dateError = reading.kind === 'date' ? undefined : (dateReadingError(reading, t) ?? t('purchasing.orders.dateRequired'));

  const create = async () => {
    if (!supplierId || reading.kind !== 'date') return;
    setBusy(true);
    try {
      const [order] = await createDraftOrders(appDb, [{ supplierId, orderDate: reading.iso, lines: [] }]);
      go('purchasing', ['orders', order!.id]);
    } catch (error) {
      setProblem(refusalText(error, t) ?? String(error));
      setBusy(false);
    }
  };

  return (
    <section className="panel orders-new" aria-labelledby={`${ids.supplier}-heading`}>
      <h2 id={`${ids.supplier}-heading`}>{t('purchasing.orders.newHeading')}</h2>
      {suppliers && suppliers.length === 0 ? <p className="empty-state">{t('purchasing.orders.noSuppliers')}</p> : null}
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <Field id={ids.supplier} label={t('purchasing.orders.fields.supplier')}>
          {(a11y) => (
            <select {...a11y} value={supplierId} onChange={(event) => setSupplierId(event.target.value)} required>
              <option value="">{t('purchasing.orders.pickSupplier')}</option>
              {(suppliers ?? []).map((supplier) => (
                <option key={supplier.id} value={supplier.id}>
                  {supplier.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={ids.date} label={t('purchasing.orders.fields.orderDate')} error={date.trim() ? dateError : undefined}>
          {(a11y) => <DateInput {...a11y} className="input-short" value={date} onChange={setDate} />}
        </Field>
        {problem ? <p className="status status-error" role="alert">{problem}</p> : null}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy || !supplierId || reading.kind !== 'date'}>
            {t('purchasing.orders.createDraft')}
          </button>
          <button type="button" className="button" onClick={() => go('purchasing', ['orders'])}>
            {t('purchasing.orders.backToList')}
          </button>
        </div>
      </form>
    </section>
  );
}
