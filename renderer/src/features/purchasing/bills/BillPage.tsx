import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/dates';
import type { PurchaseBill } from '../../../../../shared/purchasing/types';
import { FailureNote } from '../../../components/FailureNote';
import { appDb } from '../../../db/appDb';
import { newBillFor } from '../../../db/repositories/purchasing/bills';
import { describeBookkeepingError } from '../../bookkeeping/problemText';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { refusalText } from '../problemText';
import { BillEditor } from './BillEditor';
import { useBillContext } from './useBills';
import './bills.css';

/** A bill: a new one for an order (['bills','new',orderId]) or a stored one (['bills', id]). */
export function BillPage({ billId, newForOrder }: { billId?: string; newForOrder?: string }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const stored = useLiveQuery(async () => (billId ? ((await appDb.purchaseBills.get(billId)) ?? null) : null), [billId]);
  const [fresh, setFresh] = useState<PurchaseBill | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    if (!newForOrder) return;
    let live = true;
    newBillFor(appDb, newForOrder, todayIso()).then(
      (bill) => live && setFresh(bill),
      (error: unknown) => live && setFailure(refusalText(error, t) ?? describeBookkeepingError(error, t, regional)),
    );
    return () => {
      live = false;
    };
  }, [newForOrder, t, regional]);
  const bill = newForOrder ? fresh : stored;
  if (failure) return <section className="panel"><FailureNote message={failure} /></section>;
  if (bill === null && billId && stored === null) return <section className="panel"><p className="empty-state">{t('purchasing.bills.missing')}</p></section>;
  if (!bill) return <section className="panel" aria-busy="true" />;
  return <BillWithContext key={bill.id} bill={bill} />;
}

function BillWithContext({ bill }: { bill: PurchaseBill }) {
  // A draft may take in more orders of the supplier; the comparison follows them.
  const [orderIds, setOrderIds] = useState(bill.orderIds);
  const shown = bill.status === 'posted' ? bill.orderIds : orderIds;
  const context = useBillContext(shown, bill.supplierId);
  if (!context) return <section className="panel" aria-busy="true" />;
  return <BillEditor bill={{ ...bill, orderIds: shown }} context={context} onAddOrder={(orderId) => setOrderIds((current) => [...current, orderId])} />;
}
