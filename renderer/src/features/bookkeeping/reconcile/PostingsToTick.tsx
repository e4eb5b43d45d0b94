import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/dates';
import { formatAmount } from '../../../../../shared/money';
import { VirtualTable, type VirtualColumn } from '../../../components/VirtualTable';
import type { ReconciliationRecord } from '../../../db/bankRecords';
import { bankRepository } from '../../../db/repositories';
import { visibleRows, type ReconcileRow } from './reconcileView';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

/** The account's postings: a box to tick each open one while reconciling, ✓ for those reconciled before. */
export function PostingsToTick({ rows, open, currency }: { rows: readonly ReconcileRow[]; open: ReconciliationRecord | null; currency: string }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const [hideReconciled, setHideReconciled] = useState(false);
  const shown = visibleRows(rows, !hideReconciled);
  const money = (minor: number) => (minor === 0 ? '' : formatAmount(minor, currency, regional.locale));
  // A tick shows at once; it is dropped here once the stored tick (read back live) agrees, or the write failed.
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  const tickedNow = (row: ReconcileRow) => pending.get(row.id) ?? row.ticked;
  const forget = (ids: readonly string[]) =>
    setPending((before) => {
      const after = new Map(before);
      for (const id of ids) after.delete(id);
      return after.size === before.size ? before : after;
    });
  useEffect(() => {
    const settled = rows.filter((row) => pending.has(row.id) && pending.get(row.id) === row.ticked).map((row) => row.id);
    if (settled.length > 0) forget(settled);
  }, [rows, pending]);
  const tick = (row: ReconcileRow, cleared: boolean) => {
    if (!open) return;
    setPending((before) => new Map(before).set(row.id, cleared));
    bankRepository.tickPostings(open.id, [row.id], cleared).catch(() => forget([row.id]));
  };

  const columns: VirtualColumn<ReconcileRow>[] = [
    {
      key: 'state',
      header: t('reconcile.postings.state'),
      width: '4.5rem',
      render: (row) =>
        row.reconciled ? (
          <span className="reconciled-mark" title={t('reconcile.postings.reconciled')} aria-label={t('reconcile.postings.reconciled')}>
            ✓
          </span>
        ) : open ? (
          <input type="checkbox" checked={tickedNow(row)} aria-label={t('reconcile.postings.tick', { number: row.number, date: formatDate(row.date, regional, 'short') })} onChange={(event) => tick(row, event.target.checked)} />
        ) : null,
    },
    { key: 'date', header: t('bank.fields.date'), width: '7rem', render: (row) => formatDate(row.date, regional, 'short') },
    { key: 'number', header: t('reconcile.postings.number'), width: '7.5rem', render: (row) => row.number },
    { key: 'text', header: t('reconcile.postings.text'), width: 'minmax(10rem, 1fr)', render: (row) => [row.payee, row.memo].filter(Boolean).join(' · ') },
    { key: 'in', header: t('reconcile.postings.deposit'), width: '9rem', align: 'end', render: (row) => money(Math.max(row.amount, 0)) },
    { key: 'out', header: t('reconcile.postings.payment'), width: '9rem', align: 'end', render: (row) => money(Math.max(-row.amount, 0)) },
  ];

  return (
    <div className="panel reconcile-postings">
      <div className="toolbar">
        <h3>{t('reconcile.postings.heading')}</h3>
        <label className="field-check">
          <input type="checkbox" checked={hideReconciled} onChange={(event) => setHideReconciled(event.target.checked)} />
          {t('reconcile.postings.hideReconciled')}
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="muted">{t('reconcile.postings.empty')}</p>
      ) : (
        <VirtualTable
          label={t('reconcile.postings.tableLabel')}
          rows={shown}
          columns={columns}
          rowKey={(row) => row.id}
          rowClassName={(row) => (row.reconciled ? 'is-reconciled' : tickedNow(row) ? 'is-ticked' : undefined)}
          height="50vh"
          testId="reconcile-postings"
        />
      )}
    </div>
  );
}
