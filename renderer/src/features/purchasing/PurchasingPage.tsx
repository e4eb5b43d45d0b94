import { ModulePlaceholder } from '../../app/ModulePlaceholder';

/** Placeholder until the purchasing module is built; it says what will come and shows no sample data. */
export function PurchasingPage() {
  return <ModulePlaceholder module="purchasing" />;
}
