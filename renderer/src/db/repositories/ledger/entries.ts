import { ZodError } from 'zod';
import { fiscalYearOf, isIsoDate, type FiscalYear, type IsoDate } from '../../../../../shared/dates';
import {
  accountWithRole,
  draftFromInput,
  duplicateEntry as duplicateOf,
  LedgerRejected,
  nextEntryNumber,
  numberingYear,
  reject,
  reportCuts,
  reversalOf,
  yearEndCloseEntry,
  type EntryInput,
  type JournalEntry,
} from '../../../../../shared/ledger';
import { newId, now, writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';
import type { LedgerSettingsRecord } from '../../records';
import { ledgerWrite, readCompanyFacts, readLedgerSettings, settingsForWrite } from './context';
import { getPostedEntry, linkReversal, postedEntriesBetween, postedEntriesNumbered } from './postedEntries';
import { postWithinTransaction } from './posting';
import { readBucketsInTransaction } from './reading';

/** A draft from form input, or LedgerRejected naming the fields of the wrong shape. */
function draftOf(input: EntryInput, id: string, previous?: JournalEntry): JournalEntry {
  try {
    return draftFromInput(input, { id, at: now() }, previous);
  } catch (error) {
    if (error instanceof ZodError) {
      throw new LedgerRejected(error.issues.map((issue) => ({ key: 'ledger.entry.shapeInvalid', params: { path: issue.path.map(String).join('.') } })));
    }
    throw error;
  }
}

export function createLedgerEntries(db: BackofficeDb, ensureLedger: () => Promise<LedgerSettingsRecord>) {
  /** A draft or a posted entry. */
  async function getEntry(id: string): Promise<JournalEntry | undefined> {
    return (await getPostedEntry(db, id)) ?? (await db.drafts.get(id));
  }

  /** The drafts, oldest date first. */
  async function listDrafts(): Promise<JournalEntry[]> {
    return (await db.drafts.toArray()).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  }

  /** Posted entries with this reference (numbers are not forced unique: imports keep theirs). */
  async function findEntriesByNumber(number: string): Promise<JournalEntry[]> {
    return postedEntriesNumbered(db, number);
  }

  /** The number the next entry of that date's year would get, without using it up. */
  async function suggestEntryNumber(date: IsoDate): Promise<string> {
    const [settings, facts] = await Promise.all([readLedgerSettings(db), readCompanyFacts(db)]);
    const year = numberingYear(date, facts.fiscalYearStart);
    return nextEntryNumber(year, settings?.lastNumbers[year] ?? 0);
  }

  /** Stores a new draft, or changes one when `input.id` names a draft. A posted entry is refused. */
  async function saveDraft(input: EntryInput): Promise<JournalEntry> {
    return writeWithAudit(db, [db.drafts], 'draftSaved', async () => {
      if (input.id !== undefined && (await getPostedEntry(db, input.id))) reject('ledger.entry.postedIsImmutable');
      const previous = input.id === undefined ? undefined : await db.drafts.get(input.id);
      const draft = draftOf(input, previous?.id ?? input.id ?? newId(), previous);
      await db.drafts.put(draft);
      return { result: draft, recordIds: [draft.id] };
    }, { alsoReads: [db.entryBlocks] });
  }

  async function deleteDraft(id: string): Promise<void> {
    await writeWithAudit(db, [db.drafts], 'draftDeleted', async () => {
      if (await getPostedEntry(db, id)) reject('ledger.entry.postedIsImmutable');
      await db.drafts.delete(id);
      return { result: undefined, recordIds: [id] };
    }, { alsoReads: [db.entryBlocks] });
  }

  /** Posts a stored draft: validated, numbered, made immutable, reflected in balances and registers, audited. */
  async function postEntry(id: string): Promise<JournalEntry> {
    await ensureLedger();
    return ledgerWrite(db, [db.drafts, db.entryBlocks, db.balances, db.registers, db.settings], 'entryPosted', async () => {
      const draft = await db.drafts.get(id);
      if (!draft) reject((await getPostedEntry(db, id)) ? 'ledger.entry.alreadyPosted' : 'ledger.entry.notFound');
      const [posted] = await postWithinTransaction(db, [draft]);
      await db.drafts.delete(id);
      return { result: posted!, recordIds: [id] };
    });
  }

  /** Saves and posts in one step (a quick form's "Post"); a draft of the same id is replaced. */
  async function postNewEntry(input: EntryInput): Promise<JournalEntry> {
    await ensureLedger();
    return ledgerWrite(db, [db.drafts, db.entryBlocks, db.balances, db.registers, db.settings], 'entryPosted', async () => {
      if (input.id !== undefined && (await getPostedEntry(db, input.id))) reject('ledger.entry.alreadyPosted');
      const previous = input.id === undefined ? undefined : await db.drafts.get(input.id);
      const [posted] = await postWithinTransaction(db, [draftOf(input, input.id ?? newId(), previous)]);
      if (previous) await db.drafts.delete(previous.id);
      return { result: posted!, recordIds: [posted!.id] };
    });
  }

  /** Posts the entry that undoes a posted entry on `date`, and links the two both ways. */
  async function reverseEntry(id: string, date: IsoDate): Promise<{ reversal: JournalEntry; original: JournalEntry }> {
    await ensureLedger();
    return ledgerWrite(db, [db.entryBlocks, db.balances, db.registers, db.settings], 'entryReversed', async () => {
      const entry = await getPostedEntry(db, id);
      if (!entry) reject((await db.drafts.get(id)) ? 'ledger.entry.notPosted' : 'ledger.entry.notFound');
      if (entry.reversedBy !== undefined) reject('ledger.entry.alreadyReversed');
      const { reversal, original } = reversalOf(entry, date, '', { id: newId(), at: now() });
      const [posted] = await postWithinTransaction(db, [reversal], { allowArchived: entry.closing === true });
      await linkReversal(db, id, posted!.id, original.updatedAt);
      return { result: { reversal: posted!, original: { ...original, reversedBy: posted!.id } }, recordIds: [posted!.id, id] };
    });
  }

  /** A new draft copying a draft's or posted entry's payee, memo and lines. */
  async function duplicateEntry(id: string, date?: IsoDate): Promise<JournalEntry> {
    return writeWithAudit(db, [db.drafts], 'entryDuplicated', async () => {
      const source = await getEntry(id);
      if (!source) reject('ledger.entry.notFound');
      const copy = duplicateOf(source, { id: newId(), at: now() }, date);
      await db.drafts.add(copy);
      return { result: copy, recordIds: [copy.id] };
    }, { alsoReads: [db.entryBlocks] });
  }

  /** Postings on or before `date` are refused from now on; null unlocks everything. */
  async function setLockDate(date: IsoDate | null): Promise<LedgerSettingsRecord> {
    if (date !== null && !isIsoDate(date)) reject('ledger.lock.dateInvalid');
    return ledgerWrite(db, [db.settings], 'lockDateSet', async () => {
      const settings = { ...(await settingsForWrite(db)), lockDate: date, updatedAt: now() };
      await db.settings.put(settings);
      return { result: settings, recordIds: [settings.id] };
    });
  }

  /**
   * Posts the year-end close of a fiscal year (dated its last day): income and expense
   * balances of the year to retained earnings. Refused when the year is already closed (and
   * that close not reversed), when nothing is left to close, or when the date is locked.
   */
  async function closeYear(fiscalYear: FiscalYear): Promise<JournalEntry> {
    await ensureLedger();
    return ledgerWrite(db, [db.entryBlocks, db.balances, db.registers, db.settings], 'yearClosed', async () => {
      const facts = await readCompanyFacts(db);
      const actual = isIsoDate(fiscalYear.start) ? fiscalYearOf(fiscalYear.start, facts.fiscalYearStart) : undefined;
      if (!actual || actual.start !== fiscalYear.start || actual.end !== fiscalYear.end) reject('ledger.close.notFiscalYear');
      const sameDay = await postedEntriesBetween(db, fiscalYear.end, fiscalYear.end);
      if (sameDay.some((entry) => entry.origin === 'yearEndClose' && entry.reversedBy === undefined)) {
        reject('ledger.close.alreadyClosed', { params: { fiscalYearEnd: fiscalYear.end } });
      }
      const { accounts, buckets } = await readBucketsInTransaction(db, reportCuts({ from: fiscalYear.start, to: fiscalYear.end }));
      const retained = accountWithRole(accounts, 'retainedEarnings');
      if (!retained) reject('ledger.close.noRetainedEarnings');
      const draft = yearEndCloseEntry({
        accounts,
        buckets,
        fiscalYear,
        retainedEarningsAccountId: retained.id,
        currency: facts.baseCurrency,
        number: '',
        stamp: { id: newId(), at: now() },
      });
      if (!draft) reject('ledger.close.nothingToClose');
      const [posted] = await postWithinTransaction(db, [draft], { allowArchived: true });
      return { result: posted!, recordIds: [posted!.id] };
    });
  }

  return {
    getEntry,
    listDrafts,
    findEntriesByNumber,
    suggestEntryNumber,
    saveDraft,
    deleteDraft,
    postEntry,
    postNewEntry,
    reverseEntry,
    duplicateEntry,
    setLockDate,
    closeYear,
  };
}
