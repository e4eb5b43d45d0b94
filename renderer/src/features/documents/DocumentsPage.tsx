import { ModulePlaceholder } from '../../app/ModulePlaceholder';

/** Placeholder until the documents module is built; it says what will come and shows no sample data. */
export function DocumentsPage() {
  return <ModulePlaceholder module="documents" />;
}
