import './backup.css';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../shared/dates';
import { useNavigationStore } from '../../app/navigationStore';
import { percentOf, useBackupSituation } from './backupHealth';
import { useRegionalFormat } from '../../i18n/regionalFormat';

/** The backup state in a line, always in view (sidebar); opens the Backup section. */
export function BackupIndicator() {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const go = useNavigationStore((state) => state.go);
  const { status, job, lastSuccessAt, warning } = useBackupSituation();
  if (!status && !job) return null;

  let text: string;
  let tone: 'ok' | 'warn' | 'busy';
  if (job) {
    text = t(`backup.indicator.${job.kind === 'backup' ? 'running' : job.kind === 'restore' ? 'restoring' : 'opening'}`, { percent: percentOf(job) });
    tone = 'busy';
  } else if (warning) {
    text = t(`backup.indicator.${warning}`);
    tone = 'warn';
  } else {
    text = t('backup.indicator.ok', { when: lastSuccessAt ? formatDateTime(lastSuccessAt, regional) : '' });
    tone = 'ok';
  }
  return (
    <button type="button" className={`backup-indicator backup-indicator-${tone}`} onClick={() => go('backup')} data-testid="backup-indicator">
      <span className="backup-indicator-dot" aria-hidden="true" />
      <span>{text}</span>
    </button>
  );
}
