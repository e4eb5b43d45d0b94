import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { companyRepository } from '../../db/repositories';
import type { CompanyRecord } from '../../db/records';
import { useLanguage } from '../../i18n/useLanguage';
import { describeIpcError } from '../../ipc/client';
import { CompanyForm } from '../setup/CompanyForm';
import { companyFormValuesOf } from '../setup/companyForm';
import { describeSaveError } from '../setup/describeSaveError';
import { mirrorSettingsToMain } from './mirrorSettings';

/** The same form as the first-run setup, filled in with the stored company. */
export function CompanySettings({ company }: { company: CompanyRecord }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [initialValues] = useState(() => companyFormValuesOf(company));
  const [menuError, setMenuError] = useState<unknown>(null);

  return (
    <section className="panel" aria-labelledby="company-settings">
      <h2 id="company-settings">{t('settings.company.heading')}</h2>
      <CompanyForm
        initialValues={initialValues}
        submitLabel={t('settings.company.submit')}
        showLanguage={false}
        requireCountry={Boolean(company.country)}
        savedMessage={t('settings.company.saved')}
        describeSaveError={(error) => describeSaveError(error, t)}
        onSave={async (setup) => {
          setMenuError(null);
          await companyRepository.saveCompanySetup(setup);
          if (setup.name !== company.name) {
            await mirrorSettingsToMain(language, setup.name).catch((error: unknown) => setMenuError(error ?? new Error()));
          }
        }}
      />
      {menuError ? (
        <p className="status status-error" role="status">
          {t('settings.company.menuFailed', { reason: describeIpcError(menuError, t) })}
        </p>
      ) : null}
    </section>
  );
}
