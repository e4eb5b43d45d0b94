import { ModulePlaceholder } from '../../app/ModulePlaceholder';

/** Placeholder until the inventory module is built; it says what will come and shows no sample data. */
export function InventoryPage() {
  return <ModulePlaceholder module="inventory" />;
}
