import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../app/navigationStore';
import { hashOf } from '../../app/sections';
import { bookkeepingTabs, type BookkeepingTab } from './bookkeepingTabs';

/** Entries, New entry, Accounts, VAT codes, Periods, Reports: links, so the address keeps the page. */
export function BookkeepingTabs({ current }: { current: BookkeepingTab }) {
  const { t } = useTranslation();
  const go = useNavigationStore((state) => state.go);
  return (
    <nav className="subnav" aria-label={t('bookkeeping.tabs.label')}>
      {bookkeepingTabs.map((tab) => (
        <a
          key={tab}
          href={hashOf('bookkeeping', [tab])}
          aria-current={tab === current ? 'page' : undefined}
          onClick={(event) => {
            event.preventDefault();
            go('bookkeeping', [tab]);
          }}
        >
          {t(`bookkeeping.tabs.${tab}`)}
        </a>
      ))}
    </nav>
  );
}
