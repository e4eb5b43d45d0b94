import { useTranslation } from 'react-i18next';

/** The equipment page of Inventory. */
export function EquipmentPage({ path }: { path: string[] }) {
  const { t } = useTranslation();
  return <p className="muted" data-path={path.join('/')}>{t('inventory.tabs.equipment')}</p>;
}
