import { requireAuditedWrites } from './audit';
import { activeDatabaseName, viewedBackup } from './booksDirectory';
import { BackofficeDb, refuseWrites } from './database';

/** A backup this window opened read-only, or null when it works on the current books. */
export const viewing = viewedBackup();

/** The one database of the running app: the current books, or a backup opened read-only. Opened lazily by the first query. */
export const appDb = new BackofficeDb(viewing?.database ?? activeDatabaseName());
requireAuditedWrites(appDb);
if (viewing) refuseWrites(appDb);
