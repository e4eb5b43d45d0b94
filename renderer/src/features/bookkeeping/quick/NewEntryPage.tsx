import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../../app/navigationStore';
import { hashOf } from '../../../app/sections';
import { EntryEditor } from '../entries/EntryEditor';
import type { Books } from '../useBooks';
import { QuickForm } from './QuickForm';
import { quickKinds, type QuickKind } from './quickForms';
import '../entries/entries.css';

const choices = ['journal', ...quickKinds] as const;

/** New entry: a full journal entry or one of the quick forms, chosen at the top; ['new', 'billPayment', supplier] starts with the supplier filled in. */
export function NewEntryPage({ kind, party, books }: { kind: string | undefined; party?: string; books: Books }) {
  const { t } = useTranslation();
  const go = useNavigationStore((state) => state.go);
  const current = (quickKinds as readonly string[]).includes(kind ?? '') ? (kind as QuickKind) : 'journal';
  return (
    <>
      <nav className="kind-choice" aria-label={t('bookkeeping.quick.choose')}>
        <span className="kind-choice-label" aria-hidden="true">
          {t('bookkeeping.quick.heading')}
        </span>
        {choices.map((choice) => (
          <a
            key={choice}
            className="kind-choice-link"
            href={hashOf('bookkeeping', choice === 'journal' ? ['new'] : ['new', choice])}
            aria-current={choice === current ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              go('bookkeeping', choice === 'journal' ? ['new'] : ['new', choice]);
            }}
          >
            {t(`bookkeeping.quick.${choice}`)}
          </a>
        ))}
      </nav>
      {current === 'journal' ? <EntryEditor key="new" books={books} /> : <QuickForm key={`${current}/${party ?? ''}`} kind={current} party={party} books={books} />}
    </>
  );
}
