import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../../app/navigationStore';
import { hashOf } from '../../../app/sections';

/** "Register" and "Due for service (n)": the two lists of the Equipment tab. */
export function EquipmentViews({ current, dueCount }: { current: 'register' | 'due'; dueCount: number }) {
  const { t } = useTranslation();
  const go = useNavigationStore((state) => state.go);
  const views = [
    { view: 'register', path: ['equipment'], label: t('inventory.equipment.views.register') },
    { view: 'due', path: ['equipment', 'due'], label: t('inventory.equipment.views.due', { number: dueCount }) },
  ] as const;
  return (
    <nav className="equipment-views" aria-label={t('inventory.equipment.views.label')}>
      {views.map(({ view, path, label }) => (
        <a
          key={view}
          href={hashOf('inventory', [...path])}
          aria-current={view === current ? 'page' : undefined}
          onClick={(event) => {
            event.preventDefault();
            go('inventory', [...path]);
          }}
        >
          {label}
        </a>
      ))}
    </nav>
  );
}

/** "← Equipment register", above an item's page. */
export function BackToRegister() {
  const { t } = useTranslation();
  const go = useNavigationStore((state) => state.go);
  return (
    <p className="back-link">
      <a
        href={hashOf('inventory', ['equipment'])}
        onClick={(event) => {
          event.preventDefault();
          go('inventory', ['equipment']);
        }}
      >
        ← {t('inventory.equipment.backToRegister')}
      </a>
    </p>
  );
}
