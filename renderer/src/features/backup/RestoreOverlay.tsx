import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { percentOf } from './backupHealth';
import { useBackupStore } from './backupStore';
import './backup.css';

/**
 * Over the whole window while a restore, or a backup being opened read-only, is written:
 * the window reopens on those books when it is done, so a change made meanwhile would
 * be lost. A modal dialog keeps everything behind it out of reach; Stop ends the work
 * and leaves the current books as they were.
 */
export function RestoreOverlay() {
  const { t } = useTranslation();
  const titleId = useId();
  const job = useBackupStore((state) => state.job);
  const shown = job?.kind === 'restore' || job?.kind === 'view';
  const ref = useRef<HTMLDialogElement>(null);
  const [stopping, setStopping] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (shown && !dialog.open) {
      setStopping(false);
      dialog.showModal();
    } else if (!shown && dialog.open) {
      dialog.close();
    }
  }, [shown]);

  const kind = job?.kind === 'view' ? 'view' : 'restore';
  const percent = job ? percentOf(job) : 0;
  return (
    <dialog ref={ref} className="dialog restore-overlay" aria-labelledby={titleId} onCancel={(event) => event.preventDefault()}>
      <h2 id={titleId}>{t(`backup.overlay.${kind}Title`)}</h2>
      <p>{t(`backup.overlay.${kind}Explain`)}</p>
      <div className="backup-progress">
        <progress max={100} value={percent} aria-label={t(`backup.running.${kind}`, { percent })} />
        <span>{t(`backup.running.${kind}`, { percent })}</span>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={stopping || !job?.stop}
          onClick={() => {
            setStopping(true);
            job?.stop?.();
          }}
        >
          {t(stopping ? 'backup.overlay.stopping' : 'backup.restore.stop')}
        </button>
      </div>
    </dialog>
  );
}
