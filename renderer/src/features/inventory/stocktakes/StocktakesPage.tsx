import { StartStocktakeForm } from './StartStocktakeForm';
import { StocktakeList } from './StocktakeList';
import { StocktakeScreen } from './StocktakeScreen';
import './stocktakes.css';

/**
 * The stocktakes page of Inventory: the list with the accuracy history, a new stocktake,
 * and one stocktake (counting, variances and approval). Paths: ['stocktakes'],
 * ['stocktakes', 'new'], ['stocktakes', id, 'count' | 'variances'].
 */
export function StocktakesPage({ path }: { path: string[] }) {
  const [, id, view] = path;
  if (id === 'new') return <StartStocktakeForm />;
  if (id) return <StocktakeScreen stocktakeId={id} view={view === 'variances' ? 'variances' : 'count'} />;
  return <StocktakeList />;
}
