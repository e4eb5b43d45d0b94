import { useTranslation } from 'react-i18next';

/** The stock page of Inventory. */
export function StockPage({ path }: { path: string[] }) {
  const { t } = useTranslation();
  return <p className="muted" data-path={path.join('/')}>{t('inventory.tabs.stock')}</p>;
}
