import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { csvDelimiters, decimalStyles, statementDateFormats } from '../../../../../shared/bank';
import { changeMapping } from './bankImportStore';
import { dateFormatLabel } from './bankText';
import { ColumnSelect } from './ColumnSelect';
import type { MappingForm } from './mappingForm';

const delimiterKey = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;

/** The mapping form's fields: the table's shape, the columns, the amount layout, date and number formats. */
export function MappingFields({ form, titles, unsure }: { form: MappingForm; titles: readonly string[]; unsure: readonly string[] }) {
  const { t } = useTranslation();
  const id = useId();
  const number = (value: string) => Math.max(0, Math.min(999, Math.trunc(Number(value) || 0)));
  const check = (part: string) => (unsure.includes(part) ? <span className="badge badge-pending">{t('bank.mapping.check')}</span> : null);

  return (
    <>
      <fieldset className="fieldset mapping-shape">
        <legend>{t('bank.mapping.shape')}</legend>
        <div className="field">
          <label htmlFor={`${id}delimiter`}>{t('bank.mapping.delimiter')}</label>
          <select id={`${id}delimiter`} value={form.delimiter} onChange={(event) => changeMapping({ delimiter: event.target.value as MappingForm['delimiter'] })}>
            {csvDelimiters.map((delimiter) => (
              <option key={delimiter} value={delimiter}>
                {t(`bank.mapping.delimiters.${delimiterKey[delimiter]}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}skip`}>{t('bank.mapping.skipRows')}</label>
          <input id={`${id}skip`} type="number" min={0} className="input-count" value={form.skipRows} onChange={(event) => changeMapping({ skipRows: number(event.target.value) })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}trailing`}>{t('bank.mapping.skipTrailingRows')}</label>
          <input id={`${id}trailing`} type="number" min={0} className="input-count" value={form.skipTrailingRows} onChange={(event) => changeMapping({ skipTrailingRows: number(event.target.value) })} />
        </div>
        <label className="field-check">
          <input type="checkbox" checked={form.hasHeader} onChange={(event) => changeMapping({ hasHeader: event.target.checked })} />
          {t('bank.mapping.hasHeader')}
        </label>
      </fieldset>

      <fieldset className="fieldset mapping-columns">
        <legend>{t('bank.mapping.columns')}</legend>
        <ColumnSelect label={t('bank.fields.date')} value={form.date} titles={titles} onChange={(date) => changeMapping({ date })} />
        <ColumnSelect label={t('bank.fields.description')} value={form.description} titles={titles} onChange={(description) => changeMapping({ description })} />
        <ColumnSelect label={t('bank.fields.payee')} value={form.payee} titles={titles} optional onChange={(payee) => changeMapping({ payee })} />
        <ColumnSelect label={t('bank.fields.reference')} value={form.reference} titles={titles} optional onChange={(reference) => changeMapping({ reference })} />
        <ColumnSelect label={t('bank.fields.balance')} value={form.balance} titles={titles} optional onChange={(balance) => changeMapping({ balance })} />
      </fieldset>

      <fieldset className="fieldset mapping-amounts">
        <legend>
          {t('bank.mapping.amounts')} {check('amount')}
        </legend>
        <div className="field">
          <label htmlFor={`${id}kind`}>{t('bank.mapping.amountKind')}</label>
          <select id={`${id}kind`} value={form.amountKind} onChange={(event) => changeMapping({ amountKind: event.target.value as MappingForm['amountKind'] })}>
            {(['signed', 'debitCredit', 'withIndicator'] as const).map((kind) => (
              <option key={kind} value={kind}>
                {t(`bank.mapping.amountKinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        {form.amountKind === 'debitCredit' ? (
          <>
            <ColumnSelect label={t('bank.fields.debit')} value={form.debit} titles={titles} onChange={(debit) => changeMapping({ debit })} />
            <ColumnSelect label={t('bank.fields.credit')} value={form.credit} titles={titles} onChange={(credit) => changeMapping({ credit })} />
          </>
        ) : (
          <ColumnSelect label={t('bank.fields.amount')} value={form.amount} titles={titles} onChange={(amount) => changeMapping({ amount })} />
        )}
        {form.amountKind === 'withIndicator' ? (
          <>
            <ColumnSelect label={t('bank.fields.indicator')} value={form.indicator} titles={titles} onChange={(indicator) => changeMapping({ indicator })} />
            <div className="field">
              <label htmlFor={`${id}marks`}>{t('bank.mapping.debitMarks')}</label>
              <input id={`${id}marks`} className="input-count" value={form.debitMarks} onChange={(event) => changeMapping({ debitMarks: event.target.value })} />
            </div>
          </>
        ) : null}
        <label className="field-check">
          <input type="checkbox" checked={form.invertSign} onChange={(event) => changeMapping({ invertSign: event.target.checked })} />
          {t('bank.mapping.invertSign')}
        </label>
      </fieldset>

      <fieldset className="fieldset mapping-formats">
        <legend>{t('bank.mapping.formats')}</legend>
        <div className="field">
          <label htmlFor={`${id}date`}>
            {t('bank.mapping.dateFormat')} {check('dateFormat')}
          </label>
          <select id={`${id}date`} value={form.dateFormat ?? ''} onChange={(event) => changeMapping({ dateFormat: (event.target.value || null) as MappingForm['dateFormat'] })}>
            <option value="">{t('bank.mapping.chooseFormat')}</option>
            {statementDateFormats.map((format) => (
              <option key={format} value={format}>
                {dateFormatLabel(format, t)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}decimal`}>
            {t('bank.mapping.decimalStyle')} {check('decimalStyle')}
          </label>
          <select id={`${id}decimal`} value={form.decimalStyle ?? ''} onChange={(event) => changeMapping({ decimalStyle: (event.target.value || null) as MappingForm['decimalStyle'] })}>
            <option value="">{t('bank.mapping.chooseFormat')}</option>
            {decimalStyles.map((style) => (
              <option key={style} value={style}>
                {style}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
    </>
  );
}
