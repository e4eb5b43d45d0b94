import { useTranslation } from 'react-i18next';
import { dismissNotice, useNoticeStore } from './notices';
import './components.css';

/**
 * The notices of the page, top right, away from the form's totals and buttons at the
 * bottom; a click on one closes it, and an action (Undo) runs once.
 */
export function Notices() {
  const { t } = useTranslation();
  const notices = useNoticeStore((state) => state.notices);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className={notice.tone === 'problem' ? 'notice notice-problem' : 'notice'}>
          <span className="notice-text" onClick={() => dismissNotice(notice.id)}>
            {notice.text}
          </span>
          {notice.action ? (
            <button
              type="button"
              className="notice-action"
              onClick={() => {
                dismissNotice(notice.id);
                void notice.action?.run();
              }}
            >
              {notice.action.label}
            </button>
          ) : null}
          <button type="button" className="notice-close" aria-label={t('components.notice.close')} onClick={() => dismissNotice(notice.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
