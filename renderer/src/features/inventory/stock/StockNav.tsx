import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../../app/navigationStore';
import { hashOf } from '../../../app/sections';
import { movementForms, stockTools, stockViews, subpageKey, type StockSubpage } from './stockPages';

/** The stock views, the movement forms and the tools, as links so the address keeps the page. */
export function StockNav({ current }: { current: StockSubpage }) {
  const { t } = useTranslation();
  const go = useNavigationStore((state) => state.go);
  const group = (pages: readonly StockSubpage[], label: string) => (
    <nav className="stock-subnav" aria-label={label}>
      {pages.map((page) => (
        <a
          key={page}
          className={page === current ? 'button button-small is-current' : 'button button-small'}
          href={hashOf('inventory', ['stock', page])}
          aria-current={page === current ? 'page' : undefined}
          onClick={(event) => {
            event.preventDefault();
            go('inventory', ['stock', page]);
          }}
        >
          {t(subpageKey(page))}
        </a>
      ))}
    </nav>
  );
  return (
    <div className="stock-nav">
      {group(stockViews, t('inventory.stock.nav.views'))}
      {group(movementForms, t('inventory.stock.nav.movements'))}
      {group(stockTools, t('inventory.stock.nav.tools'))}
    </div>
  );
}
