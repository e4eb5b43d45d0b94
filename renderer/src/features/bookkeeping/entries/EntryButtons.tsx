import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  busy: boolean;
  post(): void;
  /** Left out where there is no "next" entry (a stored draft). */
  postAndNew?: () => void;
  saveDraft(): void;
  /** The button Ctrl+Enter presses, which shows the keys. */
  shortcut: 'postAndNew' | 'saveDraft';
  /** Anything after Save draft, such as Delete draft. */
  children?: ReactNode;
};

/** The buttons of every form that makes an entry, always in this order: Post, Post and new, Save draft, then the rest. */
export function EntryButtons({ busy, post, postAndNew, saveDraft, shortcut, children }: Props) {
  const { t } = useTranslation();
  const keys = (button: Props['shortcut']) =>
    shortcut === button ? { 'aria-keyshortcuts': 'Control+Enter', kbd: <kbd aria-hidden="true">{t('bookkeeping.entryButtons.shortcut')}</kbd> } : { kbd: null };
  const { kbd: newKeys, ...newShortcut } = keys('postAndNew');
  const { kbd: draftKeys, ...draftShortcut } = keys('saveDraft');
  return (
    <div className="form-actions button-row">
      <button type="button" className="button button-primary" disabled={busy} onClick={post}>
        {t('bookkeeping.entryButtons.post')}
      </button>
      {postAndNew ? (
        <button type="button" className="button" disabled={busy} onClick={postAndNew} {...newShortcut}>
          {t('bookkeeping.entryButtons.postAndNew')}
          {newKeys}
        </button>
      ) : null}
      <button type="button" className="button" disabled={busy} onClick={saveDraft} {...draftShortcut}>
        {t('bookkeeping.entryButtons.saveDraft')}
        {draftKeys}
      </button>
      {children}
    </div>
  );
}
