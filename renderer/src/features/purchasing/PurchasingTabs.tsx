import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../app/navigationStore';
import { hashOf } from '../../app/sections';
import { purchasingTabs, type PurchasingTab } from './purchasingTabs';

/** Orders, Requests, Reorder, Suppliers, Bills, Spending: links, so the address keeps the page. */
export function PurchasingTabs({ current }: { current: PurchasingTab }) {
  const { t } = useTranslation();
  const go = useNavigationStore((state) => state.go);
  return (
    <nav className="subnav" aria-label={t('purchasing.tabs.label')}>
      {purchasingTabs.map((tab) => (
        <a
          key={tab}
          href={hashOf('purchasing', [tab])}
          aria-current={tab === current ? 'page' : undefined}
          onClick={(event) => {
            event.preventDefault();
            go('purchasing', [tab]);
          }}
        >
          {t(`purchasing.tabs.${tab}`)}
        </a>
      ))}
    </nav>
  );
}
