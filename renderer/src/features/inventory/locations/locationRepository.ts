import { appDb } from '../../../db/appDb';
import { createLocationRepository } from '../../../db/repositories/locations';

/** The locations of the open book, for the Inventory screens. */
export const locationRepository = createLocationRepository(appDb);
