import { BackofficeDb } from './database';

/** The one database of the running app. Opened lazily by the first query. */
export const appDb = new BackofficeDb();
