import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { FiscalYearStart, IsoDate } from '../../../../shared/dates';
import type { Account, VatCode } from '../../../../shared/ledger/types';
import { viewing } from '../../db/appDb';
import { companyRepository, ledgerRepository } from '../../db/repositories';

/** What every bookkeeping screen needs: the company's currency and fiscal year, the chart, VAT codes and lock date. */
export type Books = {
  currency: string;
  fiscalYearStart: FiscalYearStart;
  accounts: Account[];
  vatCodes: VatCode[];
  lockDate: IsoDate | null;
};

/**
 * The books, live: any write to the chart, VAT codes or ledger settings shows at once.
 * The first visit sets the ledger up (default chart and VAT codes) in one transaction,
 * except in a backup opened read-only.
 * Undefined while loading; `failed` when the set-up could not be written.
 */
export function useBooks(): { books: Books | undefined; failed: unknown } {
  const [failed, setFailed] = useState<unknown>(null);
  // A backup opened read-only is shown as it is: its books may predate the ledger's set-up.
  const [ready, setReady] = useState(viewing !== null);
  useEffect(() => {
    if (viewing) return;
    let live = true;
    ledgerRepository
      .ensureLedger()
      .then(() => live && setReady(true))
      .catch((error: unknown) => live && setFailed(error ?? new Error('ensureLedger')));
    return () => {
      live = false;
    };
  }, []);

  const books = useLiveQuery(async (): Promise<Books | undefined> => {
    if (!ready) return undefined;
    const [company, accounts, vatCodes, settings] = await Promise.all([
      companyRepository.getCompany(),
      ledgerRepository.listAccounts(),
      ledgerRepository.listVatCodes(),
      ledgerRepository.getLedgerSettings(),
    ]);
    return {
      currency: company?.baseCurrency ?? 'EUR',
      fiscalYearStart: company?.fiscalYearStart ?? { month: 1, day: 1 },
      accounts,
      vatCodes,
      lockDate: settings?.lockDate ?? null,
    };
  }, [ready]);
  return { books, failed };
}
