import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../../app/navigationStore';
import { hashOf } from '../../../app/sections';
import type { Books } from '../useBooks';
import { BankImportWizard } from './BankImportWizard';
import { BankRulesPage } from './BankRulesPage';

/** Bank import: the statement wizard, and the rules that pre-fill its lines. */
export function BankPage({ page, books }: { page: string | undefined; books: Books }) {
  const { t } = useTranslation();
  const go = useNavigationStore((state) => state.go);
  const current = page === 'rules' ? 'rules' : 'import';
  const link = (target: 'import' | 'rules') => {
    const path = target === 'rules' ? ['bank', 'rules'] : ['bank'];
    return (
      <a
        href={hashOf('bookkeeping', path)}
        aria-current={target === current ? 'page' : undefined}
        onClick={(event) => {
          event.preventDefault();
          go('bookkeeping', path);
        }}
      >
        {t(`bank.pages.${target}`)}
      </a>
    );
  };
  return (
    <div className="bank">
      <nav className="bank-nav" aria-label={t('bank.pages.label')}>
        {link('import')}
        {link('rules')}
      </nav>
      {current === 'rules' ? <BankRulesPage books={books} /> : <BankImportWizard books={books} />}
    </div>
  );
}
