import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatQuantity } from '../../../../../shared/catalog/quantities';
import { requestStatuses, type PurchaseOrder, type PurchaseRequest } from '../../../../../shared/purchasing/types';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { dateText } from '../../../components/dateText';
import { notify } from '../../../components/notices';
import { useNavigationStore } from '../../../app/navigationStore';
import { appDb, viewing } from '../../../db/appDb';
import { decideRequest, readRequestRows } from '../../../db/repositories/purchasing/requests';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { unitLabel } from '../../inventory/catalog/catalogText';
import { refusalText } from '../problemText';
import { OrderRequestsDialog } from './OrderRequestsDialog';
import { standingText } from './requestText';

const orderable = (request: PurchaseRequest) => request.status === 'open' || request.status === 'approved';

/** Every request with where it stands; the office manager approves, rejects and orders from here. */
export function RequestList() {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const go = useNavigationStore((state) => state.go);
  const rows = useLiveQuery(() => readRequestRows(appDb), []);
  const [status, setStatus] = useState('');
  const [who, setWho] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [rejecting, setRejecting] = useState<PurchaseRequest | null>(null);
  const [reason, setReason] = useState('');
  const [ordering, setOrdering] = useState<PurchaseRequest[] | null>(null);
  const [created, setCreated] = useState<PurchaseOrder[]>([]);

  const shown = useMemo(() => {
    const text = who.trim().toLocaleLowerCase();
    return (rows ?? []).filter(
      ({ request }) =>
        (status === '' || request.status === status) &&
        (text === '' || [request.requestedBy, request.department, request.description, request.number].some((field) => field.toLocaleLowerCase().includes(text))),
    );
  }, [rows, status, who]);
  const chosen = (rows ?? []).filter(({ request }) => selected.has(request.id) && orderable(request)).map(({ request }) => request);

  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      notify({ text: refusalText(error, t) ?? t('errors.unexpected', { message: String(error) }), tone: 'problem' });
    }
  };
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const quantityText = (request: PurchaseRequest) => `${formatQuantity(request.quantity, request.unit, regional.locale)} ${unitLabel(request.unit.code, t)}`;

  return (
    <section className="panel request-list" aria-labelledby="request-list-heading">
      <h2 id="request-list-heading">{t('purchasing.requests.list.title')}</h2>
      <div className="toolbar">
        <label>
          {t('purchasing.requests.list.status')}{' '}
          <select value={status} onChange={(event) => setStatus(event.target.value)}>
            <option value="">{t('purchasing.requests.list.allStatuses')}</option>
            {requestStatuses.map((option) => (
              <option key={option} value={option}>
                {t(`purchasing.requests.status.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('purchasing.requests.list.who')} <input type="search" value={who} onChange={(event) => setWho(event.target.value)} />
        </label>
        <button type="button" className="button button-primary" disabled={chosen.length === 0 || viewing !== null} onClick={() => setOrdering(chosen)}>
          {t('purchasing.requests.list.createOrders', { n: chosen.length })}
        </button>
      </div>
      {created.length > 0 ? (
        <p className="request-created" role="status">
          {t('purchasing.requests.list.created')}{' '}
          {created.map((order) => (
            <button key={order.id} type="button" className="link-button" onClick={() => go('purchasing', ['orders', order.id])}>
              {order.number} · {order.supplierName}
            </button>
          ))}
        </p>
      ) : null}
      {rows && shown.length === 0 ? <p className="empty-state">{t(rows.length === 0 ? 'purchasing.requests.list.empty' : 'purchasing.requests.list.noneFiltered')}</p> : null}
      {shown.length > 0 ? (
        <table className="table requests-table" data-testid="requests">
          <caption className="visually-hidden">{t('purchasing.requests.list.title')}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('purchasing.requests.list.select')}</span>
              </th>
              <th scope="col">{t('purchasing.requests.list.number')}</th>
              <th scope="col">{t('purchasing.requests.list.what')}</th>
              <th scope="col" className="amount">{t('purchasing.requests.list.quantity')}</th>
              <th scope="col">{t('purchasing.requests.list.requestedBy')}</th>
              <th scope="col">{t('purchasing.requests.list.neededBy')}</th>
              <th scope="col">{t('purchasing.requests.list.standing')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('purchasing.requests.list.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ request, standing }) => (
              <tr key={request.id} data-request={request.number}>
                <td>
                  {orderable(request) ? (
                    <input type="checkbox" aria-label={t('purchasing.requests.list.selectOne', { number: request.number })} checked={selected.has(request.id)} onChange={() => toggle(request.id)} />
                  ) : null}
                </td>
                <td className="request-number">{request.number}</td>
                <th scope="row">{request.description}</th>
                <td className="amount">{quantityText(request)}</td>
                <td>{[request.requestedBy, request.department].filter(Boolean).join(' · ')}</td>
                <td>{request.neededBy ? dateText(request.neededBy, regional) : ''}</td>
                <td className={`request-standing standing-${standing.kind}`}>
                  {standing.kind === 'ordered' && standing.orderNumber ? (
                    <button type="button" className="link-button" onClick={() => go('purchasing', ['orders', standing.orderId])}>
                      {standingText(standing, t)}
                    </button>
                  ) : (
                    standingText(standing, t)
                  )}
                </td>
                <td className="request-actions">
                  {request.status === 'open' ? (
                    <button type="button" className="button button-small" disabled={viewing !== null} aria-label={t('purchasing.requests.list.approveOne', { number: request.number })} onClick={() => void run(() => decideRequest(appDb, request.id, 'approved', ''))}>
                      {t('purchasing.requests.list.approve')}
                    </button>
                  ) : null}
                  {orderable(request) ? (
                    <button type="button" className="button button-small button-quiet-danger" disabled={viewing !== null} aria-label={t('purchasing.requests.list.rejectOne', { number: request.number })} onClick={() => { setReason(''); setRejecting(request); }}>
                      {t('purchasing.requests.list.reject')}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <ConfirmDialog
        open={rejecting !== null}
        title={t('purchasing.requests.reject.title', { number: rejecting?.number ?? '' })}
        confirmLabel={t('purchasing.requests.list.reject')}
        danger
        canConfirm={reason.trim() !== ''}
        onCancel={() => setRejecting(null)}
        onConfirm={() => {
          const request = rejecting;
          setRejecting(null);
          if (request) void run(() => decideRequest(appDb, request.id, 'rejected', reason));
        }}
      >
        <label className="field">
          {t('purchasing.requests.reject.reason')}
          <textarea rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />
        </label>
      </ConfirmDialog>
      <OrderRequestsDialog
        requests={ordering}
        onCancel={() => setOrdering(null)}
        onCreated={(orders) => {
          setOrdering(null);
          setSelected(new Set());
          setCreated(orders);
          notify({ text: t('purchasing.requests.list.createdNotice', { count: orders.length }) });
        }}
      />
    </section>
  );
}
