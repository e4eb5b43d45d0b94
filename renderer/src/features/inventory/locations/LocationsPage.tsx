import { useTranslation } from 'react-i18next';

/** The locations page of Inventory. */
export function LocationsPage({ path }: { path: string[] }) {
  const { t } = useTranslation();
  return <p className="muted" data-path={path.join('/')}>{t('inventory.tabs.locations')}</p>;
}
