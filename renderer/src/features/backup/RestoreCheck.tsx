import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../shared/dates';
import type { OpenedBackup } from './backupIpc';
import { formatBytes } from './formatBytes';
import { useRegionalFormat } from '../../i18n/regionalFormat';

/** What a verified backup holds, before the office manager decides to replace the current data. */
export function RestoreCheck({ opened, currentVersion }: { opened: OpenedBackup; currentVersion: number }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const { manifest } = opened;
  const parts = manifest.tables.reduce((sum, table) => sum + table.parts.length, 0);
  const records = manifest.tables.reduce((sum, table) => sum + table.records, 0);
  return (
    <>
      <p className="backup-verified" data-testid="backup-verified">
        {t('backup.restore.checked', { parts, documents: manifest.documents.count })}
      </p>
      <dl className="facts">
        <dt>{t('backup.restore.fields.file')}</dt>
        <dd className="path">{opened.fileName}</dd>
        <dt>{t('backup.restore.fields.takenAt')}</dt>
        <dd>{formatDateTime(new Date(manifest.createdAt), regional)}</dd>
        <dt>{t('backup.restore.fields.company')}</dt>
        <dd>{manifest.company || '—'}</dd>
        <dt>{t('backup.restore.fields.records')}</dt>
        <dd>
          {records.toLocaleString(regional.locale)}
          <ul className="plain-list backup-tables">
            {manifest.tables
              .filter((table) => table.records > 0)
              .map((table) => (
                <li key={table.name}>
                  {t(`backup.tables.${table.name}`, { defaultValue: table.name })}: {table.records.toLocaleString(regional.locale)}
                </li>
              ))}
          </ul>
        </dd>
        <dt>{t('backup.restore.fields.documents')}</dt>
        <dd>
          {manifest.documents.count.toLocaleString(regional.locale)}
          {manifest.documents.count > 0 ? ` (${formatBytes(manifest.documents.bytes, regional)})` : ''}
        </dd>
        <dt>{t('backup.restore.fields.madeBy')}</dt>
        <dd>{t('backup.restore.madeBy', { version: manifest.appVersion, schema: manifest.schemaVersion })}</dd>
      </dl>
      {manifest.schemaVersion < currentVersion ? <p className="field-hint">{t('backup.restore.olderSchema')}</p> : null}
    </>
  );
}
