import { isoDateOf } from '../dates/calendar';
import { minorDigits } from '../money';
import { charts, customers, notes, suppliers, type ChartLanguage } from './generator-data';

/**
 * A seeded, deterministic generator of realistic journals for tests and benchmarks: a
 * trading company's books over several years in four currencies (each transaction in one),
 * Hungarian and Russian payees and account names, sales and purchases with VAT splits,
 * supplier bills and their payments, customer invoices and receipts, transfers, rent and
 * salaries, comments, codes, status marks, elided amounts and balance assertions that hold.
 *
 * `flavor: 'hledger'` uses all the syntax `parseJournal` supports (three date forms, `==`,
 * commodity directives that make "1.200 EUR" mean 1200, symbols before and after, digit
 * groups, late entries out of date order). `flavor: 'portable'` keeps to what ledger 3.3
 * also reads the same way (for the side-by-side benchmark).
 */
export type GeneratorOptions = {
  transactions: number;
  seed?: number;
  chart?: ChartLanguage;
  flavor?: 'hledger' | 'portable';
  startYear?: number;
  /** Default: 3 years up to 1,000 transactions, then one more year per 50,000 (at most 6). */
  years?: number;
};

type Currency = 'HUF' | 'EUR' | 'USD' | 'RUB';
const currencies: readonly Currency[] = ['HUF', 'EUR', 'USD', 'RUB'];

type AmountStyle = { symbol: string; before: boolean; space: boolean; decimal: '.' | ','; group: '' | ',' | '.' | ' '; directive: boolean };
const style = (symbol: string, before: boolean, space: boolean, decimal: '.' | ',', group: AmountStyle['group'], directive = false): AmountStyle => ({
  symbol,
  before,
  space,
  decimal,
  group,
  directive,
});

const hledgerStyles: Readonly<Record<ChartLanguage, Record<Currency, AmountStyle>>> = {
  en: { HUF: style('HUF', true, true, '.', ' '), EUR: style('€', true, false, '.', ','), USD: style('$', true, false, '.', ','), RUB: style('RUB', false, true, '.', '') },
  hu: { HUF: style('Ft', false, true, ',', ' '), EUR: style('EUR', false, true, ',', '.', true), USD: style('USD', true, true, '.', ','), RUB: style('₽', true, false, '.', '') },
  ru: { HUF: style('HUF', false, true, '.', ''), EUR: style('€', false, true, ',', ' '), USD: style('$', true, false, '.', ','), RUB: style('руб', false, true, ',', ' ', true) },
};
const portableStyles: Record<Currency, AmountStyle> = {
  HUF: style('HUF', false, true, '.', ''),
  EUR: style('EUR', false, true, '.', ''),
  USD: style('$', true, false, '.', ','),
  RUB: style('RUB', false, true, '.', ''),
};

type GenPosting = { account: string; amount: number; elide: boolean; assert: 0 | 1 | 2; assertValue: number; comment: string; status: string };
type GenTx = { date: string; date2: string; status: string; code: string; payee: string; comment: string; commentLines: string[]; currency: Currency; postings: GenPosting[] };

/** mulberry32: small, fast, good enough for test data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateJournal(options: GeneratorOptions): string {
  const count = Math.max(1, Math.floor(options.transactions));
  const chartLanguage = options.chart ?? 'en';
  const flavor = options.flavor ?? 'hledger';
  const portable = flavor === 'portable';
  const rand = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const chance = (p: number) => rand() < p;
  const chart = charts[chartLanguage];
  const styles = portable ? portableStyles : hledgerStyles[chartLanguage];
  const years = options.years ?? Math.min(6, count <= 1000 ? 3 : 3 + Math.ceil(count / 50_000));
  const startYear = options.startYear ?? 2020;
  const a = (top: keyof GeneratorChart['top'], rest: string) => `${chart.top[top]}:${rest}`;
  const bank = (currency: Currency) => a('asset', chart.bank[currency]);
  const cash = a('asset', chart.cash);
  const moneyAccounts = new Set([...currencies.map(bank), cash]);
  const vatRate: Record<Currency, number> = { HUF: 27, EUR: 0, USD: 0, RUB: 20 };
  /** A random amount in minor units, mostly small, sometimes large. */
  const amountIn = (currency: Currency, base: number) => {
    const units = Math.round(base * (0.2 + rand() * 3) * (chance(0.05) ? 20 : 1));
    const scale = 10 ** minorDigits(currency);
    if (currency === 'HUF') return Math.max(1, Math.round(units * 100));
    // A quarter of the amounts are whole units (fees, rents, round prices).
    return Math.max(1, units * scale + (chance(0.25) ? 0 : Math.floor(rand() * scale)));
  };
  const baseOf: Record<Currency, number> = { HUF: 400, EUR: 120, USD: 150, RUB: 9000 };
  const pickCurrency = (): Currency => {
    const r = rand();
    return r < 0.6 ? 'HUF' : r < 0.8 ? 'EUR' : r < 0.9 ? 'USD' : 'RUB';
  };
  const posting = (account: string, amount: number, comment = ''): GenPosting => ({ account, amount, elide: false, assert: 0, assertValue: 0, comment, status: '' });

  const txs: GenTx[] = [];
  const openBills: { supplier: string; currency: Currency; gross: number; code: string }[] = [];
  const openInvoices: { customer: string; currency: Currency; gross: number; code: string }[] = [];
  let invoiceNo = 0;
  let billNo = 0;
  const totalDays = years * 365;
  // Rent and salaries in proportion to the trade, so the bank stays roughly in the black.
  const monthlyScale = Math.min(1, count / (years * 12) / 100);
  let lastMonth = '';
  const start = Date.UTC(startYear, 0, 1);
  const dateOfDay = (day: number) => {
    const d = new Date(start + day * 86_400_000);
    return isoDateOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  };
  const tx = (date: string, currency: Currency, payee: string, postings: GenPosting[], code = ''): GenTx => {
    const t: GenTx = { date, date2: '', status: chance(0.7) ? '*' : chance(0.2) ? '!' : '', code, payee, comment: '', commentLines: [], currency, postings };
    if (chance(0.1)) t.comment = pick(notes);
    if (chance(0.03)) t.commentLines.push(pick(notes));
    if (!portable && chance(0.01)) t.date2 = date.slice(0, 8) + String(Math.min(28, Number(date.slice(8)) + 2)).padStart(2, '0');
    if (chance(0.05)) pick(postings).comment = pick(notes);
    txs.push(t);
    return t;
  };

  // Opening balances, asserted.
  const opening = tx(dateOfDay(0), 'HUF', chartLanguage === 'ru' ? 'Начальные остатки' : chartLanguage === 'hu' ? 'Nyitó egyenlegek' : 'Opening balances', [
    posting(bank('HUF'), 25_000_000),
    posting(cash, 500_000),
    posting(a('equity', chart.opening), 0),
  ]);
  opening.postings[2]!.elide = true;
  opening.postings[0]!.assert = 1;

  for (let i = 1; i < count; i += 1) {
    const date = dateOfDay(Math.floor((i * totalDays) / count));
    const month = date.slice(0, 7);
    const r = rand();
    if (month !== lastMonth && i + 1 < count) {
      lastMonth = month;
      const rent = amountIn('HUF', 2000 * monthlyScale);
      const t = tx(date, 'HUF', pick(suppliers), [posting(a('expense', chart.expenses.rent), rent), posting(a('asset', chart.vatInput), Math.round((rent * 27) / 100)), posting(bank('HUF'), 0)], `R-${month}`);
      t.postings[2]!.elide = true;
      i += 1;
      const gross = amountIn('HUF', 8000 * monthlyScale);
      const taxes = Math.round(gross * 0.185);
      tx(date, 'HUF', chartLanguage === 'ru' ? 'Зарплата' : chartLanguage === 'hu' ? 'Bérek' : 'Salaries', [
        posting(a('expense', chart.expenses.salaries), gross),
        posting(a('liability', chart.payroll), -taxes),
        posting(bank('HUF'), -(gross - taxes)),
      ]);
      continue;
    }
    if (r < 0.25) {
      // A sale paid at once, with output VAT.
      const currency = pickCurrency();
      const net = amountIn(currency, baseOf[currency]);
      const vat = Math.round((net * vatRate[currency]) / 100);
      const income = a('income', currency === 'HUF' || currency === 'RUB' ? pick(chart.sales.slice(0, 2)) : chart.sales[2]!);
      const lines = [posting(bank(currency), net + vat)];
      if (chance(0.35) && net > 10) {
        // Goods and delivery on one invoice.
        const delivery = Math.floor(net / 10);
        lines.push(posting(income, -(net - delivery)), posting(a('income', chart.sales[1]!), -delivery));
      } else {
        lines.push(posting(income, -net));
      }
      if (vat !== 0) lines.push(posting(a('liability', chart.vatOutput), -vat));
      const t = tx(date, currency, pick(customers), lines, chance(0.5) ? `S-${(invoiceNo += 1)}` : '');
      pick(t.postings).elide = chance(0.6);
    } else if (r < 0.45) {
      // An expense paid from the bank or petty cash, with input VAT.
      const currency = chance(0.2) ? 'HUF' : pickCurrency();
      const net = amountIn(currency, baseOf[currency] / 3);
      const vat = Math.round((net * vatRate[currency]) / 100);
      const from = currency === 'HUF' && chance(0.3) ? cash : bank(currency);
      const lines = [posting(a('expense', pick(chart.expenses.other)), net)];
      if (chance(0.3) && net > 10) {
        // One receipt for two kinds of expense.
        const part = Math.floor(net / 3);
        lines[0]!.amount = net - part;
        lines.push(posting(a('expense', pick(chart.expenses.other)), part));
      }
      if (vat !== 0) lines.push(posting(a('asset', chart.vatInput), vat));
      lines.push(posting(from, -(net + vat)));
      const t = tx(date, currency, pick(suppliers), lines, chance(0.3) ? String(1000 + i) : '');
      if (chance(0.5)) t.postings[t.postings.length - 1]!.elide = true;
    } else if (r < 0.6) {
      // A supplier bill to accounts payable; paid later.
      const currency = pickCurrency();
      const supplier = pick(suppliers);
      const net = amountIn(currency, baseOf[currency]);
      const vat = Math.round((net * vatRate[currency]) / 100);
      const code = `B-${(billNo += 1)}`;
      const lines = [posting(a('expense', pick(chart.expenses.other)), net)];
      if (vat !== 0) lines.push(posting(a('asset', chart.vatInput), vat));
      lines.push(posting(a('liability', `${chart.payable}:${supplier}`), -(net + vat)));
      const t = tx(date, currency, supplier, lines, code);
      if (chance(0.4)) t.postings[t.postings.length - 1]!.elide = true;
      openBills.push({ supplier, currency, gross: net + vat, code });
    } else if (r < 0.72 && openBills.length > 0) {
      const bill = openBills.splice(Math.floor(rand() * Math.min(openBills.length, 5)), 1)[0]!;
      const t = tx(date, bill.currency, bill.supplier, [posting(a('liability', `${chart.payable}:${bill.supplier}`), bill.gross), posting(bank(bill.currency), -bill.gross, bill.code)]);
      if (chance(0.5)) t.postings[1]!.elide = true;
    } else if (r < 0.8) {
      // A customer invoice to accounts receivable; paid later.
      const currency = pickCurrency();
      const customer = pick(customers);
      const net = amountIn(currency, baseOf[currency] * 2);
      const vat = Math.round((net * vatRate[currency]) / 100);
      const code = `INV-${date.slice(0, 4)}-${String((invoiceNo += 1)).padStart(5, '0')}`;
      const lines = [posting(a('asset', `${chart.receivable}:${customer}`), net + vat), posting(a('income', pick(chart.sales)), -net)];
      if (vat !== 0) lines.push(posting(a('liability', chart.vatOutput), -vat));
      tx(date, currency, `${customer} | ${code}`, lines, code);
      openInvoices.push({ customer, currency, gross: net + vat, code });
    } else if (r < 0.88 && openInvoices.length > 0) {
      const invoice = openInvoices.splice(Math.floor(rand() * Math.min(openInvoices.length, 5)), 1)[0]!;
      const t = tx(date, invoice.currency, invoice.customer, [posting(bank(invoice.currency), invoice.gross), posting(a('asset', `${chart.receivable}:${invoice.customer}`), -invoice.gross)]);
      if (chance(0.5)) t.postings[1]!.elide = true;
    } else if (r < 0.94) {
      // Bank fee (any currency) or interest.
      const currency = pickCurrency();
      const fee = amountIn(currency, baseOf[currency] / 40);
      const isFee = chance(0.8);
      const t = isFee
        ? tx(date, currency, chartLanguage === 'hu' ? 'Bankköltség' : chartLanguage === 'ru' ? 'Комиссия банка' : 'Bank fee', [posting(a('expense', chart.expenses.bankFees), fee), posting(bank(currency), -fee)])
        : tx(date, currency, chartLanguage === 'hu' ? 'Kamatjóváírás' : chartLanguage === 'ru' ? 'Проценты на остаток' : 'Interest', [posting(bank(currency), fee), posting(a('income', chart.interest), -fee)]);
      if (isFee && chance(0.1)) t.postings[0]!.assert = 1; // per-currency assertion on a multi-currency account
      else if (chance(0.3)) t.postings[1]!.elide = true;
    } else {
      // A transfer between cash and the bank (HUF), or a currency account top-up within one currency.
      const amount = amountIn('HUF', 300);
      const toCash = chance(0.5);
      const t = tx(date, 'HUF', chartLanguage === 'hu' ? 'Készpénzfelvétel' : chartLanguage === 'ru' ? 'Снятие наличных' : 'Cash withdrawal', [
        posting(toCash ? cash : bank('HUF'), amount),
        posting(toCash ? bank('HUF') : cash, -amount),
      ]);
      if (chance(0.3)) t.postings[1]!.elide = true;
    }
    // Assert a bank or cash balance now and then.
    const last = txs[txs.length - 1]!;
    if (chance(0.15)) {
      const target = last.postings.find((p) => !p.elide && moneyAccounts.has(p.account));
      if (target) target.assert = !portable && chance(0.4) ? 2 : 1;
    }
  }
  if (!portable) addLateEntries(txs, rand);
  computeAssertions(txs);
  return render(txs, { chartLanguage, portable, styles, rand, startYear, years, count });
}

type GeneratorChart = (typeof charts)['en'];

/** Moves a few transactions later in the file (their dates stay): entries typed in late. */
function addLateEntries(txs: GenTx[], rand: () => number): void {
  for (let i = txs.length - 8; i > 1; i -= 1) {
    if (rand() >= 0.02) continue;
    const [late] = txs.splice(i, 1);
    txs.splice(i + 1 + Math.floor(rand() * 6), 0, late!);
  }
}

/** Running balances in date order (stable), as hledger checks them, fill in every assertion. */
function computeAssertions(txs: GenTx[]): void {
  const order = txs.map((t, index) => ({ t, index })).sort((x, y) => (x.t.date < y.t.date ? -1 : x.t.date > y.t.date ? 1 : x.index - y.index));
  const balances = new Map<string, number>();
  for (const { t } of order) {
    const sum = t.postings.reduce((s, p) => s + (p.elide ? 0 : p.amount), 0);
    for (const p of t.postings) {
      if (p.elide) p.amount = -sum;
      const key = `${p.account}\u0000${t.currency}`;
      const balance = (balances.get(key) ?? 0) + p.amount;
      balances.set(key, balance);
      if (p.assert !== 0) p.assertValue = balance;
    }
  }
}

type RenderContext = {
  chartLanguage: ChartLanguage;
  portable: boolean;
  styles: Record<Currency, AmountStyle>;
  rand: () => number;
  startYear: number;
  years: number;
  count: number;
};

function groupDigits(digits: string, group: AmountStyle['group']): string {
  if (group === '' || digits.length <= 3) return digits;
  let out = '';
  for (let i = 0; i < digits.length; i += 1) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += group;
    out += digits[i];
  }
  return out;
}

function amountText(minor: number, currency: Currency, s: AmountStyle, rand: () => number, portable: boolean): string {
  const digits = minorDigits(currency);
  const scale = 10 ** digits;
  const abs = Math.abs(minor);
  const whole = groupDigits(String(Math.floor(abs / scale)), s.group);
  const fraction = abs % scale;
  // With a commodity directive fixing the decimal comma, "1.200 EUR" is twelve hundred.
  const dropDecimals = digits > 0 && fraction === 0 && s.directive && abs >= 1000 * scale && rand() < 0.5;
  const number = digits === 0 || dropDecimals ? whole : `${whole}${s.decimal}${String(fraction).padStart(digits, '0')}`;
  const sign = minor < 0 ? '-' : '';
  if (!s.before) return `${sign}${number} ${s.symbol}`;
  const gap = s.space ? ' ' : '';
  if (sign !== '' && !portable && rand() < 0.5) return `${s.symbol}${gap}-${number}`;
  return `${sign}${s.symbol}${gap}${number}`;
}

function dateText(iso: string, rand: () => number, portable: boolean): string {
  const r = rand();
  if (r < 0.7) return iso;
  if (r < 0.9 || portable) return iso.replaceAll('-', '/');
  return iso.replaceAll('-', '.');
}

function render(txs: GenTx[], ctx: RenderContext): string {
  const { chartLanguage, portable, styles, rand } = ctx;
  const chart = charts[chartLanguage];
  const out: string[] = [
    `; Generated journal (Backoffice generator): ${ctx.count} transactions, ${ctx.years} years from ${ctx.startYear}, chart ${chartLanguage}, ${portable ? 'portable' : 'hledger'} flavor`,
    '# Currencies: HUF, EUR, USD, RUB; every transaction in one of them.',
    '',
  ];
  if (!portable) {
    for (const currency of currencies) {
      const s = styles[currency];
      if ((s.decimal === '.' && !s.directive) || minorDigits(currency) === 0) continue;
      const sample = amountText(100_000 * 10 ** minorDigits(currency), currency, { ...s, directive: false }, () => 1, true);
      out.push(`commodity ${sample}`);
    }
    if (chartLanguage === 'en') out.push('decimal-mark .');
    out.push('');
  }
  if (chartLanguage !== 'en') {
    const tags: Record<string, string> = { asset: 'A', liability: 'L', equity: 'E', income: 'R', expense: 'X' };
    for (const [type, name] of Object.entries(chart.top)) {
      out.push(`account ${name}  ; type: ${portable || type !== 'asset' ? tags[type] : 'Asset'}`);
    }
    out.push(`account ${chart.top.asset}:${chart.cash}`, `    ; ${chartLanguage === 'hu' ? 'a házipénztár' : 'основная касса'}`);
  } else {
    out.push(`account ${chart.top.asset}:${chart.bank.HUF}`, `account ${chart.top.expense}:${chart.expenses.rent}  ; office`);
  }
  out.push('');
  let year = '';
  // Amounts aligned at a column, as hledger print and Emacs ledger-mode write them; or not.
  const sep = (account: string, aligned: boolean) =>
    !portable && rand() < 0.1 ? '\t\t' : aligned ? ' '.repeat(Math.max(2, 46 - account.length)) : '  ';
  for (const t of txs) {
    if (t.date.slice(0, 4) !== year) {
      year = t.date.slice(0, 4);
      out.push(`; ==== ${year} ====`, 'comment', `Year ${year}: books kept in ${currencies.join(', ')}.`, 'end comment', '');
    }
    const s = styles[t.currency];
    let header = dateText(t.date, rand, portable);
    if (t.date2 !== '') header += `=${t.date2}`;
    if (t.status !== '') header += ` ${t.status}`;
    if (t.code !== '') header += ` (${t.code})`;
    header += ` ${t.payee}`;
    if (t.comment !== '') header += `  ; ${t.comment}`;
    out.push(header);
    for (const line of t.commentLines) out.push(`    ; ${line}`);
    const aligned = portable || rand() < 0.5;
    for (const p of t.postings) {
      let line = `    ${!portable && rand() < 0.02 ? '* ' : ''}${p.account}`;
      if (!p.elide) line += `${sep(p.account, aligned)}${amountText(p.amount, t.currency, s, rand, portable)}`;
      if (p.assert !== 0) line += ` ${p.assert === 2 ? '==' : '='} ${amountText(p.assertValue, t.currency, s, rand, portable)}`;
      if (p.comment !== '') line += `  ; ${p.comment}`;
      out.push(line);
    }
    out.push('');
  }
  return out.join('\n');
}
