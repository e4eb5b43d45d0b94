import { checkAssertions } from './assertions';
import { JournalReader } from './reader';
import type { ParsedJournal, ParseJournalOptions } from './types';

/**
 * Reads an hledger / ledger journal (the subset described in README.md) into plain data.
 * One pass over the text with character-code scanning; every amount is exact minor units.
 * Anything outside the subset is an error naming its line, and a journal with any error
 * yields no transactions at all, so a caller can never import part of one by mistake.
 */
export function parseJournal(text: string, options: ParseJournalOptions = {}): ParsedJournal {
  const reader = new JournalReader(text, options.maxErrors ?? 50);
  reader.run();
  if (reader.errors.length === 0 && reader.hasAssertions) {
    checkAssertions(reader.transactions, reader.postingAccounts(), (error) => reader.report(error));
  }
  const warnings = reader.warnings();
  if (reader.errors.length > 0) return { transactions: [], accounts: [], commodities: [], errors: reader.errors, warnings };
  return { transactions: reader.transactions, accounts: reader.accounts, commodities: reader.commodities, errors: [], warnings };
}
