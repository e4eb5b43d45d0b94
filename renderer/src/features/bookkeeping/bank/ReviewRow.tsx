import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/dates';
import type { VatCode } from '../../../../../shared/ledger';
import { formatAmount } from '../../../../../shared/money';
import { AccountPicker } from '../../../components/AccountPicker';
import type { AccountOption } from '../../../components/accountOptions';
import { changeReviewLine } from './bankImportStore';
import type { ReviewLine } from './statementReview';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

type ReviewRowProps = {
  row: ReviewLine;
  index: number;
  currency: string;
  options: readonly AccountOption[];
  vatCodes: readonly VatCode[];
  ruleName: string | null;
  onMakeRule(index: number): void;
};

/** One statement line: date, text, amount, and the counter-account and VAT code to post it with. */
export function ReviewRow({ row, index, currency, options, vatCodes, ruleName, onMakeRule }: ReviewRowProps) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const { line } = row;
  const n = line.sourceRow;
  const classes = [row.alreadyImported ? 'is-imported' : '', !row.include && !row.alreadyImported ? 'is-left-out' : ''].filter(Boolean).join(' ');
  return (
    <tr className={classes || undefined} data-testid={`review-row-${n}`}>
      <td className="col-check">
        {row.alreadyImported ? null : (
          <input type="checkbox" checked={row.include} aria-label={t('bank.review.includeRow', { row: n })} onChange={(event) => changeReviewLine(index, { include: event.target.checked })} />
        )}
      </td>
      <td className="col-number">{n}</td>
      <td className="col-date">{formatDate(line.date, regional, 'short')}</td>
      <td className="col-text">
        <span className="review-description">{line.description}</span>
        {row.payee ? <span className="review-payee">{row.payee}</span> : null}
      </td>
      <td className={line.amount < 0 ? 'amount is-out' : 'amount is-in'}>{formatAmount(line.amount, currency, regional.locale)}</td>
      {row.alreadyImported ? (
        <td colSpan={3} className="review-imported">
          {t('bank.review.alreadyImported')}
        </td>
      ) : (
        <>
          <td className="col-account">
            <AccountPicker
              options={options}
              value={row.accountId}
              onChange={(accountId) => changeReviewLine(index, { accountId })}
              aria-label={t('bank.review.accountOfRow', { row: n })}
              aria-invalid={row.include && row.accountId === ''}
              disabled={!row.include}
            />
            {ruleName ? <span className="review-rule">{t('bank.review.byRule', { rule: ruleName })}</span> : null}
          </td>
          <td className="col-vat">
            <select value={row.vatCode} disabled={!row.include} aria-label={t('bank.review.vatOfRow', { row: n })} onChange={(event) => changeReviewLine(index, { vatCode: event.target.value })}>
              <option value="">{t('bank.review.noVat')}</option>
              {vatCodes
                .filter((code) => !code.archived || code.id === row.vatCode)
                .map((code) => (
                  <option key={code.id} value={code.id}>
                    {code.code}
                  </option>
                ))}
            </select>
          </td>
          <td className="col-actions">
            <button type="button" className="button button-small" onClick={() => onMakeRule(index)} aria-label={t('bank.review.makeRuleOfRow', { row: n })}>
              {t('bank.review.makeRule')}
            </button>
          </td>
        </>
      )}
    </tr>
  );
}
