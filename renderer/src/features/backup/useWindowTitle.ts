import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { viewing } from '../../db/appDb';
import { useBackupSituation } from './backupHealth';

/**
 * The window's title bar (and the taskbar) names the company and carries a backup warning
 * when there is one: overdue, failed, never made, or the folder out of reach. A backup
 * opened read-only says so there too.
 */
export function useWindowTitle(companyName: string): void {
  const { t } = useTranslation();
  const { warning } = useBackupSituation();
  const title = [viewing ? t('backup.viewing.label') : null, companyName, t('app.name'), warning ? t(`backup.indicator.${warning}`) : null]
    .filter((part) => part)
    .join(' — ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
