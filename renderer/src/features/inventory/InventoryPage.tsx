import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../app/navigationStore';
import { PageHeading } from '../../app/PageHeading';
import { Notices } from '../../components/Notices';
import { ItemsPage } from './catalog/ItemsPage';
import { EquipmentPage } from './equipment/EquipmentPage';
import { inventoryTabOf } from './inventoryTabs';
import { InventoryTabs } from './InventoryTabs';
import { LocationsPage } from './locations/LocationsPage';
import { StockPage } from './stock/StockPage';
import { StocktakesPage } from './stocktakes/StocktakesPage';

function TabContent({ path }: { path: string[] }) {
  switch (inventoryTabOf(path)) {
    case 'stock':
      return <StockPage path={path} />;
    case 'items':
      return <ItemsPage path={path} />;
    case 'locations':
      return <LocationsPage path={path} />;
    case 'stocktakes':
      return <StocktakesPage path={path} />;
    case 'equipment':
      return <EquipmentPage path={path} />;
  }
}

/** Inventory: the sub-navigation and the page it points at. */
export function InventoryPage() {
  const { t } = useTranslation();
  const path = useNavigationStore((state) => state.path);
  return (
    <div className="inventory">
      <PageHeading>{t('nav.inventory')}</PageHeading>
      <InventoryTabs current={inventoryTabOf(path)} />
      <TabContent path={path} />
      <Notices />
    </div>
  );
}
