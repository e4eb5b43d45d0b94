import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountOptions } from '../../../components/accountOptions';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { notify } from '../../../components/notices';
import type { BankRuleRecord } from '../../../db/bankRecords';
import { bankRepository, type BankRuleInput } from '../../../db/repositories';
import type { Books } from '../useBooks';
import { describeBankError } from './bankText';
import { RuleDialog } from './RuleDialog';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

const emptyRule: BankRuleInput = { match: { field: 'description', kind: 'contains', pattern: '' }, accountId: '' };

/** The bank rules in the order they are tried: add, change, move up and down, delete. */
export function BankRulesPage({ books }: { books: Books }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const rules = useLiveQuery(() => bankRepository.listRules(), []);
  const [editing, setEditing] = useState<BankRuleInput | null>(null);
  const [deleting, setDeleting] = useState<BankRuleRecord | null>(null);
  const labels = useMemo(() => new Map(accountOptions(books.accounts, { includeArchived: true }).map((option) => [option.id, option.label])), [books.accounts]);
  const vatCodes = useMemo(() => new Map(books.vatCodes.map((code) => [code.id, code.code])), [books.vatCodes]);

  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      notify({ text: describeBankError(error, t, regional), tone: 'problem' });
    }
  };

  return (
    <section aria-labelledby="bank-rules-heading" className="bank-rules">
      <h2 id="bank-rules-heading" className="visually-hidden">
        {t('bank.rules.heading')}
      </h2>
      <p className="muted">{t('bank.rules.intro')}</p>
      <div className="toolbar">
        <button type="button" className="button button-primary" onClick={() => setEditing(emptyRule)}>
          {t('bank.rules.add')}
        </button>
      </div>
      {rules && rules.length === 0 ? <p className="panel empty-state">{t('bank.rules.empty')}</p> : null}
      {rules && rules.length > 0 ? (
        <table className="table rules-table">
          <caption className="visually-hidden">{t('bank.rules.tableLabel')}</caption>
          <thead>
            <tr>
              <th scope="col" className="col-number">#</th>
              <th scope="col">{t('bank.rules.when')}</th>
              <th scope="col">{t('bank.rules.account')}</th>
              <th scope="col">{t('bank.review.vat')}</th>
              <th scope="col">{t('bank.rules.payee')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('bank.review.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule, index) => (
              <tr key={rule.id}>
                <td className="col-number">{index + 1}</td>
                <th scope="row" className="rule-when">
                  {t(`bank.rules.describe.${rule.match.kind}`, { field: t(`bank.rules.fields.${rule.match.field}`), pattern: rule.match.pattern })}
                </th>
                <td>{labels.get(rule.accountId) ?? ''}</td>
                <td>{rule.vatCode ? (vatCodes.get(rule.vatCode) ?? '') : ''}</td>
                <td>{rule.payee ?? ''}</td>
                <td className="row-actions">
                  <button type="button" className="button button-small" disabled={index === 0} aria-label={t('bank.rules.moveUp', { n: index + 1 })} onClick={() => void run(() => bankRepository.moveRule(rule.id, -1))}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={index === rules.length - 1}
                    aria-label={t('bank.rules.moveDown', { n: index + 1 })}
                    onClick={() => void run(() => bankRepository.moveRule(rule.id, 1))}
                  >
                    ↓
                  </button>
                  <button type="button" className="button button-small" aria-label={t('bank.rules.editNamed', { n: index + 1 })} onClick={() => setEditing(rule)}>
                    {t('bank.rules.edit')}
                  </button>
                  <button type="button" className="button button-small button-quiet-danger" aria-label={t('bank.rules.deleteNamed', { n: index + 1 })} onClick={() => setDeleting(rule)}>
                    {t('bank.rules.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <RuleDialog
        rule={editing}
        books={books}
        onCancel={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          notify({ text: t('bank.rules.saved') });
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        title={t('bank.rules.deleteTitle')}
        confirmLabel={t('bank.rules.delete')}
        danger
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const rule = deleting;
          setDeleting(null);
          if (rule) void run(() => bankRepository.deleteRule(rule.id));
        }}
      >
        <p>{deleting ? t(`bank.rules.describe.${deleting.match.kind}`, { field: t(`bank.rules.fields.${deleting.match.field}`), pattern: deleting.match.pattern }) : null}</p>
      </ConfirmDialog>
    </section>
  );
}
