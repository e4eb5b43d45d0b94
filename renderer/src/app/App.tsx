import { useLiveQuery } from 'dexie-react-hooks';
import type { CompanyRecord } from '../db/records';
import { companyRepository } from '../db/repositories';
import { SetupScreen } from '../features/setup/SetupScreen';
import { Shell } from './Shell';

/** Before a company exists: the setup. Afterwards: the shell, which follows every change of it. */
export function App({ initialCompany }: { initialCompany: CompanyRecord | undefined }) {
  const company = useLiveQuery(() => companyRepository.getCompany(), [], initialCompany);
  return company ? <Shell company={company} /> : <SetupScreen />;
}
