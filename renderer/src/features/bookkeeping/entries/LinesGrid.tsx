import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VatCode } from '../../../../../shared/ledger/types';
import { AccountPicker } from '../../../components/AccountPicker';
import type { AccountOption } from '../../../components/accountOptions';
import { MoneyInput } from '../../../components/MoneyInput';
import { amountExample } from '../../../components/amountText';
import { emptyLine, type LineDraft, type LineFieldErrors } from './entryDraft';
import './entries.css';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

type LinesGridProps = {
  lines: LineDraft[];
  onChange(lines: LineDraft[]): void;
  accountOptions: readonly AccountOption[];
  vatCodes: readonly VatCode[];
  currency: string;
  lineErrors: readonly LineFieldErrors[];
  /** Show every field's message (after a save was tried), not only those of fields left. */
  showAllErrors: boolean;
  /** The ledger's reasons per grid row, already in words. */
  rowProblems: ReadonlyMap<number, string[]>;
  /** Rows under the lines, e.g. the totals (a <tfoot>). */
  footer?: ReactNode;
};

type Field = 'account' | 'debit' | 'credit';

/**
 * The entry's lines: account, debit, credit, line memo and VAT code. Enter adds a line
 * below (and moves to its account), Ctrl+Delete removes the current line.
 */
export function LinesGrid(props: LinesGridProps) {
  const { lines, onChange, accountOptions, vatCodes, currency, lineErrors, showAllErrors, rowProblems, footer } = props;
  const { t } = useTranslation();
  const example = amountExample(currency, useRegionalFormat());
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const accountInputs = useRef(new Map<string, HTMLInputElement>());

  useEffect(() => {
    if (focusKey === null) return;
    accountInputs.current.get(focusKey)?.focus();
    setFocusKey(null);
  }, [focusKey, lines]);

  const update = (index: number, change: Partial<LineDraft>) => onChange(lines.map((line, at) => (at === index ? { ...line, ...change } : line)));
  const addLineAfter = (index: number) => {
    const line = emptyLine();
    onChange([...lines.slice(0, index + 1), line, ...lines.slice(index + 1)]);
    setFocusKey(line.key);
  };
  const removeLine = (index: number) => {
    const rest = lines.filter((_, at) => at !== index);
    const kept = rest.length > 0 ? rest : [emptyLine()];
    onChange(kept);
    setFocusKey(kept[Math.min(index, kept.length - 1)]!.key);
  };
  const markLeft = (key: string, field: Field) => setLeft((set) => new Set(set).add(`${key}:${field}`));
  const errorOf = (index: number, key: string, field: Field) => {
    const message = lineErrors[index]?.[field];
    return message && (showAllErrors || left.has(`${key}:${field}`)) ? message : undefined;
  };

  const onRowKeyDown = (index: number) => (event: KeyboardEvent<HTMLTableRowElement>) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.altKey && target.tagName === 'INPUT') {
      event.preventDefault();
      addLineAfter(index);
    } else if (event.key === 'Delete' && event.ctrlKey) {
      event.preventDefault();
      removeLine(index);
    }
  };

  return (
    <div className="lines-grid-wrap">
    <table className="lines-grid">
      <caption className="visually-hidden">{t('bookkeeping.editor.linesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col" className="col-number">#</th>
          <th scope="col" className="col-account">{t('bookkeeping.editor.account')}</th>
          <th scope="col" className="col-amount">{t('bookkeeping.editor.debit')}</th>
          <th scope="col" className="col-amount">{t('bookkeeping.editor.credit')}</th>
          <th scope="col" className="col-memo">{t('bookkeeping.editor.lineMemo')}</th>
          <th scope="col" className="col-vat">{t('bookkeeping.editor.vatCode')}</th>
          <th scope="col" className="col-remove">
            <span className="visually-hidden">{t('bookkeeping.editor.removeLineHeader')}</span>
          </th>
        </tr>
      </thead>
      {lines.map((line, index) => {
        const n = index + 1;
        const accountError = errorOf(index, line.key, 'account');
        const debitError = errorOf(index, line.key, 'debit');
        const creditError = errorOf(index, line.key, 'credit');
        const problems = rowProblems.get(index) ?? [];
        const errorId = `line-${line.key}-errors`;
        const anyError = accountError || debitError || creditError || problems.length > 0;
        return (
          <tbody key={line.key} className={anyError ? 'line has-problem' : 'line'}>
            <tr onKeyDown={onRowKeyDown(index)} data-testid={`line-${n}`}>
              <td className="col-number">{n}</td>
              <td className="col-account">
                <AccountPicker
                  ref={(input) => {
                    if (input) accountInputs.current.set(line.key, input);
                    else accountInputs.current.delete(line.key);
                  }}
                  options={accountOptions}
                  value={line.accountId}
                  onChange={(accountId) => {
                    update(index, { accountId });
                    markLeft(line.key, 'account');
                  }}
                  aria-label={t('bookkeeping.editor.accountOfLine', { n })}
                  aria-invalid={Boolean(accountError)}
                  aria-describedby={anyError ? errorId : undefined}
                />
              </td>
              <td className="col-amount">
                <MoneyInput
                  currency={currency}
                  value={line.debit}
                  onChange={(debit) => update(index, { debit })}
                  onBlur={() => markLeft(line.key, 'debit')}
                  aria-label={t('bookkeeping.editor.debitOfLine', { n })}
                  aria-invalid={Boolean(debitError)}
                  aria-describedby={anyError ? errorId : undefined}
                />
              </td>
              <td className="col-amount">
                <MoneyInput
                  currency={currency}
                  value={line.credit}
                  onChange={(credit) => update(index, { credit })}
                  onBlur={() => markLeft(line.key, 'credit')}
                  aria-label={t('bookkeeping.editor.creditOfLine', { n })}
                  aria-invalid={Boolean(creditError)}
                  aria-describedby={anyError ? errorId : undefined}
                />
              </td>
              <td className="col-memo">
                <input type="text" value={line.memo} onChange={(event) => update(index, { memo: event.target.value })} aria-label={t('bookkeeping.editor.memoOfLine', { n })} />
              </td>
              <td className="col-vat">
                <select value={line.vatCode} onChange={(event) => update(index, { vatCode: event.target.value })} aria-label={t('bookkeeping.editor.vatOfLine', { n })}>
                  <option value="">{t('bookkeeping.editor.noVat')}</option>
                  {vatCodes
                    .filter((code) => !code.archived || code.id === line.vatCode)
                    .map((code) => (
                      <option key={code.id} value={code.id}>
                        {code.code}
                      </option>
                    ))}
                </select>
              </td>
              <td className="col-remove">
                <button type="button" className="button button-small" onClick={() => removeLine(index)} aria-label={t('bookkeeping.editor.removeLine', { n })} title={t('bookkeeping.editor.removeLineHint')}>
                  ×
                </button>
              </td>
            </tr>
            {anyError ? (
              <tr className="line-errors">
                <td />
                <td colSpan={6} id={errorId} role="alert">
                  {(
                    [
                      ['account', accountError],
                      ['debit', debitError],
                      ['credit', creditError],
                    ] as const
                  ).map(([field, key]) =>
                    key ? (
                      <p key={field} className="field-error">
                        {t('bookkeeping.editor.fieldError', { field: t(`bookkeeping.editor.${field}`), message: t(key, { example }) })}
                      </p>
                    ) : null,
                  )}
                  {problems.map((text) => (
                    <p key={text} className="field-error">
                      {text}
                    </p>
                  ))}
                </td>
              </tr>
            ) : null}
          </tbody>
        );
      })}
      {footer}
    </table>
      <button type="button" className="button button-small add-line" onClick={() => addLineAfter(lines.length - 1)}>
        + {t('bookkeeping.editor.addLine')}
      </button>
    </div>
  );
}
