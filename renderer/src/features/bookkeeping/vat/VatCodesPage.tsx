import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VatCode } from '../../../../../shared/ledger/types';
import { numberSymbolsOf } from '../../../../../shared/money';
import { accountOptions } from '../../../components/accountOptions';
import { notify } from '../../../components/notices';
import { ledgerRepository } from '../../../db/repositories';
import type { Books } from '../useBooks';
import { ratePercentInputText } from './ratePercent';
import { VatCodeForm, type VatCodeChange } from './VatCodeForm';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

type Editing = { kind: 'add' } | { kind: 'edit'; code: VatCode } | null;

/** The VAT codes: code, name, rate, input or output, and the account the tax goes to. */
export function VatCodesPage({ books }: { books: Books }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const [editing, setEditing] = useState<Editing>(null);
  const decimal = numberSymbolsOf(regional.locale).decimal;
  const labels = useMemo(() => new Map(accountOptions(books.accounts, { includeArchived: true }).map((option) => [option.id, option.label])), [books.accounts]);
  const codes = useMemo(() => [...books.vatCodes].sort((a, b) => a.kind.localeCompare(b.kind) || a.code.localeCompare(b.code, 'en', { numeric: true })), [books.vatCodes]);

  const save = async (change: VatCodeChange) => {
    const saved = await ledgerRepository.saveVatCode(change);
    notify({ text: t('bookkeeping.vat.saved', { code: saved.code }) });
    setEditing(null);
  };

  return (
    <section aria-labelledby="vat-heading">
      <h2 id="vat-heading" className="visually-hidden">
        {t('bookkeeping.vat.heading')}
      </h2>
      <div className="toolbar">
        <button type="button" className="button button-primary" onClick={() => setEditing({ kind: 'add' })} disabled={editing !== null}>
          {t('bookkeeping.vat.add')}
        </button>
      </div>
      {editing ? (
        <div className="panel">
          <h3>{editing.kind === 'edit' ? t('bookkeeping.vat.editTitle', { code: editing.code.code }) : t('bookkeeping.vat.addTitle')}</h3>
          <VatCodeForm
            key={editing.kind === 'edit' ? editing.code.id : 'new'}
            existing={editing.kind === 'edit' ? editing.code : undefined}
            vatCodes={books.vatCodes}
            accounts={books.accounts}
            onSave={save}
            onCancel={() => setEditing(null)}
          />
        </div>
      ) : null}
      {codes.length === 0 ? (
        <p className="panel empty-state">{t('bookkeeping.vat.empty')}</p>
      ) : (
        <div className="panel panel-flush">
          <table className="table vat-table">
            <caption className="visually-hidden">{t('bookkeeping.vat.tableLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('bookkeeping.vat.code')}</th>
                <th scope="col">{t('bookkeeping.vat.name')}</th>
                <th scope="col" className="amount">{t('bookkeeping.vat.rate')}</th>
                <th scope="col">{t('bookkeeping.vat.kind')}</th>
                <th scope="col">{t('bookkeeping.vat.account')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('bookkeeping.accounts.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {codes.map((code) => (
                <tr key={code.id} className={code.archived ? 'is-archived' : undefined}>
                  <th scope="row">{code.code}</th>
                  <td>
                    {code.name}
                    {code.archived ? <span className="badge badge-pending archived-badge">{t('bookkeeping.accounts.archived')}</span> : null}
                  </td>
                  <td className="amount">{ratePercentInputText(code.rate, decimal)} %</td>
                  <td>{t(`bookkeeping.vat.kinds.${code.kind}`)}</td>
                  <td>{labels.get(code.accountId) ?? ''}</td>
                  <td className="col-actions">
                    <button type="button" className="button button-small" onClick={() => setEditing({ kind: 'edit', code })} aria-label={t('bookkeeping.vat.editNamed', { code: code.code })}>
                      {t('bookkeeping.vat.edit')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
