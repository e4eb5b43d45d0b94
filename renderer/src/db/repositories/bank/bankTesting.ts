import { decodeStatement, parseStatement, proposeEntries, type ColumnMapping, type ReviewedLine } from '../../../../../shared/bank';
import { ledgerTestBook } from '../ledger/ledgerTesting';
import { createBankRepository } from '.';

/** A small statement: semicolons, dd.MM.yyyy, "1 234,56", debit and credit columns. */
export const statementText = [
  'Дата;Контрагент;Назначение;Списание;Зачисление',
  '02.03.2026;ООО «Поставщик»;Оплата по счёту 45;45 000,00;',
  '03.03.2026;ИП Иванов;Оплата по договору 12;;120 000,00',
  '05.03.2026;ПАО Сбербанк;Комиссия за перевод;150,00;',
  '05.03.2026;ПАО Сбербанк;Комиссия за перевод;150,00;',
].join('\n');

export const statementMapping: ColumnMapping = {
  delimiter: ';',
  skipRows: 0,
  hasHeader: true,
  date: 0,
  payee: 1,
  description: 2,
  amount: { kind: 'debitCredit', debit: 3, credit: 4 },
  dateFormat: 'dd.MM.yyyy',
  decimalStyle: '1 234,56',
};

/** A book in RUB with the bank repository over the same database (import 'fake-indexeddb/auto' first). */
export async function bankTestBook() {
  const book = await ledgerTestBook({ baseCurrency: 'RUB', language: 'ru' });
  const bank = createBankRepository(book.db);
  const bankId = book.id('bank');

  /** The statement's lines, each to `counterKey`'s account, as proposals. */
  const proposalsOf = (text: string, counterKey: string) => {
    const decoded = decodeStatement(new TextEncoder().encode(text));
    if (!decoded.ok) throw new Error(decoded.error);
    const parsed = parseStatement(decoded.text, statementMapping, 'RUB', bankId);
    if (parsed.errors.length > 0) throw new Error(JSON.stringify(parsed.errors));
    const reviewed: ReviewedLine[] = parsed.lines.map((line) => ({ line, accountId: book.id(counterKey) }));
    return { lines: parsed.lines, ...proposeEntries(reviewed, bankId, 'RUB', () => undefined) };
  };
  return { ...book, bank, bankId, proposalsOf };
}
