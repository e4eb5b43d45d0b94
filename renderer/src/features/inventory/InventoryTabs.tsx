import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../app/navigationStore';
import { hashOf } from '../../app/sections';
import { inventoryTabs, type InventoryTab } from './inventoryTabs';

/** Stock, Items, Locations, Stocktakes, Equipment: links, so the address keeps the page. */
export function InventoryTabs({ current }: { current: InventoryTab }) {
  const { t } = useTranslation();
  const go = useNavigationStore((state) => state.go);
  return (
    <nav className="subnav" aria-label={t('inventory.tabs.label')}>
      {inventoryTabs.map((tab) => (
        <a
          key={tab}
          href={hashOf('inventory', [tab])}
          aria-current={tab === current ? 'page' : undefined}
          onClick={(event) => {
            event.preventDefault();
            go('inventory', [tab]);
          }}
        >
          {t(`inventory.tabs.${tab}`)}
        </a>
      ))}
    </nav>
  );
}
