import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { CompanyRecord } from '../db/records';
import { companyRepository, preferencesRepository } from '../db/repositories';
import { SetupScreen } from '../features/setup/SetupScreen';
import { setRegionalSettings } from '../i18n/regionalFormat';
import { Shell } from './Shell';

/** Before a company exists: the setup. Afterwards: the shell, which follows every change of it. */
export function App({ initialCompany }: { initialCompany: CompanyRecord | undefined }) {
  const company = useLiveQuery(() => companyRepository.getCompany(), [], initialCompany);
  const preferences = useLiveQuery(() => preferencesRepository.loadStartupSettings(), []);
  // Dates and amounts follow the company's country and the saved format, also after a restore.
  const country = company?.country;
  const choice = preferences?.regionalFormat;
  useEffect(() => setRegionalSettings(choice === undefined ? { country } : { country, choice }), [country, choice]);
  return company ? <Shell company={company} /> : <SetupScreen />;
}
