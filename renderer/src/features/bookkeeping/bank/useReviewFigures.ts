import { useMemo } from 'react';
import type { Books } from '../useBooks';
import { useBankImportStore } from './bankImportStore';
import { proposalsForReview, reviewTotals } from './statementReview';

/** The review's totals and the problems that keep it from being posted, as the rows change. */
export function useReviewFigures(books: Books) {
  const lines = useBankImportStore((state) => state.lines);
  const accountId = useBankImportStore((state) => state.accountId);
  return useMemo(() => {
    const totals = reviewTotals(lines);
    const { proposals, problems } = proposalsForReview(lines, accountId, books.currency, books.vatCodes);
    // Missing accounts are counted in the totals; the other problems are named by row.
    const otherProblems = problems.filter((problem) => problem.code !== 'noAccount');
    return { totals, entries: proposals.length, problems: otherProblems, canPost: totals.toPost > 0 && problems.length === 0 };
  }, [lines, accountId, books.currency, books.vatCodes]);
}
