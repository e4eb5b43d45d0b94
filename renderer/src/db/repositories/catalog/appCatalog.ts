import { appDb } from '../../appDb';
import { createCatalogRepository } from './index';

/** The catalog over the app's own database; screens use this, tests build their own. */
export const catalogRepository = createCatalogRepository(appDb);
