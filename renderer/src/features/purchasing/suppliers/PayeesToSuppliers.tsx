import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PayeeProposal } from '../../../../../shared/purchasing/suppliersFromPayees';
import { useNavigationStore } from '../../../app/navigationStore';
import { dateText } from '../../../components/dateText';
import { FailureNote } from '../../../components/FailureNote';
import { notify } from '../../../components/notices';
import { appDb } from '../../../db/appDb';
import { createSuppliersFromPayees, readPayeeProposals } from '../../../db/repositories/purchasing/suppliers';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { describeIpcError } from '../../../ipc/client';
import { refusalText } from '../problemText';

/**
 * Bookkeeping's payees of bills and payments that are no supplier yet, each with a tick;
 * spellings of one name (case, spaces) are one row, and the user picks which spelling is
 * the supplier's name. One write makes every ticked one a supplier.
 */
export function PayeesToSuppliers({ currency }: { currency: string }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const go = useNavigationStore((state) => state.go);
  const prefix = useId();
  const proposals = useLiveQuery(() => readPayeeProposals(appDb), []);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [names, setNames] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameOf = (proposal: PayeeProposal) => names[proposal.key] ?? proposal.name;
  const chosen = (proposals ?? []).filter((proposal) => picked.has(proposal.key));
  const toggle = (key: string) =>
    setPicked((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  const create = async () => {
    if (busy || chosen.length === 0) return;
    setBusy(true);
    setFailure(null);
    try {
      const created = await createSuppliersFromPayees(appDb, chosen.map((proposal) => ({ name: nameOf(proposal), spellings: proposal.spellings })), currency);
      notify({ text: t('purchasing.suppliers.payees.created', { count: created.length }) });
      setPicked(new Set());
    } catch (error) {
      setFailure(refusalText(error, t) ?? describeIpcError(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel payees-to-suppliers" aria-labelledby={`${prefix}heading`}>
      <p className="back-link">
        <a
          href="#/purchasing/suppliers"
          onClick={(event) => {
            event.preventDefault();
            go('purchasing', ['suppliers']);
          }}
        >
          {t('purchasing.suppliers.payees.back')}
        </a>
      </p>
      <h2 id={`${prefix}heading`}>{t('purchasing.suppliers.payees.heading')}</h2>
      {!proposals ? null : proposals.length === 0 ? (
        <p className="empty-state" data-testid="payees-none">
          {t('purchasing.suppliers.payees.none')}
        </p>
      ) : (
        <>
          <p className="muted">{t('purchasing.suppliers.payees.intro')}</p>
          <table className="table payees-table" aria-label={t('purchasing.suppliers.payees.tableLabel')} data-testid="payees-table">
            <thead>
              <tr>
                <th scope="col" className="pick">{t('purchasing.suppliers.payees.columns.pick')}</th>
                <th scope="col">{t('purchasing.suppliers.payees.columns.payee')}</th>
                <th scope="col">{t('purchasing.suppliers.payees.columns.spellings')}</th>
                <th scope="col" className="amount">{t('purchasing.suppliers.payees.columns.postings')}</th>
                <th scope="col">{t('purchasing.suppliers.payees.columns.lastDate')}</th>
              </tr>
            </thead>
            <tbody>
              {proposals.map((proposal) => (
                <tr key={proposal.key} data-payee={proposal.name}>
                  <td className="pick">
                    <input type="checkbox" aria-label={t('purchasing.suppliers.payees.pick', { name: proposal.name })} checked={picked.has(proposal.key)} onChange={() => toggle(proposal.key)} />
                  </td>
                  <td>
                    {proposal.spellings.length > 1 ? (
                      <select
                        aria-label={t('purchasing.suppliers.payees.nameOf', { name: proposal.name })}
                        value={nameOf(proposal)}
                        onChange={(event) => setNames((current) => ({ ...current, [proposal.key]: event.target.value }))}
                      >
                        {proposal.spellings.map((spelling) => (
                          <option key={spelling} value={spelling}>
                            {spelling}
                          </option>
                        ))}
                      </select>
                    ) : (
                      proposal.name
                    )}
                  </td>
                  <td className="muted">{proposal.spellings.filter((spelling) => spelling !== nameOf(proposal)).join(', ')}</td>
                  <td className="amount">{proposal.postings}</td>
                  <td>{dateText(proposal.lastDate, regional)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <FailureNote message={failure} />
          <div className="button-row">
            <button type="button" className="button button-primary" disabled={busy || chosen.length === 0} onClick={() => void create()}>
              {t('purchasing.suppliers.payees.create', { count: chosen.length })}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
