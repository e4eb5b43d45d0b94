import { useTranslation } from 'react-i18next';

/** The items page of Inventory. */
export function ItemsPage({ path }: { path: string[] }) {
  const { t } = useTranslation();
  return <p className="muted" data-path={path.join('/')}>{t('inventory.tabs.items')}</p>;
}
