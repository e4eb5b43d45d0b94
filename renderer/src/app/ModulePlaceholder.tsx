import { useTranslation } from 'react-i18next';
import { PageHeading } from './PageHeading';

export type PlannedModule = 'bookkeeping' | 'purchasing' | 'documents' | 'backup';

/** An honest page for a section that is not built yet: what it will do, and no made-up data. */
export function ModulePlaceholder({ module }: { module: PlannedModule }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t(`nav.${module}`)}</PageHeading>
      <section className="panel placeholder" aria-labelledby={`${module}-planned`}>
        <p>
          <span className="badge badge-pending">{t('modules.notYet')}</span>
        </p>
        <p className="lead">{t(`modules.${module}.summary`)}</p>
        <h2 id={`${module}-planned`}>{t('modules.plannedHeading')}</h2>
        <ul className="plain-list">
          <li>{t(`modules.${module}.plan1`)}</li>
          <li>{t(`modules.${module}.plan2`)}</li>
          <li>{t(`modules.${module}.plan3`)}</li>
        </ul>
        <p className="muted">{t(`modules.${module}.meanwhile`)}</p>
      </section>
    </>
  );
}
