import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayDo } from '../../../../../shared/purchasing/orderStates';
import type { PurchaseOrder } from '../../../../../shared/purchasing/types';
import { useNavigationStore } from '../../../app/navigationStore';
import { ConfirmDialog } from '../../../components/ConfirmDialog';

type Asked = 'cancel' | 'close' | 'delete' | null;

type ActionsProps = {
  order: PurchaseOrder;
  busy: boolean;
  /** Runs a state change (after saving what the user changed); resolves false when it was refused. */
  onSend(): Promise<unknown>;
  onCancel(): Promise<unknown>;
  onClose(): Promise<unknown>;
  onDelete(): Promise<unknown>;
};

/** The moves the order's state allows now, each behind a question where it cannot be undone. */
export function OrderActions({ order, busy, onSend, onCancel, onClose, onDelete }: ActionsProps) {
  const { t } = useTranslation();
  const go = useNavigationStore((state) => state.go);
  const [asked, setAsked] = useState<Asked>(null);
  const may = (action: Parameters<typeof mayDo>[1]) => mayDo(order.status, action);
  const anythingReceived = order.lines.some((line) => line.received > 0);
  const confirm = async () => {
    const run = asked === 'cancel' ? onCancel : asked === 'close' ? onClose : onDelete;
    setAsked(null);
    await run();
  };
  return (
    <div className="button-row order-actions" role="group" aria-label={t('purchasing.orders.actionsLabel')}>
      {may('order') ? (
        <button type="button" className="button button-primary" disabled={busy || order.lines.length === 0} onClick={() => void onSend()}>
          {t('purchasing.orders.actions.send')}
        </button>
      ) : null}
      {may('receive') ? (
        <button type="button" className="button button-primary" disabled={busy} onClick={() => go('purchasing', ['orders', order.id, 'receive'])}>
          {t('purchasing.orders.actions.receive')}
        </button>
      ) : null}
      {may('bill') && anythingReceived ? (
        <button type="button" className="button" disabled={busy} onClick={() => go('purchasing', ['bills', 'new', order.id])}>
          {t('purchasing.orders.actions.bill')}
        </button>
      ) : null}
      {may('close') ? (
        <button type="button" className="button" disabled={busy} onClick={() => setAsked('close')}>
          {t('purchasing.orders.actions.close')}
        </button>
      ) : null}
      {may('cancel') && !anythingReceived ? (
        <button type="button" className="button button-quiet-danger" disabled={busy} onClick={() => setAsked('cancel')}>
          {t('purchasing.orders.actions.cancel')}
        </button>
      ) : null}
      {may('delete') ? (
        <button type="button" className="button button-quiet-danger" disabled={busy} onClick={() => setAsked('delete')}>
          {t('purchasing.orders.actions.delete')}
        </button>
      ) : null}
      <ConfirmDialog
        open={asked !== null}
        title={asked ? t(`purchasing.orders.confirm.${asked}Title`, { number: order.number }) : ''}
        confirmLabel={asked ? t(`purchasing.orders.confirm.${asked}`) : ''}
        danger={asked !== 'close'}
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setAsked(null)}
      >
        {asked ? <p>{t(`purchasing.orders.confirm.${asked}Text`, { number: order.number })}</p> : null}
      </ConfirmDialog>
    </div>
  );
}
