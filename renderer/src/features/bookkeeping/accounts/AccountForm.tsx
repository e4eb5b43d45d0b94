import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { subtreeIds, validateAccount } from '../../../../../shared/ledger/accounts';
import { LedgerRejected, type LedgerProblem } from '../../../../../shared/ledger/problems';
import { accountTypes, type Account } from '../../../../../shared/ledger/types';
import { AccountPicker } from '../../../components/AccountPicker';
import { FailureNote } from '../../../components/FailureNote';
import { Field } from '../../../components/Field';
import { accountOptions } from '../../../components/accountOptions';
import { describeBookkeepingError, problemText } from '../problemText';
import {
  accountChangeOf,
  accountFormValuesOf,
  candidateAccount,
  fieldOfAccountProblem,
  type AccountChange,
  type AccountFormField,
  type AccountFormValues,
} from './accountFormValues';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

type AccountFormProps = {
  /** The account being changed; a new one when absent. */
  existing?: Account;
  /** A new account starts under this parent (its type follows). */
  defaultParent?: Account;
  accounts: readonly Account[];
  onSave(change: AccountChange): Promise<void>;
  onCancel(): void;
};

/** Name, code, type and parent of an account: adding, renaming and moving use the same form. */
export function AccountForm({ existing, defaultParent, accounts, onSave, onCancel }: AccountFormProps) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const prefix = useId();
  const [values, setValues] = useState<AccountFormValues>(() =>
    accountFormValuesOf(existing, defaultParent ? { parentId: defaultParent.id, type: defaultParent.type } : {}),
  );
  const [problems, setProblems] = useState<LedgerProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const parentOptions = useMemo(() => {
    const below = existing ? subtreeIds(existing.id, accounts) : new Set<string>();
    return accountOptions(accounts, { keepIds: [values.parentId] }).filter((option) => !below.has(option.id));
  }, [accounts, existing, values.parentId]);
  const parent = accounts.find((account) => account.id === values.parentId);

  const messageOf = (field: AccountFormField) => {
    const found = problems.find((item) => fieldOfAccountProblem(item) === field);
    return found ? problemText(found, t, regional) : undefined;
  };
  const set = (change: Partial<AccountFormValues>) => setValues((current) => ({ ...current, ...change }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found = validateAccount(candidateAccount(values, existing), accounts);
    setProblems(found);
    if (found.length > 0) return;
    setSaving(true);
    try {
      await onSave(accountChangeOf(values));
    } catch (error) {
      if (error instanceof LedgerRejected) setProblems(error.problems);
      setFailure(describeBookkeepingError(error, t, regional));
    } finally {
      setSaving(false);
    }
  };

  const id = (field: AccountFormField) => `${prefix}${field}`;
  const field = (name: AccountFormField, label: string, hint?: string) => {
    return { id: id(name), label, hint, error: messageOf(name) };
  };
  const name = field('name', t('bookkeeping.accounts.name'));
  const code = field('code', t('bookkeeping.accounts.code'), t('bookkeeping.accounts.codeHint'));
  const type = field('type', t('bookkeeping.accounts.type'), parent ? t('bookkeeping.accounts.typeFollowsParent') : undefined);
  const parentField = field('parentId', t('bookkeeping.accounts.parent'), t('bookkeeping.accounts.parentHint'));

  return (
    <form className="form account-form" noValidate onSubmit={(event) => void submit(event)} aria-label={existing ? t('bookkeeping.accounts.editTitle') : t('bookkeeping.accounts.addTitle')}>
      <div className="form-grid">
        <Field {...name}>{(a11y) => <input type="text" autoFocus {...a11y} value={values.name} onChange={(event) => set({ name: event.target.value })} />}</Field>
        <Field {...code}>{(a11y) => <input type="text" className="input-short-code" {...a11y} value={values.code} onChange={(event) => set({ code: event.target.value })} />}</Field>
        <Field {...parentField}>
          {(a11y) => (
            <AccountPicker
              {...a11y}
              groupsSelectable
              options={parentOptions}
              value={values.parentId}
              placeholder={t('bookkeeping.accounts.topLevel')}
              onChange={(parentId) => {
                const chosen = accounts.find((account) => account.id === parentId);
                set(chosen ? { parentId, type: chosen.type } : { parentId: '' });
              }}
            />
          )}
        </Field>
        <Field {...type}>
          {(a11y) => (
            <select {...a11y} value={values.type} disabled={Boolean(parent)} onChange={(event) => set({ type: event.target.value as AccountFormValues['type'] })}>
              {accountTypes.map((value) => (
                <option key={value} value={value}>
                  {t(`bookkeeping.accountTypes.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-actions button-row">
        <button type="submit" className="button button-primary" disabled={saving}>
          {existing ? t('bookkeeping.accounts.saveChanges') : t('bookkeeping.accounts.add')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('components.confirm.cancel')}
        </button>
      </div>
      <FailureNote message={failure} />
    </form>
  );
}

