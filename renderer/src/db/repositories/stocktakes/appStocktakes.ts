import { appDb } from '../../appDb';
import { createStocktakesRepository } from '.';

/** The stocktakes repository over the app's own database, for the screens. */
export const stocktakesRepository = createStocktakesRepository(appDb);
