import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../app/navigationStore';
import { PageHeading } from '../../app/PageHeading';
import { Notices } from '../../components/Notices';
import { BillsPage } from './bills/BillsPage';
import { OrdersPage } from './orders/OrdersPage';
import { purchasingTabOf } from './purchasingTabs';
import { PurchasingTabs } from './PurchasingTabs';
import { ReorderPage } from './reorder/ReorderPage';
import { RequestsPage } from './requests/RequestsPage';
import { SpendingPage } from './spending/SpendingPage';
import { SuppliersPage } from './suppliers/SuppliersPage';

function TabContent({ path }: { path: string[] }) {
  switch (purchasingTabOf(path)) {
    case 'orders':
      return <OrdersPage path={path} />;
    case 'requests':
      return <RequestsPage path={path} />;
    case 'reorder':
      return <ReorderPage path={path} />;
    case 'suppliers':
      return <SuppliersPage path={path} />;
    case 'bills':
      return <BillsPage path={path} />;
    case 'spending':
      return <SpendingPage path={path} />;
  }
}

/** Purchasing: the sub-navigation and the page it points at. */
export function PurchasingPage() {
  const { t } = useTranslation();
  const path = useNavigationStore((state) => state.path);
  return (
    <div className="purchasing">
      <PageHeading>{t('nav.purchasing')}</PageHeading>
      <PurchasingTabs current={purchasingTabOf(path)} />
      <TabContent path={path} />
      <Notices />
    </div>
  );
}
