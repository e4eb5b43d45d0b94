import { useTranslation } from 'react-i18next';
import { BackupIndicator } from '../features/backup/BackupIndicator';
import { useNavigationStore } from './navigationStore';
import { hashOf, sections } from './sections';

/** The sections of the app; the open one is marked for screen readers and by colour. */
export function Sidebar({ companyName }: { companyName: string }) {
  const { t } = useTranslation();
  const current = useNavigationStore((state) => state.section);
  const go = useNavigationStore((state) => state.go);

  return (
    <div className="sidebar">
      <div className="sidebar-inner">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-company" title={companyName}>
            {companyName}
          </span>
        </div>
        <nav aria-label={t('nav.sections')}>
          <ul>
            {sections.map((section, index) => (
              <li key={section}>
                <a
                  href={hashOf(section)}
                  className="nav-link"
                  aria-current={current === section ? 'page' : undefined}
                  aria-keyshortcuts={`Alt+${index + 1}`}
                  onClick={(event) => {
                    event.preventDefault();
                    go(section);
                  }}
                >
                  <span>{t(`nav.${section}`)}</span>
                  <kbd aria-hidden="true">Alt+{index + 1}</kbd>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <BackupIndicator />
      </div>
    </div>
  );
}
