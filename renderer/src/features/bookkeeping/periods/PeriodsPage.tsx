import { useState } from 'react';
import type { FiscalYear } from '../../../../../shared/dates';
import type { Books } from '../useBooks';
import { LockDatePanel } from './LockDatePanel';
import { UnclosedYearsPanel } from './UnclosedYearsPanel';
import { YearEndPanel } from './YearEndPanel';

/** Earlier years still to close, the lock date and the year-end close. */
export function PeriodsPage({ books }: { books: Books }) {
  // Each request is a new object, so asking for the same year again still brings the close into view.
  const [closeRequest, setCloseRequest] = useState<{ year: FiscalYear } | null>(null);
  return (
    <>
      <UnclosedYearsPanel onClose={(year) => setCloseRequest({ year })} />
      <LockDatePanel books={books} />
      <YearEndPanel books={books} request={closeRequest} />
    </>
  );
}
