import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryLine } from '../../../../../shared/ledger/types';
import { formatAmount } from '../../../../../shared/money';
import { accountOptions } from '../../../components/accountOptions';
import type { Books } from '../useBooks';
import { entryTotalsOf } from './entryTotals';
import { EntryTotalsRow } from './EntryTotalsRow';
import './entries.css';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

type EntryLinesTableProps = {
  lines: readonly EntryLine[];
  currency: string;
  books: Books;
  caption: string;
  /** Show the line memo column (posted entries); previews leave it out. */
  withMemo?: boolean;
  /** Show the VAT code column (a closing entry has none). */
  withVat?: boolean;
  testId?: string;
};

/** An entry's lines, read-only: account (code and name), debit, credit, memo, VAT code, with totals. */
export function EntryLinesTable({ lines, currency, books, caption, withMemo = false, withVat = true, testId }: EntryLinesTableProps) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const labels = useMemo(() => new Map(accountOptions(books.accounts, { includeArchived: true }).map((option) => [option.id, option])), [books.accounts]);
  const vatById = useMemo(() => new Map(books.vatCodes.map((code) => [code.id, code.code])), [books.vatCodes]);
  const amount = (minor: number, lineCurrency = currency) => (minor === 0 ? '' : formatAmount(minor, lineCurrency, regional.locale));
  return (
    <table className="lines-grid lines-readonly" data-testid={testId}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="col-number">#</th>
          <th scope="col">{t('bookkeeping.editor.account')}</th>
          <th scope="col" className="col-amount amount">{t('bookkeeping.editor.debit')}</th>
          <th scope="col" className="col-amount amount">{t('bookkeeping.editor.credit')}</th>
          {withMemo ? <th scope="col">{t('bookkeeping.editor.lineMemo')}</th> : null}
          {withVat ? <th scope="col" className="col-vat">{t('bookkeeping.editor.vatCode')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {lines.map((line, index) => {
          const account = labels.get(line.accountId);
          return (
            <tr key={index} data-testid={`line-${index + 1}`}>
              <td className="col-number">{index + 1}</td>
              <td className={account?.archived ? 'is-archived' : undefined} title={account?.path}>
                {account?.label ?? line.accountId}
              </td>
              <td className="amount">{amount(line.debit, line.currency)}</td>
              <td className="amount">{amount(line.credit, line.currency)}</td>
              {withMemo ? <td>{line.memo ?? ''}</td> : null}
              {withVat ? <td className="col-vat">{line.vatCode ? (vatById.get(line.vatCode) ?? '') : ''}</td> : null}
            </tr>
          );
        })}
      </tbody>
      <EntryTotalsRow totals={entryTotalsOf(lines, currency)} trailingColumns={(withMemo ? 1 : 0) + (withVat ? 1 : 0)} />
    </table>
  );
}
