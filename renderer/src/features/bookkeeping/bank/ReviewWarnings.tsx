import { useTranslation } from 'react-i18next';
import type { ProposalProblem } from '../../../../../shared/bank';
import { formatAmount } from '../../../../../shared/money';
import { useBankImportStore } from './bankImportStore';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

/** What the user should look at before posting: missing accounts, lines that cannot be entries, balance checks, broken rules. */
export function ReviewWarnings({ problems, withoutAccount, currency }: { problems: readonly ProposalProblem[]; withoutAccount: number; currency: string }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const balanceBreaks = useBankImportStore((state) => state.balanceBreaks);
  const totalsMismatch = useBankImportStore((state) => state.totalsMismatch);
  const invalidRuleIds = useBankImportStore((state) => state.invalidRuleIds);
  const pendingEntries = useBankImportStore((state) => state.pendingEntries);
  const items: string[] = [];
  if (withoutAccount > 0) items.push(t('bank.review.withoutAccount', { count: withoutAccount }));
  for (const problem of problems) items.push(t(`bank.review.problems.${problem.code}`, { row: problem.sourceRow }));
  for (const gap of balanceBreaks) items.push(t('bank.review.balanceBreak', { row: gap.row }));
  if (totalsMismatch) {
    items.push(t('bank.review.totalsMismatch', { expected: formatAmount(totalsMismatch.expected, currency, regional.locale), found: formatAmount(totalsMismatch.found, currency, regional.locale) }));
  }
  if (pendingEntries > 0) items.push(t('bank.review.pendingEntries', { count: pendingEntries }));
  if (invalidRuleIds.length > 0) items.push(t('bank.review.invalidRules', { count: invalidRuleIds.length }));
  if (items.length === 0) return null;
  return (
    <ul className="status status-warning review-warnings" role="status">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}
