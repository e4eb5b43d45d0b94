import type { Books } from '../useBooks';
import { LockDatePanel } from './LockDatePanel';
import { YearEndPanel } from './YearEndPanel';

/** The lock date and the year-end close. */
export function PeriodsPage({ books }: { books: Books }) {
  return (
    <>
      <LockDatePanel books={books} />
      <YearEndPanel books={books} />
    </>
  );
}
