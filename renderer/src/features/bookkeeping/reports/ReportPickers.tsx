import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type IsoDate } from '../../../../../shared/dates';
import { useNavigationStore } from '../../../app/navigationStore';
import { DateInput } from '../../../components/DateInput';
import { dateText, readDate, dateReadingError } from '../../../components/dateText';
import { asOfPresets, reportPath, type AsOfPreset, type CompareMode, type ReportKind, type ReportParams } from './reportPlace';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

/** Changes a report's settings by changing the address, so Back returns to the previous ones. */
export function useReportNavigation(kind: ReportKind, params: ReportParams): (changes: ReportParams) => void {
  const go = useNavigationStore((state) => state.go);
  return (changes) => go('bookkeeping', reportPath(kind, { ...params, ...changes }));
}

type CompareSelectProps = { value: CompareMode; modes: readonly CompareMode[]; onChange(mode: CompareMode): void };

/** "Compare with: nothing / the previous period / the same period last year". */
export function CompareSelect({ value, modes, onChange }: CompareSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{t('reports.compare.label')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as CompareMode)}>
        {['none' as const, ...modes].map((mode) => (
          <option key={mode} value={mode}>
            {t(`reports.compare.${mode}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

type AsOfPickerProps = { preset: AsOfPreset; asOf: IsoDate; onChange(choice: { asOfPreset: AsOfPreset; asOf?: IsoDate }): void };

/** The date a balance is taken on: today, the end of last month or year, or a typed date. */
export function AsOfPicker({ preset, asOf, onChange }: AsOfPickerProps) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const id = useId();
  const [text, setText] = useState(dateText(asOf, regional));
  const reading = readDate(text, regional);
  return (
    <fieldset className="period-picker">
      <legend className="visually-hidden">{t('reports.asOf.label')}</legend>
      <div className="field field-inline">
        <label htmlFor={`${id}preset`}>{t('reports.asOf.label')}</label>
        <select
          id={`${id}preset`}
          value={preset}
          onChange={(event) => {
            const next = event.target.value as AsOfPreset;
            if (next === 'custom') {
              setText(dateText(asOf, regional));
              onChange({ asOfPreset: next, asOf });
            } else onChange({ asOfPreset: next });
          }}
        >
          {asOfPresets.map((choice) => (
            <option key={choice} value={choice}>
              {t(`reports.asOf.presets.${choice}`)}
            </option>
          ))}
        </select>
      </div>
      {preset === 'custom' ? (
        <div className={reading.kind === 'invalid' ? 'field field-inline field-invalid' : 'field field-inline'}>
          <label htmlFor={`${id}date`}>{t('reports.asOf.date')}</label>
          <DateInput
            id={`${id}date`}
            value={text}
            aria-invalid={reading.kind === 'invalid'}
            onChange={(next) => {
              setText(next);
              const read = readDate(next, regional);
              if (read.kind === 'date') onChange({ asOfPreset: 'custom', asOf: read.iso });
            }}
          />
          {reading.kind === 'invalid' ? (
            <p className="field-error" role="alert">
              {dateReadingError(reading, t)}
            </p>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}
