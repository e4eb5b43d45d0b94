import { NewRequestForm } from './NewRequestForm';
import { RequestList } from './RequestList';
import './requests.css';

/** Purchasing › Requests: note a need, and see where each stands. */
export function RequestsPage({ path }: { path: string[] }) {
  return (
    <div className="requests-page" data-path={path.join('/')}>
      <NewRequestForm />
      <RequestList />
    </div>
  );
}
