import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso, type FiscalYearStart } from '../../../shared/dates';
import { DateInput } from './DateInput';
import { dateText, readDate, dateReadingError } from './dateText';
import { periodPresets, rangeOfPreset, type PeriodChoice, type PeriodPreset } from './periodPresets';
import './components.css';
import { useRegionalFormat } from '../i18n/regionalFormat';

type PeriodPickerProps = {
  value: PeriodChoice;
  onChange(choice: PeriodChoice): void;
  fiscalYearStart: FiscalYearStart;
  /** Which presets to offer; all by default. */
  presets?: readonly PeriodPreset[];
  label?: string;
};

/**
 * A period: a preset (this month, this fiscal year, …) or two typed dates. A custom date
 * that is not a real day is pointed at and the last good period stays in force.
 */
export function PeriodPicker({ value, onChange, fiscalYearStart, presets = periodPresets, label }: PeriodPickerProps) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const id = useId();
  const [fromText, setFromText] = useState(value.from ? dateText(value.from, regional) : '');
  const [toText, setToText] = useState(value.to ? dateText(value.to, regional) : '');
  const fromReading = readDate(fromText, regional);
  const toReading = readDate(toText, regional);

  const choosePreset = (preset: PeriodPreset) => {
    if (preset === 'custom') return onChange({ ...value, preset });
    const range = rangeOfPreset(preset, todayIso(), fiscalYearStart);
    setFromText(range.from ? dateText(range.from, regional) : '');
    setToText(range.to ? dateText(range.to, regional) : '');
    onChange({ preset, ...range });
  };

  const changeCustom = (from: string, to: string) => {
    setFromText(from);
    setToText(to);
    const a = readDate(from, regional);
    const b = readDate(to, regional);
    if (a.kind === 'invalid' || b.kind === 'invalid') return;
    onChange({ preset: 'custom', from: a.kind === 'date' ? a.iso : null, to: b.kind === 'date' ? b.iso : null });
  };

  return (
    <div className="period-picker" role="group" aria-label={label ?? t('components.period.label')}>
      <div className="field field-inline">
        <label htmlFor={`${id}preset`}>{label ?? t('components.period.label')}</label>
        <select id={`${id}preset`} value={value.preset} onChange={(event) => choosePreset(event.target.value as PeriodPreset)}>
          {presets.map((preset) => (
            <option key={preset} value={preset}>
              {t(`components.period.presets.${preset}`)}
            </option>
          ))}
        </select>
      </div>
      {value.preset === 'custom' ? (
        <>
          <div className={fromReading.kind === 'invalid' ? 'field field-inline field-invalid' : 'field field-inline'}>
            <label htmlFor={`${id}from`}>{t('components.period.from')}</label>
            <DateInput id={`${id}from`} value={fromText} aria-invalid={fromReading.kind === 'invalid'} onChange={(text) => changeCustom(text, toText)} />
          </div>
          <div className={toReading.kind === 'invalid' ? 'field field-inline field-invalid' : 'field field-inline'}>
            <label htmlFor={`${id}to`}>{t('components.period.to')}</label>
            <DateInput id={`${id}to`} value={toText} aria-invalid={toReading.kind === 'invalid'} onChange={(text) => changeCustom(fromText, text)} />
          </div>
          {fromReading.kind === 'invalid' || toReading.kind === 'invalid' ? (
            <p className="field-error" role="alert">
              {dateReadingError(fromReading, t) ?? dateReadingError(toReading, t)}
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
