import { useTranslation } from 'react-i18next';
import type { JournalEntry } from '../../../../../shared/ledger/types';
import { useNavigationStore } from '../../../app/navigationStore';
import { hashOf } from '../../../app/sections';

/** A link to another entry, e.g. "Reversed by entry 2026-0007". */
export function EntryLink({ entry, textKey }: { entry: JournalEntry; textKey: string }) {
  const { t } = useTranslation();
  const go = useNavigationStore((state) => state.go);
  return (
    <a
      href={hashOf('bookkeeping', ['entries', entry.id])}
      onClick={(event) => {
        event.preventDefault();
        go('bookkeeping', ['entries', entry.id]);
      }}
    >
      {t(textKey, { number: entry.number || '—' })}
    </a>
  );
}
