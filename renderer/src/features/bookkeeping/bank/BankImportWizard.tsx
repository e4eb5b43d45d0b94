import { useTranslation } from 'react-i18next';
import type { Books } from '../useBooks';
import { FailureNote } from '../../../components/FailureNote';
import { useBankImportStore, type BankImportStep } from './bankImportStore';
import { describeBankError } from './bankText';
import { DoneStep } from './DoneStep';
import { MappingStep } from './MappingStep';
import { ReviewStep } from './ReviewStep';
import { RowErrorsStep } from './RowErrorsStep';
import { StartStep } from './StartStep';
import { TextStep } from './TextStep';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

const shownSteps = ['start', 'text', 'mapping', 'review', 'done'] as const;
const placeOf = (step: BankImportStep) => (step === 'errors' ? 'mapping' : step);

/** Import a bank statement: account and file → text → columns → review → posted. */
export function BankImportWizard({ books }: { books: Books }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const step = useBankImportStore((state) => state.step);
  const failure = useBankImportStore((state) => state.failure);
  const format = useBankImportStore((state) => state.statement?.format);
  const steps = format && format !== 'csv' ? shownSteps.filter((s) => s !== 'text' && s !== 'mapping') : shownSteps;
  return (
    <section aria-labelledby="bank-import-heading">
      <h2 id="bank-import-heading" className="visually-hidden">
        {t('bank.heading')}
      </h2>
      <ol className="wizard-steps" aria-label={t('bank.steps.label')}>
        {steps.map((s) => (
          <li key={s} aria-current={s === placeOf(step) ? 'step' : undefined}>
            {t(`bank.steps.${s}`)}
          </li>
        ))}
      </ol>
      {failure ? (
        <FailureNote>
          {describeBankError(failure, t, regional, books.currency)}
        </FailureNote>
      ) : null}
      {step === 'start' ? <StartStep books={books} /> : null}
      {step === 'text' ? <TextStep /> : null}
      {step === 'mapping' ? <MappingStep books={books} /> : null}
      {step === 'errors' ? <RowErrorsStep /> : null}
      {step === 'review' ? <ReviewStep books={books} /> : null}
      {step === 'done' ? <DoneStep books={books} /> : null}
    </section>
  );
}
