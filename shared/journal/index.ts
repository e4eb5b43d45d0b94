export * from './types';
export { parseJournal } from './parse';
export { journalToBook, type JournalBook, type JournalToBookOptions } from './book';
export { currencyOfSymbol, symbolsOfCurrency } from './commodities';
export { accountTypeFromName } from './account-types';
export { formatMinor, formatJournalAmount } from './format';
export { exportJournal, type ExportJournalInput } from './export';
export { generateJournal, type GeneratorOptions } from './generator';
