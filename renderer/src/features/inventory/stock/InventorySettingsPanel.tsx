import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { inventoryAccountPurposes, purposeAccountTypes, type InventoryAccountChoice, type InventoryAccountPurpose } from '../../../../../shared/stock/inventoryAccounts';
import { AccountPicker } from '../../../components/AccountPicker';
import { accountOptions } from '../../../components/accountOptions';
import { FailureNote } from '../../../components/FailureNote';
import { Field } from '../../../components/Field';
import { notify } from '../../../components/notices';
import { appDb, viewing } from '../../../db/appDb';
import { ensureInventorySettings, InventorySettingsRejected, saveInventoryAccounts } from '../../../db/repositories/stock/inventorySettings';
import { rebuildStockLevels } from '../../../db/repositories/stock/importing';

const purposeKey = (purpose: InventoryAccountPurpose) => purpose.replace(/AccountId$/, '');

/** Inventory › Stock › Settings: which accounts stock, differences, receipts and issues are booked to. */
export function InventorySettingsPanel() {
  const { t } = useTranslation();
  const prefix = useId();
  const [choice, setChoice] = useState<InventoryAccountChoice | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [wrong, setWrong] = useState<InventoryAccountPurpose[]>([]);
  const [saving, setSaving] = useState(false);
  const accounts = useLiveQuery(() => appDb.accounts.toArray(), []);

  useEffect(() => {
    if (viewing) return;
    let live = true;
    ensureInventorySettings(appDb)
      .then((settings) => {
        if (live)
          setChoice({
            inventoryAccountId: settings.inventoryAccountId,
            adjustmentAccountId: settings.adjustmentAccountId,
            receiptAccountId: settings.receiptAccountId,
            consumptionAccountId: settings.consumptionAccountId ?? null,
          });
      })
      .catch((error: unknown) => live && setFailure(t('inventory.stock.settings.loadFailed', { message: error instanceof Error ? error.message : String(error) })));
    return () => {
      live = false;
    };
  }, [t]);

  const optionsFor = useMemo(
    () => (purpose: InventoryAccountPurpose) => accountOptions((accounts ?? []).filter((account) => purposeAccountTypes[purpose].includes(account.type))),
    [accounts],
  );

  const rebuild = async () => {
    setFailure(null);
    setSaving(true);
    try {
      const { items, corrected } = await rebuildStockLevels(appDb);
      notify({ text: t(corrected === 0 ? 'inventory.stock.settings.rebuiltSame' : 'inventory.stock.settings.rebuilt', { items, corrected }) });
    } catch (error) {
      setFailure(t('inventory.stock.form.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setSaving(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!choice) return;
    setFailure(null);
    setWrong([]);
    setSaving(true);
    try {
      await saveInventoryAccounts(appDb, choice);
      notify({ text: t('inventory.stock.settings.saved') });
    } catch (error) {
      if (error instanceof InventorySettingsRejected) setWrong(error.purposes);
      setFailure(t('inventory.stock.settings.refused'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="panel" aria-labelledby={`${prefix}heading`}>
      <h2 id={`${prefix}heading`}>{t('inventory.stock.settings.heading')}</h2>
      <p className="muted">{t('inventory.stock.settings.intro')}</p>
      {choice ? (
        <form className="form stock-form" noValidate onSubmit={(event) => void submit(event)}>
          <div className="form-grid">
            {inventoryAccountPurposes.map((purpose) => (
              <Field
                key={purpose}
                id={`${prefix}${purpose}`}
                label={t(`inventory.stock.settings.${purposeKey(purpose)}`)}
                hint={t(`inventory.stock.settings.${purposeKey(purpose)}Hint`)}
                error={wrong.includes(purpose) ? t('inventory.stock.settings.wrongAccount') : undefined}
              >
                {(a11y) => (
                  <AccountPicker
                    {...a11y}
                    options={optionsFor(purpose)}
                    value={choice[purpose] ?? ''}
                    placeholder={t('inventory.stock.settings.none')}
                    onChange={(accountId) => setChoice((current) => (current ? { ...current, [purpose]: accountId || null } : current))}
                  />
                )}
              </Field>
            ))}
          </div>
          <div className="form-actions button-row">
            <button type="submit" className="button button-primary" disabled={saving || viewing !== null}>
              {t('inventory.stock.settings.save')}
            </button>
          </div>
        </form>
      ) : null}
      <h3 className="stock-maintenance">{t('inventory.stock.settings.maintenance')}</h3>
      <p className="muted">{t('inventory.stock.settings.rebuildHint')}</p>
      <div className="button-row">
        <button type="button" className="button" disabled={saving || viewing !== null} onClick={() => void rebuild()}>
          {t('inventory.stock.settings.rebuild')}
        </button>
      </div>
      <FailureNote message={failure} />
    </section>
  );
}
