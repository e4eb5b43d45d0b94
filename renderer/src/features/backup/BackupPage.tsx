import { ModulePlaceholder } from '../../app/ModulePlaceholder';

/** Placeholder until the backup module is built; it says what will come and shows no sample data. */
export function BackupPage() {
  return <ModulePlaceholder module="backup" />;
}
