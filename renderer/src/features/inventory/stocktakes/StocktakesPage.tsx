import { useTranslation } from 'react-i18next';

/** The stocktakes page of Inventory. */
export function StocktakesPage({ path }: { path: string[] }) {
  const { t } = useTranslation();
  return <p className="muted" data-path={path.join('/')}>{t('inventory.tabs.stocktakes')}</p>;
}
