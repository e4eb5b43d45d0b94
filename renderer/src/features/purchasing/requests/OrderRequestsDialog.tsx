import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { supplierOfRequest } from '../../../../../shared/purchasing/requests';
import type { PurchaseOrder, PurchaseRequest } from '../../../../../shared/purchasing/types';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FailureNote } from '../../../components/FailureNote';
import { appDb } from '../../../db/appDb';
import { orderRequests } from '../../../db/repositories/purchasing/requests';
import { refusalText } from '../problemText';
import { useSuppliers } from '../suppliers/useSuppliers';

type Props = { requests: PurchaseRequest[] | null; onCancel(): void; onCreated(orders: PurchaseOrder[]): void };

/**
 * Which supplier each chosen request goes to before the drafts are made: the item's
 * preferred supplier unless the user picks another; free text waits for a pick.
 */
export function OrderRequestsDialog({ requests, onCancel, onCreated }: Props) {
  const { t } = useTranslation();
  const suppliers = useSuppliers()?.filter((supplier) => !supplier.archived);
  const itemIds = (requests ?? []).flatMap((request) => (request.itemId ? [request.itemId] : []));
  const prices = useLiveQuery(() => appDb.supplierPrices.where('itemId').anyOf(itemIds).toArray(), [itemIds.join()]);
  const [picks, setPicks] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    setPicks({});
    setFailure(null);
  }, [requests]);

  const supplierOf = (request: PurchaseRequest) => supplierOfRequest(request, prices ?? [], picks) ?? '';
  const complete = (requests ?? []).every((request) => supplierOf(request) !== '');

  const create = async () => {
    if (!requests) return;
    setBusy(true);
    setFailure(null);
    try {
      const chosen = Object.fromEntries(requests.map((request) => [request.id, supplierOf(request)]));
      onCreated(await orderRequests(appDb, requests.map((request) => request.id), chosen));
    } catch (error) {
      setFailure(refusalText(error, t) ?? t('errors.unexpected', { message: String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ConfirmDialog
      open={requests !== null}
      title={t('purchasing.requests.order.title', { n: requests?.length ?? 0 })}
      confirmLabel={t('purchasing.requests.order.confirm')}
      busy={busy}
      canConfirm={complete && prices !== undefined}
      onCancel={onCancel}
      onConfirm={() => void create()}
    >
      <p className="muted">{t('purchasing.requests.order.intro')}</p>
      <table className="table request-order-table">
        <thead>
          <tr>
            <th scope="col">{t('purchasing.requests.list.number')}</th>
            <th scope="col">{t('purchasing.requests.list.what')}</th>
            <th scope="col">{t('purchasing.requests.order.supplier')}</th>
          </tr>
        </thead>
        <tbody>
          {(requests ?? []).map((request) => (
            <tr key={request.id}>
              <td>{request.number}</td>
              <th scope="row">
                {request.description}
                {request.itemId === null ? <span className="muted"> · {t('purchasing.requests.order.freeText')}</span> : null}
              </th>
              <td>
                <select
                  aria-label={t('purchasing.requests.order.supplierFor', { number: request.number })}
                  aria-invalid={supplierOf(request) === ''}
                  value={supplierOf(request)}
                  onChange={(event) => setPicks((current) => ({ ...current, [request.id]: event.target.value }))}
                >
                  <option value="">{t('purchasing.requests.order.pick')}</option>
                  {(suppliers ?? []).map((supplier) => (
                    <option key={supplier.id} value={supplier.id}>
                      {supplier.name}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FailureNote message={failure} />
    </ConfirmDialog>
  );
}
