import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyRecord } from '../db/records';
import { BackupPage } from '../features/backup/BackupPage';
import { RestoreOverlay } from '../features/backup/RestoreOverlay';
import { useBackupScheduler } from '../features/backup/useBackupScheduler';
import { useWindowTitle } from '../features/backup/useWindowTitle';
import { ViewingBanner } from '../features/backup/ViewingBanner';
import { BookkeepingPage } from '../features/bookkeeping/BookkeepingPage';
import { DocumentsPage } from '../features/documents/DocumentsPage';
import { HomePage } from '../features/home/HomePage';
import { InventoryPage } from '../features/inventory/InventoryPage';
import { PurchasingPage } from '../features/purchasing/PurchasingPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { followAddress, useNavigationStore } from './navigationStore';
import type { Section } from './sections';
import { ShellStatus } from './ShellStatus';
import { Sidebar } from './Sidebar';
import { useMenuCommands } from './useMenuCommands';
import { useShellShortcuts } from './useShellShortcuts';

function CurrentPage({ section, company }: { section: Section; company: CompanyRecord }) {
  switch (section) {
    case 'home':
      return <HomePage company={company} />;
    case 'bookkeeping':
      return <BookkeepingPage />;
    case 'purchasing':
      return <PurchasingPage />;
    case 'documents':
      return <DocumentsPage />;
    case 'inventory':
      return <InventoryPage />;
    case 'backup':
      return <BackupPage />;
    case 'settings':
      return <SettingsPage company={company} />;
  }
}

/** The window once the company exists: sidebar, the open section, shortcuts and menu commands. */
export function Shell({ company }: { company: CompanyRecord }) {
  const { t } = useTranslation();
  const section = useNavigationStore((state) => state.section);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(followAddress, []);
  useShellShortcuts();
  useMenuCommands();
  useBackupScheduler();
  useWindowTitle(company.name);

  // Opening a section moves focus to its heading, so keyboard and screen-reader users land there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.querySelector<HTMLElement>('[data-page-heading]')?.focus();
  }, [section]);

  const skipToContent = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const heading = mainRef.current?.querySelector<HTMLElement>('[data-page-heading]');
    (heading ?? mainRef.current)?.focus();
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={skipToContent}>
        {t('app.skipToContent')}
      </a>
      <Sidebar companyName={company.name} />
      <main id="main" className="content" ref={mainRef} tabIndex={-1}>
        <ViewingBanner />
        <CurrentPage key={section} section={section} company={company} />
      </main>
      <ShellStatus />
      <RestoreOverlay />
    </div>
  );
}
