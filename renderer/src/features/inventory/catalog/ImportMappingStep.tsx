import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { statementEncodings, type StatementEncoding } from '../../../../../shared/bank';
import { importFields, missingRequiredFields, type ImportField, type ImportMapping, type ImportPlan } from '../../../../../shared/catalog';
import { FailureNote } from '../../../components/FailureNote';
import { catalogRepository } from '../../../db/repositories/catalog/appCatalog';
import type { CatalogImportOutcome } from '../../../db/repositories/catalog';
import { encodingLabel } from '../../bookkeeping/bank/bankText';
import type { Books } from '../../bookkeeping/useBooks';
import { builtInNamesEverywhere, describeCatalogError } from './catalogText';
import type { OpenedCatalogFile } from './ImportItems';
import { ImportPreview } from './ImportPreview';
import type { CatalogView } from './useCatalog';

type StepProps = {
  file: OpenedCatalogFile;
  books: Books;
  catalog: CatalogView;
  onMappingChange(mapping: ImportMapping): void;
  onEncodingChange(encoding: StatementEncoding): void;
  onOtherFile(): void;
  onImported(outcome: CatalogImportOutcome): void;
};

/** Which column is which (guessed from the headers), what to do with SKUs already there, and the preview row by row. */
export function ImportMappingStep({ file, catalog, onMappingChange, onEncodingChange, onOtherFile, onImported }: StepProps) {
  const { t } = useTranslation();
  const id = useId();
  const { sheet, mapping } = file;
  const [existing, setExisting] = useState<'update' | 'skip'>('update');
  const [leaveOutFaulty, setLeaveOutFaulty] = useState(false);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [importing, setImporting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const builtInNames = useMemo(builtInNamesEverywhere, []);
  const missing = missingRequiredFields(mapping);
  const request = useMemo(() => ({ rows: sheet.rows, mapping, existing, builtInNames }), [sheet.rows, mapping, existing, builtInNames]);

  // The preview follows every change of the mapping, and the catalog as it changes.
  useEffect(() => {
    if (missing.length > 0) return setPlan(null);
    let live = true;
    catalogRepository
      .previewImport(request)
      .then((next) => live && setPlan(next))
      .catch((error: unknown) => live && setFailure(describeCatalogError(error, t)));
    return () => {
      live = false;
    };
  }, [request, missing.length, catalog.items, t]);

  const faultyRows = plan ? plan.rows.filter((row) => row.problems.length > 0).map((row) => row.row) : [];
  const taken = plan ? plan.rows.filter((row) => row.action !== 'skip' && row.problems.length === 0).length : 0;
  const canImport = plan !== null && taken > 0 && (faultyRows.length === 0 || leaveOutFaulty) && !importing;

  const runImport = async () => {
    setFailure(null);
    setImporting(true);
    try {
      onImported(await catalogRepository.importItems({ ...request, leaveOut: faultyRows }));
    } catch (error) {
      setFailure(describeCatalogError(error, t));
    } finally {
      setImporting(false);
    }
  };

  const columnChoice = (value: number | null, onChange: (column: number | null) => void, label: string, fieldId: string) => (
    <select id={fieldId} aria-label={label} value={value === null ? '' : String(value)} onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}>
      <option value="">{t('inventory.catalog.import.notInFile')}</option>
      {sheet.headers.map((header, column) => (
        <option key={column} value={column}>
          {header || t('inventory.catalog.import.columnNumber', { number: column + 1 })}
        </option>
      ))}
    </select>
  );
  const setField = (field: ImportField, column: number | null) => {
    if (field === 'barcodes') return;
    onMappingChange({ ...mapping, [field]: column });
  };
  const setBarcode = (index: number, column: number | null) => {
    const next = [...mapping.barcodes];
    if (column === null) next.splice(index, 1);
    else next[index] = column;
    onMappingChange({ ...mapping, barcodes: next.filter((value, at) => value !== undefined && next.indexOf(value) === at) });
  };
  const sample = (column: number | null | undefined) => (column === null || column === undefined ? '' : (sheet.rows[0]?.cells[column] ?? ''));

  return (
    <div className="panel catalog-mapping" data-testid="catalog-mapping">
      <h2>{t('inventory.catalog.import.mappingHeading', { fileName: file.fileName })}</h2>
      <p className="muted">{t('inventory.catalog.import.mappingIntro', { count: sheet.rows.length })}</p>
      {sheet.kind === 'csv' && sheet.encoding ? (
        <div className="field field-inline">
          <label htmlFor={`${id}encoding`}>{t('inventory.catalog.import.encoding')}</label>
          <select id={`${id}encoding`} value={sheet.encoding} onChange={(event) => onEncodingChange(event.target.value as StatementEncoding)}>
            {statementEncodings.map((encoding) => (
              <option key={encoding} value={encoding}>
                {encodingLabel(encoding, t)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {sheet.replacedCharacters ? <p className="status status-warning">{t('inventory.catalog.import.replacedCharacters')}</p> : null}

      <div className="mapping-fields" role="group" aria-label={t('inventory.catalog.import.columns')}>
        {importFields.map((field) =>
          field === 'barcodes' ? (
            [0, 1].map((index) => (
              <div className="field mapping-field" key={`barcodes-${index}`}>
                <label htmlFor={`${id}barcodes${index}`}>{index === 0 ? t('inventory.catalog.importFields.barcodes') : t('inventory.catalog.import.secondBarcode')}</label>
                {columnChoice(mapping.barcodes[index] ?? null, (column) => setBarcode(index, column), index === 0 ? t('inventory.catalog.importFields.barcodes') : t('inventory.catalog.import.secondBarcode'), `${id}barcodes${index}`)}
                <span className="mapping-sample muted">{sample(mapping.barcodes[index])}</span>
              </div>
            ))
          ) : (
            <div className={missing.includes(field as 'sku' | 'name') ? 'field mapping-field field-invalid' : 'field mapping-field'} key={field}>
              <label htmlFor={`${id}${field}`}>
                {t(`inventory.catalog.importFields.${field}`)}
                {field === 'sku' || field === 'name' ? ' *' : ''}
              </label>
              {columnChoice(mapping[field], (column) => setField(field, column), t(`inventory.catalog.importFields.${field}`), `${id}${field}`)}
              <span className="mapping-sample muted">{sample(mapping[field])}</span>
            </div>
          ),
        )}
      </div>
      <p className="field-hint">{t('inventory.catalog.import.mappingHint')}</p>
      {missing.length > 0 ? (
        <p className="status status-error" role="alert">
          {t('inventory.catalog.import.missingFields', { fields: missing.map((field) => t(`inventory.catalog.importFields.${field}`)).join(', ') })}
        </p>
      ) : null}

      <fieldset className="fieldset import-existing">
        <legend>{t('inventory.catalog.import.existingLegend')}</legend>
        <label className="check">
          <input type="radio" name={`${id}existing`} checked={existing === 'update'} onChange={() => setExisting('update')} />
          {t('inventory.catalog.import.existingUpdate')}
        </label>
        <label className="check">
          <input type="radio" name={`${id}existing`} checked={existing === 'skip'} onChange={() => setExisting('skip')} />
          {t('inventory.catalog.import.existingSkip')}
        </label>
      </fieldset>

      {plan ? <ImportPreview plan={plan} /> : null}
      {faultyRows.length > 0 ? (
        <label className="check">
          <input type="checkbox" checked={leaveOutFaulty} onChange={(event) => setLeaveOutFaulty(event.target.checked)} />
          {t('inventory.catalog.import.leaveOut', { count: faultyRows.length })}
        </label>
      ) : null}
      <FailureNote message={failure} />
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={!canImport} onClick={() => void runImport()}>
          {importing ? t('inventory.catalog.import.importing') : t('inventory.catalog.import.confirm', { count: taken })}
        </button>
        <button type="button" className="button" onClick={onOtherFile}>
          {t('inventory.catalog.import.otherFile')}
        </button>
      </div>
    </div>
  );
}
