import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../../shared/dates';
import { readBackupContents, type BackupContents } from '../../db/backup/backupContents';
import { backupSourceFor, type OpenedBackup } from './backupIpc';
import { formatBytes } from './formatBytes';
import { useRegionalFormat } from '../../i18n/regionalFormat';

/** The backup's entries, counted from its blocks once it is open; null while counting, 'failed' if a part cannot be read. */
function useBackupContents(opened: OpenedBackup): BackupContents | null | 'failed' {
  const [contents, setContents] = useState<BackupContents | null | 'failed'>(null);
  useEffect(() => {
    let current = true;
    setContents(null);
    readBackupContents(backupSourceFor(opened)).then(
      (read) => current && setContents(read),
      () => current && setContents('failed'),
    );
    return () => {
      current = false;
    };
  }, [opened]);
  return contents;
}

/** What a verified backup holds, before the office manager decides to replace the current data. */
export function RestoreCheck({ opened, currentVersion }: { opened: OpenedBackup; currentVersion: number }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const { manifest } = opened;
  const parts = manifest.tables.reduce((sum, table) => sum + table.parts.length, 0);
  const contents = useBackupContents(opened);
  const number = (value: number) => value.toLocaleString(regional.locale);
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
        <dt>{t('backup.restore.fields.entries')}</dt>
        <dd data-testid="backup-entries">
          {contents === null
            ? t('backup.restore.contents.counting')
            : contents === 'failed'
              ? t('backup.restore.contents.unreadable')
              : contents.firstEntryDate && contents.lastEntryDate
                ? t('backup.restore.contents.entries', {
                    number: number(contents.entries),
                    first: formatDate(contents.firstEntryDate, regional, 'short'),
                    last: formatDate(contents.lastEntryDate, regional, 'short'),
                  })
                : number(0)}
        </dd>
        {contents !== null && contents !== 'failed' && contents.drafts > 0 ? (
          <>
            <dt>{t('backup.restore.fields.drafts')}</dt>
            <dd>{number(contents.drafts)}</dd>
          </>
        ) : null}
        {contents !== null && contents !== 'failed' ? (
          <>
            <dt>{t('backup.restore.fields.accounts')}</dt>
            <dd>{number(contents.accounts)}</dd>
          </>
        ) : null}
        <dt>{t('backup.restore.fields.documents')}</dt>
        <dd data-testid="backup-documents">
          {number(manifest.documents.count)}
          {manifest.documents.count > 0 ? ` (${formatBytes(manifest.documents.bytes, regional)})` : ''}
        </dd>
        <dt>{t('backup.restore.fields.madeBy')}</dt>
        <dd>{t('backup.restore.madeBy', { version: manifest.appVersion, schema: manifest.schemaVersion })}</dd>
      </dl>
      {manifest.schemaVersion < currentVersion ? <p className="field-hint">{t('backup.restore.olderSchema')}</p> : null}
    </>
  );
}
