import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validateRule } from '../../../../../shared/bank';
import { AccountPicker } from '../../../components/AccountPicker';
import { FailureNote } from '../../../components/FailureNote';
import { accountOptions } from '../../../components/accountOptions';
import { bankRepository, type BankRuleInput } from '../../../db/repositories';
import type { Books } from '../useBooks';
import { describeBankError } from './bankText';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

type RuleDialogProps = {
  /** The rule to edit, or a new rule's first values; null closes the dialog. */
  rule: BankRuleInput | null;
  books: Books;
  onSaved(): void;
  onCancel(): void;
};

/** Adds or changes a bank rule: where to look, what to look for, and the account (and VAT code) it means. */
export function RuleDialog({ rule, books, onSaved, onCancel }: RuleDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (rule !== null && !dialog.open) dialog.showModal();
    else if (rule === null && dialog.open) dialog.close();
  }, [rule]);
  return (
    <dialog
      ref={ref}
      className="dialog rule-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <div className="dialog-content">
        <h2 id={titleId}>{rule?.id ? t('bank.rules.editTitle') : t('bank.rules.addTitle')}</h2>
        {rule ? <RuleFields key={rule.id ?? JSON.stringify(rule.match)} initial={rule} books={books} onSaved={onSaved} onCancel={onCancel} /> : null}
      </div>
    </dialog>
  );
}

function RuleFields({ initial, books, onSaved, onCancel }: { initial: BankRuleInput; books: Books; onSaved(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const id = useId();
  const [rule, setRule] = useState<BankRuleInput>(initial);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const options = useMemo(() => accountOptions(books.accounts), [books.accounts]);
  const problems = validateRule({ ...rule, id: rule.id ?? 'new' });
  const match = (change: Partial<BankRuleInput['match']>) => setRule({ ...rule, match: { ...rule.match, ...change } });

  const save = async () => {
    setTried(true);
    if (problems.length > 0) return;
    setBusy(true);
    setFailure(null);
    try {
      await bankRepository.saveRule(rule);
      onSaved();
    } catch (error) {
      setFailure(describeBankError(error, t, regional));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="rule-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}field`}>{t('bank.rules.field')}</label>
        <select id={`${id}field`} value={rule.match.field} onChange={(event) => match({ field: event.target.value as 'description' | 'payee' })}>
          <option value="description">{t('bank.rules.fields.description')}</option>
          <option value="payee">{t('bank.rules.fields.payee')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}kind`}>{t('bank.rules.kind')}</label>
        <select id={`${id}kind`} value={rule.match.kind} onChange={(event) => match({ kind: event.target.value as 'contains' | 'startsWith' | 'regex' })}>
          {(['contains', 'startsWith', 'regex'] as const).map((kind) => (
            <option key={kind} value={kind}>
              {t(`bank.rules.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className={tried && (problems.includes('emptyPattern') || problems.includes('invalidRegex')) ? 'field field-invalid' : 'field'}>
        <label htmlFor={`${id}pattern`}>{t('bank.rules.pattern')}</label>
        <input id={`${id}pattern`} value={rule.match.pattern} onChange={(event) => match({ pattern: event.target.value })} />
        {problems.includes('invalidRegex') ? <p className="field-error">{t('bank.rules.problems.invalidRegex')}</p> : null}
        {tried && problems.includes('emptyPattern') ? <p className="field-error">{t('bank.rules.problems.emptyPattern')}</p> : null}
      </div>
      <label className="field-check">
        <input type="checkbox" checked={rule.match.caseSensitive === true} onChange={(event) => match({ caseSensitive: event.target.checked })} />
        {t('bank.rules.caseSensitive')}
      </label>
      <div className={tried && problems.includes('noAccount') ? 'field field-invalid' : 'field'}>
        <label htmlFor={`${id}account`}>{t('bank.rules.account')}</label>
        <AccountPicker id={`${id}account`} options={options} value={rule.accountId} onChange={(accountId) => setRule({ ...rule, accountId })} />
        {tried && problems.includes('noAccount') ? <p className="field-error">{t('bank.rules.problems.noAccount')}</p> : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}vat`}>{t('bank.rules.vatCode')}</label>
        <select id={`${id}vat`} value={rule.vatCode ?? ''} onChange={(event) => setRule({ ...rule, vatCode: event.target.value || undefined })}>
          <option value="">{t('bank.review.noVat')}</option>
          {books.vatCodes
            .filter((code) => !code.archived || code.id === rule.vatCode)
            .map((code) => (
              <option key={code.id} value={code.id}>
                {code.code} · {code.name}
              </option>
            ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}payee`}>{t('bank.rules.payee')}</label>
        <input id={`${id}payee`} value={rule.payee ?? ''} onChange={(event) => setRule({ ...rule, payee: event.target.value })} />
        <p className="field-hint">{t('bank.rules.payeeHint')}</p>
      </div>
      <FailureNote message={failure} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('bank.rules.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('components.confirm.cancel')}
        </button>
      </div>
    </form>
  );
}
