import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatementEncoding } from '../../../../../shared/bank';
import { catalogFileLimit, guessMapping, readCatalogFile, type CatalogFileError, type CatalogSheet, type ImportMapping } from '../../../../../shared/catalog';
import { useNavigationStore } from '../../../app/navigationStore';
import { FailureNote } from '../../../components/FailureNote';
import type { CatalogImportOutcome } from '../../../db/repositories/catalog';
import type { Books } from '../../bookkeeping/useBooks';
import { ImportMappingStep } from './ImportMappingStep';
import type { CatalogView } from './useCatalog';

/** The file the user chose, as read: kept with its bytes so another encoding can be tried. */
export type OpenedCatalogFile = { fileName: string; bytes: Uint8Array; sheet: CatalogSheet; mapping: ImportMapping };

/**
 * Import items: choose a CSV or Excel file, match its columns, look at what each row would
 * do, and only then import, everything in one go. A file that cannot be read is refused
 * with the reason, and nothing is stored.
 */
export function ImportItems({ books, catalog }: { books: Books; catalog: CatalogView }) {
  const { t } = useTranslation();
  const go = useNavigationStore((state) => state.go);
  const id = useId();
  const [file, setFile] = useState<OpenedCatalogFile | null>(null);
  const [fileError, setFileError] = useState<{ code: CatalogFileError; fileName: string } | null>(null);
  const [reading, setReading] = useState(false);
  const [outcome, setOutcome] = useState<CatalogImportOutcome | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  const open = async (chosen: File) => {
    setFileError(null);
    setOutcome(null);
    // A file this large is refused before it is read into memory at all.
    if (chosen.size > catalogFileLimit) return setFileError({ code: 'tooLarge', fileName: chosen.name });
    setReading(true);
    try {
      const bytes = new Uint8Array(await chosen.arrayBuffer());
      const result = await readCatalogFile(bytes);
      if (!result.ok) return setFileError({ code: result.error, fileName: chosen.name });
      setFile({ fileName: chosen.name, bytes, sheet: result.sheet, mapping: guessMapping(result.sheet.headers) });
    } finally {
      setReading(false);
    }
  };

  const reopen = async (encoding: StatementEncoding) => {
    if (!file) return;
    const result = await readCatalogFile(file.bytes, encoding);
    if (!result.ok) return setFileError({ code: result.error, fileName: file.fileName });
    setFile({ ...file, sheet: result.sheet, mapping: guessMapping(result.sheet.headers) });
  };

  const back = (
    <p className="back-link">
      <a
        href="#/inventory/items"
        onClick={(event) => {
          event.preventDefault();
          go('inventory', ['items']);
        }}
      >
        {t('inventory.catalog.form.back')}
      </a>
    </p>
  );

  if (outcome) {
    return (
      <section className="panel catalog-import" data-testid="catalog-import-done">
        {back}
        <h2>{t('inventory.catalog.import.doneHeading')}</h2>
        <p role="status">
          {t('inventory.catalog.import.doneSummary', { added: outcome.added, updated: outcome.updated, skipped: outcome.skipped, leftOut: outcome.leftOut })}
          {outcome.categoriesCreated > 0 ? ` ${t('inventory.catalog.import.categoriesCreated', { count: outcome.categoriesCreated })}` : ''}
        </p>
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={() => go('inventory', ['items'])}>
            {t('inventory.catalog.import.showItems')}
          </button>
          <button type="button" className="button" onClick={() => { setOutcome(null); setFile(null); }}>
            {t('inventory.catalog.import.another')}
          </button>
        </div>
      </section>
    );
  }

  if (file) {
    return (
      <section className="catalog-import">
        {back}
        <ImportMappingStep
          file={file}
          books={books}
          catalog={catalog}
          onMappingChange={(mapping) => setFile({ ...file, mapping })}
          onEncodingChange={(encoding) => void reopen(encoding)}
          onOtherFile={() => setFile(null)}
          onImported={setOutcome}
        />
        <FailureNote message={fileError ? t(`inventory.catalog.import.fileErrors.${fileError.code}`, { fileName: fileError.fileName }) : null} />
      </section>
    );
  }

  return (
    <section className="panel catalog-import" aria-labelledby={`${id}heading`}>
      {back}
      <h2 id={`${id}heading`}>{t('inventory.catalog.import.heading')}</h2>
      <p className="muted">{t('inventory.catalog.import.intro')}</p>
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={reading} onClick={() => picker.current?.click()}>
          {reading ? t('inventory.catalog.import.reading') : t('inventory.catalog.import.chooseFile')}
        </button>
        <input
          ref={picker}
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          type="file"
          accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={reading}
          data-testid="catalog-file"
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            event.target.value = '';
            if (chosen) void open(chosen);
          }}
        />
      </div>
      <p className="field-hint">{t('inventory.catalog.import.formats')}</p>
      <FailureNote message={fileError ? t(`inventory.catalog.import.fileErrors.${fileError.code}`, { fileName: fileError.fileName }) : null} />
    </section>
  );
}
