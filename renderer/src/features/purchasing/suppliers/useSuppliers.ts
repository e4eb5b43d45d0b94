import { useLiveQuery } from 'dexie-react-hooks';
import type { Supplier } from '../../../../../shared/purchasing/types';
import { appDb } from '../../../db/appDb';

/** Every supplier, by name, kept current as they change; undefined while loading. */
export function useSuppliers(): Supplier[] | undefined {
  return useLiveQuery(async () => (await appDb.suppliers.toArray()).sort((a, b) => a.name.localeCompare(b.name)), []);
}
