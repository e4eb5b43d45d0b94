import { describe, expect, it } from 'vitest';
import { journalToBook } from './book';
import { generateJournal } from './generator';
import { parseJournal } from './parse';

describe('generateJournal', () => {
  it('is deterministic per seed', () => {
    expect(generateJournal({ transactions: 300, seed: 5 })).toBe(generateJournal({ transactions: 300, seed: 5 }));
    expect(generateJournal({ transactions: 300, seed: 5 })).not.toBe(generateJournal({ transactions: 300, seed: 6 }));
  });

  it.each(['en', 'hu', 'ru'] as const)('writes exactly the transactions asked for, over several years, that parse cleanly (%s)', (chart) => {
    const parsed = parseJournal(generateJournal({ transactions: 2000, seed: 1, chart }));
    expect(parsed.errors).toEqual([]);
    expect(parsed.transactions).toHaveLength(2000);
    const years = new Set(parsed.transactions.map((t) => t.date.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(3);
    expect(new Set(parsed.transactions.map((t) => t.currency))).toEqual(new Set(['HUF', 'EUR', 'USD', 'RUB']));
    expect(journalToBook(parsed, { language: chart }).errors).toEqual([]);
  });

  it('uses the syntax the parser supports: payees in Hungarian and Russian, VAT, bills and payments, assertions, comments, codes, elided amounts', () => {
    const text = generateJournal({ transactions: 3000, seed: 9, chart: 'hu' });
    const parsed = parseJournal(text);
    const postings = parsed.transactions.flatMap((t) => t.postings);
    expect(text).toMatch(/[őűáé]/);
    expect(text).toMatch(/[ёщыЖ]/);
    expect(text).toMatch(/^\d{4}\/\d\d\/\d\d /m);
    expect(text).toMatch(/^\d{4}\.\d\d\.\d\d /m);
    expect(text).toMatch(/ == /);
    expect(text).toMatch(/^comment$/m);
    expect(text).toMatch(/^commodity 100\.000,00 EUR$/m);
    expect(text).toMatch(/\d\.\d{3} EUR/); // "1.200 EUR", twelve hundred thanks to the commodity directive
    expect(text).toMatch(/\t\t/);
    expect(postings.filter((p) => p.inferred).length).toBeGreaterThan(500);
    expect(postings.filter((p) => p.assertion !== null).length).toBeGreaterThan(200);
    expect(postings.some((p) => p.account.startsWith('Kötelezettségek:Szállítók:'))).toBe(true);
    expect(postings.some((p) => p.account === 'Eszközök:ÁFA:előzetesen felszámított')).toBe(true);
    expect(parsed.transactions.filter((t) => t.code !== '').length).toBeGreaterThan(1000);
    expect(parsed.transactions.some((t) => t.comment !== '')).toBe(true);
    expect(parsed.transactions.some((t) => t.date2 !== '')).toBe(true);
    expect(new Set(parsed.transactions.map((t) => t.status))).toEqual(new Set(['', '*', '!']));
    // Late entries: the file is not in date order, and the assertions still hold.
    const dates = parsed.transactions.map((t) => t.date);
    expect(dates).not.toEqual([...dates].sort());
  });

  it('keeps the portable flavor to what ledger 3 reads the same way', () => {
    const text = generateJournal({ transactions: 3000, seed: 9, chart: 'ru', flavor: 'portable' });
    expect(parseJournal(text).errors).toEqual([]);
    expect(text).not.toMatch(/ == |^commodity|^decimal-mark|\t|^\d{4}\.\d\d/m);
    expect(text).not.toMatch(/\d \d{3}/); // no digit groups split by spaces
    const dates = parseJournal(text).transactions.map((t) => t.date);
    expect(dates).toEqual([...dates].sort());
  });

  // How fast it generates is printed by `npm run bench` (journal), not asserted: the machine's load would decide.
  it('makes 20,000 transactions that parse back', { timeout: 60_000 }, () => {
    const text = generateJournal({ transactions: 20_000, seed: 1 });
    expect(parseJournal(text).transactions).toHaveLength(20_000);
  });
});
