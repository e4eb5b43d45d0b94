import { ModulePlaceholder } from '../../app/ModulePlaceholder';

/** Placeholder until the bookkeeping module is built; it says what will come and shows no sample data. */
export function BookkeepingPage() {
  return <ModulePlaceholder module="bookkeeping" />;
}
