import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/dates';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FailureNote } from '../../../components/FailureNote';
import { notify } from '../../../components/notices';
import { appDb, viewing } from '../../../db/appDb';
import { importStockMovements, negativeStockOfImport } from '../../../db/repositories/stock/importing';
import { ensureInventorySettings } from '../../../db/repositories/stock/inventorySettings';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { checkStockFile, type CheckedFile } from './stockImportFile';
import { describeNegative, describeStockError } from './stockRecording';

type Stage = { kind: 'idle' } | { kind: 'checking' | 'importing'; done: number; total: number } | { kind: 'checked'; file: CheckedFile };

/**
 * Inventory › Stock › Import: movements and opening balances from a CSV file. The file is
 * checked whole before anything is written; the import runs in chunks with a progress bar
 * and Cancel.
 */
export function StockImportPanel() {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const abort = useRef<AbortController | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [failure, setFailure] = useState<string | null>(null);
  const [negative, setNegative] = useState<string[] | null>(null);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setFailure(null);
    const controller = new AbortController();
    abort.current = controller;
    setStage({ kind: 'checking', done: 0, total: 0 });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const checked = await checkStockFile({ name: file.name, bytes }, (done, total) => setStage({ kind: 'checking', done, total }), controller.signal);
      setStage(checked ? { kind: 'checked', file: checked } : { kind: 'idle' });
    } catch (error) {
      setStage({ kind: 'idle' });
      setFailure(describeStockError(error, t, regional));
    } finally {
      if (inputRef.current) inputRef.current.value = '';
    }
  };

  const start = async (allowNegative: boolean) => {
    if (stage.kind !== 'checked' || stage.file.kind !== 'ready') return;
    const { drafts, fileName } = stage.file;
    setFailure(null);
    try {
      await ensureInventorySettings(appDb);
      if (!allowNegative) {
        const below = await negativeStockOfImport(appDb, drafts);
        if (below.length > 0) {
          setNegative(await describeNegative(below.slice(0, 10), regional));
          return;
        }
      }
      const controller = new AbortController();
      abort.current = controller;
      const outcome = await importStockMovements(appDb, drafts, {
        allowNegative,
        memo: t('inventory.stock.import.memo', { file: fileName }),
        signal: controller.signal,
        onProgress: ({ done, total }) => setStage({ kind: 'importing', done, total }),
      });
      setStage({ kind: 'idle' });
      notify({ text: t(outcome.cancelled ? 'inventory.stock.import.cancelled' : 'inventory.stock.import.done', { imported: outcome.imported, total: outcome.total }) });
    } catch (error) {
      setStage({ kind: 'idle' });
      setFailure(describeStockError(error, t, regional));
    }
  };

  const busy = stage.kind === 'checking' || stage.kind === 'importing';
  const file = stage.kind === 'checked' ? stage.file : null;
  return (
    <section className="panel" aria-labelledby={`${id}heading`}>
      <h2 id={`${id}heading`}>{t('inventory.stock.import.heading')}</h2>
      <p className="muted">{t('inventory.stock.import.intro')}</p>
      <pre className="stock-import-sample">{t('inventory.stock.import.sample')}</pre>
      <div className="button-row">
        <label className={busy || viewing ? 'button is-disabled' : 'button button-primary'} htmlFor={`${id}file`}>
          {t('inventory.stock.import.choose')}
        </label>
        <input
          ref={inputRef}
          id={`${id}file`}
          className="visually-hidden"
          type="file"
          accept=".csv,.txt,text/csv"
          disabled={busy || viewing !== null}
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </div>
      {busy ? (
        <div className="stock-progress" role="status" aria-live="polite">
          <progress max={Math.max(stage.total, 1)} value={stage.done} aria-label={t(`inventory.stock.import.${stage.kind}`)} />
          <span>{t(`inventory.stock.import.${stage.kind}Count`, { done: stage.done, total: stage.total })}</span>
          <button type="button" className="button" onClick={() => abort.current?.abort()}>
            {t('components.confirm.cancel')}
          </button>
        </div>
      ) : null}
      {file?.kind === 'ready' ? (
        <div className="stock-import-summary" data-testid="stock-import-summary">
          <p>
            {t('inventory.stock.import.ready', {
              file: file.fileName,
              movements: file.drafts.length,
              rows: file.rows,
              from: formatDate(file.from, regional, 'short'),
              to: formatDate(file.to, regional, 'short'),
              encoding: file.encoding,
            })}
          </p>
          <button type="button" className="button button-primary" onClick={() => void start(false)}>
            {t('inventory.stock.import.start', { movements: file.drafts.length })}
          </button>
        </div>
      ) : null}
      {file?.kind === 'rowErrors' ? (
        <div className="status status-error" role="alert">
          <p>{t('inventory.stock.import.rowErrors', { file: file.fileName, errors: file.errors.length })}</p>
          <ul>
            {file.errors.slice(0, 20).map((error) => (
              <li key={`${error.row}-${error.problem}`}>{t(`inventory.stock.import.problems.${error.problem}`, { row: error.row, text: error.text })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {file?.kind === 'columnsMissing' ? <FailureNote message={t('inventory.stock.import.columnsMissing', { columns: file.missing.join(', ') })} /> : null}
      {file?.kind === 'unreadable' ? <FailureNote message={t('inventory.stock.import.unreadable', { file: file.fileName })} /> : null}
      <FailureNote message={failure} />
      <ConfirmDialog
        open={negative !== null}
        title={t('inventory.stock.form.negativeTitle')}
        confirmLabel={t('inventory.stock.form.negativeConfirm')}
        danger
        onCancel={() => setNegative(null)}
        onConfirm={() => {
          setNegative(null);
          void start(true);
        }}
      >
        <p>{t('inventory.stock.import.negativeBody')}</p>
        <ul>
          {(negative ?? []).map((place) => (
            <li key={place}>{place}</li>
          ))}
        </ul>
      </ConfirmDialog>
    </section>
  );
}
