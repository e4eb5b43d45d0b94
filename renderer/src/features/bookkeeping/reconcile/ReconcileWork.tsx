import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReconciliationState } from '../../../../../shared/bank';
import { formatDate } from '../../../../../shared/dates';
import { formatAmount } from '../../../../../shared/money';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FailureNote } from '../../../components/FailureNote';
import { notify } from '../../../components/notices';
import type { ReconciliationRecord } from '../../../db/bankRecords';
import { bankRepository } from '../../../db/repositories';
import { describeBankError } from '../bank/bankText';
import type { ReconcileRow } from './reconcileView';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

type WorkProps = { reconciliation: ReconciliationRecord; figures: ReconciliationState; rows: readonly ReconcileRow[]; currency: string };

/** The open reconciliation's figures as postings are ticked; Finish once the difference is zero. */
export function ReconcileWork({ reconciliation, figures, rows, currency }: WorkProps) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const money = (minor: number) => formatAmount(minor, currency, regional.locale);
  const dueIds = rows.filter((row) => !row.reconciled && !row.ticked && row.date <= reconciliation.statementDate).map((row) => row.id);

  const act = async (work: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
      if (done) notify({ text: done });
    } catch (error) {
      setFailure(describeBankError(error, t, regional, currency));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="panel reconcile-work">
      <h3>{t('reconcile.work.heading', { date: formatDate(reconciliation.statementDate, regional, 'long') })}</h3>
      <dl className="facts reconcile-figures">
        <dt>{t('reconcile.closingBalance', { currency })}</dt>
        <dd className="amount" data-testid="statement-balance">{money(reconciliation.closingBalance)}</dd>
        <dt>{t('reconcile.work.opening')}</dt>
        <dd className="amount">{money(reconciliation.openingBalance)}</dd>
        <dt>{t('reconcile.work.cleared', { count: figures.clearedCount })}</dt>
        <dd className="amount" data-testid="cleared-balance">{money(figures.clearedBalance)}</dd>
        <dt>{t('reconcile.work.difference')}</dt>
        <dd className={figures.difference === 0 ? 'amount difference is-zero' : 'amount difference'} data-testid="difference">
          {money(figures.difference)}
        </dd>
      </dl>
      {figures.clearedAfterStatementDate.length > 0 ? (
        <p className="status status-warning">{t('reconcile.work.afterStatementDate', { count: figures.clearedAfterStatementDate.length })}</p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={busy || !figures.canFinish}
          onClick={() => void act(() => bankRepository.finishReconciliation(reconciliation.id), t('reconcile.work.finished'))}
        >
          {t('reconcile.work.finish')}
        </button>
        <button type="button" className="button" disabled={busy || dueIds.length === 0} onClick={() => void act(() => bankRepository.tickPostings(reconciliation.id, dueIds, true))}>
          {t('reconcile.work.tickDue', { count: dueIds.length })}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => setCancelling(true)}>
          {t('reconcile.work.cancel')}
        </button>
      </div>
      {!figures.canFinish ? <p className="field-hint">{t('reconcile.work.finishHint')}</p> : null}
      <FailureNote message={failure} />
      <ConfirmDialog
        open={cancelling}
        title={t('reconcile.work.cancelTitle')}
        confirmLabel={t('reconcile.work.cancelConfirm')}
        danger
        onCancel={() => setCancelling(false)}
        onConfirm={() => {
          setCancelling(false);
          void act(() => bankRepository.cancelReconciliation(reconciliation.id));
        }}
      >
        <p>{t('reconcile.work.cancelBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
