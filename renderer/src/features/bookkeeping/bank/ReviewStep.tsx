import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAmount } from '../../../../../shared/money';
import { accountOptions } from '../../../components/accountOptions';
import { bankRepository, type BankRuleInput } from '../../../db/repositories';
import type { Books } from '../useBooks';
import { postReviewedLines, reapplyRules } from './bankImportActions';
import { restartBankImport, useBankImportStore } from './bankImportStore';
import { ReviewRow } from './ReviewRow';
import { ReviewWarnings } from './ReviewWarnings';
import { RuleDialog } from './RuleDialog';
import { useReviewFigures } from './useReviewFigures';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

/** Every statement line before anything is posted: counter-account and VAT per line, lines imported before greyed and skipped. */
export function ReviewStep({ books }: { books: Books }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const lines = useBankImportStore((state) => state.lines);
  const busy = useBankImportStore((state) => state.busy);
  const fileName = useBankImportStore((state) => state.statement?.fileName ?? '');
  const figures = useReviewFigures(books);
  const options = useMemo(() => accountOptions(books.accounts), [books.accounts]);
  const rules = useLiveQuery(() => bankRepository.listRules(), []);
  const ruleNames = useMemo(() => new Map((rules ?? []).map((rule) => [rule.id, rule.match.pattern])), [rules]);
  const [newRule, setNewRule] = useState<BankRuleInput | null>(null);
  const money = (minor: number) => formatAmount(minor, books.currency, regional.locale);
  const { totals } = figures;

  const makeRule = (index: number) => {
    const row = lines[index];
    if (!row) return;
    const byPayee = row.line.payee.trim() !== '';
    const rule: BankRuleInput = { match: { field: byPayee ? 'payee' : 'description', kind: 'contains', pattern: byPayee ? row.line.payee : row.line.description }, accountId: row.accountId };
    if (row.vatCode) rule.vatCode = row.vatCode;
    setNewRule(rule);
  };

  return (
    <div className="panel bank-review">
      <h3>{t('bank.review.heading', { fileName })}</h3>
      <p data-testid="review-summary">
        {t('bank.review.summary', { lines: totals.lines, toPost: totals.toPost, imported: totals.alreadyImported })}{' '}
        {t('bank.review.money', { moneyIn: money(totals.moneyIn), moneyOut: money(totals.moneyOut) })}
      </p>
      <ReviewWarnings problems={figures.problems} withoutAccount={totals.withoutAccount} currency={books.currency} />
      <div className="review-table-wrap">
        <table className="table review-table">
          <caption className="visually-hidden">{t('bank.review.tableLabel')}</caption>
          <thead>
            <tr>
              <th scope="col" className="col-check">
                <span className="visually-hidden">{t('bank.review.include')}</span>
              </th>
              <th scope="col" className="col-number">{t('bank.review.row')}</th>
              <th scope="col">{t('bank.fields.date')}</th>
              <th scope="col">{t('bank.fields.description')}</th>
              <th scope="col" className="amount">{t('bank.fields.amount')}</th>
              <th scope="col">{t('bank.review.account')}</th>
              <th scope="col">{t('bank.review.vat')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('bank.review.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((row, index) => (
              <ReviewRow
                key={row.line.fingerprint}
                row={row}
                index={index}
                currency={books.currency}
                options={options}
                vatCodes={books.vatCodes}
                ruleName={row.ruleId ? (ruleNames.get(row.ruleId) ?? null) : null}
                onMakeRule={makeRule}
              />
            ))}
          </tbody>
        </table>
      </div>
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={busy || !figures.canPost} onClick={() => void postReviewedLines(books.currency, books.vatCodes)}>
          {t('bank.review.post', { count: totals.toPost })}
        </button>
        <button type="button" className="button" onClick={restartBankImport}>
          {t('bank.review.cancel')}
        </button>
      </div>
      <RuleDialog
        rule={newRule}
        books={books}
        onCancel={() => setNewRule(null)}
        onSaved={() => {
          setNewRule(null);
          void reapplyRules();
        }}
      />
    </div>
  );
}
