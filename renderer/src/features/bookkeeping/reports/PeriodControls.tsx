import { useTranslation } from 'react-i18next';
import type { FiscalYearStart } from '../../../../../shared/dates';
import { PeriodPicker } from '../../../components/PeriodPicker';
import type { PeriodChoice } from '../../../components/periodPresets';
import { CompareSelect } from './ReportPickers';
import type { CompareMode, ReportParams } from './reportPlace';

type PeriodControlsProps = {
  choice: PeriodChoice;
  fiscalYearStart: FiscalYearStart;
  update(changes: ReportParams): void;
  /** Offer a comparison, with these choices. */
  compare?: { value: CompareMode; modes: readonly CompareMode[] };
};

/** The period of a report (a preset or two dates) and what it is compared with; both go into the address. */
export function PeriodControls({ choice, fiscalYearStart, update, compare }: PeriodControlsProps) {
  const { t } = useTranslation();
  return (
    <>
      <PeriodPicker
        label={t('reports.periodLabel')}
        value={choice}
        fiscalYearStart={fiscalYearStart}
        onChange={(next) =>
          update(
            next.preset === 'custom'
              ? { preset: 'custom', from: next.from ?? undefined, to: next.to ?? undefined }
              : { preset: next.preset, from: undefined, to: undefined },
          )
        }
      />
      {compare ? <CompareSelect value={compare.value} modes={compare.modes} onChange={(mode) => update({ compare: mode === 'none' ? undefined : mode })} /> : null}
    </>
  );
}
