import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/i18n/languages';
import { useNavigationStore } from '../../app/navigationStore';
import { companyRepository, preferencesRepository } from '../../db/repositories';
import { i18n } from '../../i18n';
import { useLanguage } from '../../i18n/useLanguage';
import { describeSaveError } from './describeSaveError';
import { mirrorSettingsToMain } from '../settings/mirrorSettings';
import { RestoreOverlay } from '../backup/RestoreOverlay';
import { RestorePanel } from '../backup/RestorePanel';
import { CompanyForm } from './CompanyForm';
import { emptyCompanyForm } from './companyForm';

/** First run: the company this installation keeps the books for, or its books from a backup. Full screen, no sidebar. */
export function SetupScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  // Captured once so a language switch re-renders the form without resetting it.
  const [initialValues] = useState(() => emptyCompanyForm(language));

  const previewLanguage = (next: Language) => void i18n.changeLanguage(next);
  // A new computer or a dead disk: the books come back from a backup instead.
  const [restoring, setRestoring] = useState(false);

  return (
    <div className="setup">
      <main className="setup-card" id="main" aria-labelledby="setup-title">
        <p className="setup-brand">{t('app.name')}</p>
        <h1 id="setup-title" className="page-heading">
          {t('setup.title')}
        </h1>
        <p className="lead">{t('setup.intro')}</p>
        <CompanyForm
          initialValues={initialValues}
          submitLabel={t('setup.submit')}
          showLanguage
          requireCountry
          onLanguageChange={previewLanguage}
          describeSaveError={(error) => describeSaveError(error, t)}
          onSave={async (setup) => {
            // The address first: the saved company shows the app at once, and a later
            // jump to Home would undo wherever the user went in the meantime.
            useNavigationStore.getState().go('home');
            await companyRepository.saveCompanySetup(setup);
            await preferencesRepository.setLanguage(setup.language);
            // Main's menu follows the chosen language; a failure here is reported on Settings, not here.
            void mirrorSettingsToMain(setup.language, setup.name).catch(() => undefined);
          }}
        />
        <div className="setup-restore">
          {restoring ? (
            <RestorePanel firstRun />
          ) : (
            <p>
              {t('setup.restoreInstead')}{' '}
              <button type="button" className="link-button" onClick={() => setRestoring(true)}>
                {t('setup.restoreOpen')}
              </button>
            </p>
          )}
        </div>
        <RestoreOverlay />
      </main>
    </div>
  );
}
