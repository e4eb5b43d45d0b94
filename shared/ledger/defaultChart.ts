import type { Language } from '../i18n/languages';
import type { ChartTemplateAccount } from './charts/template';
import type { Account } from './types';

export type { ChartTemplateAccount } from './charts/template';

/**
 * A small business's chart: five groups, the accounts quick forms and VAT need (by role),
 * and the everyday income and expense accounts. Codes follow the usual 1–5 numbering.
 */
export const defaultChart: readonly ChartTemplateAccount[] = [
  { key: 'assets', code: '1000', type: 'asset', names: { en: 'Assets', ru: 'Активы', hu: 'Eszközök' } },
  { key: 'bank', code: '1010', type: 'asset', parent: 'assets', role: 'bank', names: { en: 'Bank account', ru: 'Расчётный счёт', hu: 'Bankszámla' } },
  { key: 'cash', code: '1020', type: 'asset', parent: 'assets', role: 'cash', names: { en: 'Cash', ru: 'Касса', hu: 'Pénztár' } },
  { key: 'receivable', code: '1100', type: 'asset', parent: 'assets', role: 'receivable', names: { en: 'Accounts receivable', ru: 'Расчёты с покупателями', hu: 'Vevők' } },
  { key: 'inventory', code: '1200', type: 'asset', parent: 'assets', names: { en: 'Inventory', ru: 'Товары', hu: 'Áruk' } },
  { key: 'vatInput', code: '1300', type: 'asset', parent: 'assets', role: 'vatInput', names: { en: 'Input VAT', ru: 'НДС к вычету', hu: 'Előzetesen felszámított ÁFA' } },
  { key: 'equipment', code: '1500', type: 'asset', parent: 'assets', names: { en: 'Equipment', ru: 'Основные средства', hu: 'Tárgyi eszközök' } },

  { key: 'liabilities', code: '2000', type: 'liability', names: { en: 'Liabilities', ru: 'Обязательства', hu: 'Kötelezettségek' } },
  { key: 'payable', code: '2010', type: 'liability', parent: 'liabilities', role: 'payable', names: { en: 'Accounts payable', ru: 'Расчёты с поставщиками', hu: 'Szállítók' } },
  { key: 'goodsReceived', code: '2020', type: 'liability', parent: 'liabilities', names: { en: 'Goods received, not invoiced', ru: 'Неотфактурованные поставки', hu: 'Számlázatlan beszerzések' } },
  { key: 'vatOutput', code: '2100', type: 'liability', parent: 'liabilities', role: 'vatOutput', names: { en: 'Output VAT', ru: 'НДС к уплате', hu: 'Fizetendő ÁFA' } },
  { key: 'wagesPayable', code: '2200', type: 'liability', parent: 'liabilities', names: { en: 'Wages payable', ru: 'Расчёты по оплате труда', hu: 'Munkavállalókkal szembeni kötelezettségek' } },
  { key: 'taxesPayable', code: '2300', type: 'liability', parent: 'liabilities', names: { en: 'Taxes payable', ru: 'Расчёты по налогам и сборам', hu: 'Adókötelezettségek' } },
  { key: 'loans', code: '2400', type: 'liability', parent: 'liabilities', names: { en: 'Loans', ru: 'Кредиты и займы', hu: 'Hitelek' } },

  { key: 'equity', code: '3000', type: 'equity', names: { en: 'Equity', ru: 'Капитал', hu: 'Saját tőke' } },
  { key: 'capital', code: '3010', type: 'equity', parent: 'equity', names: { en: "Owner's capital", ru: 'Уставный капитал', hu: 'Jegyzett tőke' } },
  { key: 'retainedEarnings', code: '3100', type: 'equity', parent: 'equity', role: 'retainedEarnings', names: { en: 'Retained earnings', ru: 'Нераспределённая прибыль', hu: 'Eredménytartalék' } },
  { key: 'openingBalances', code: '3900', type: 'equity', parent: 'equity', role: 'openingBalances', names: { en: 'Opening balances', ru: 'Начальные остатки', hu: 'Nyitó egyenlegek' } },

  { key: 'income', code: '4000', type: 'income', names: { en: 'Income', ru: 'Доходы', hu: 'Bevételek' } },
  { key: 'sales', code: '4010', type: 'income', parent: 'income', names: { en: 'Sales of goods', ru: 'Выручка от продажи товаров', hu: 'Áruértékesítés árbevétele' } },
  { key: 'services', code: '4020', type: 'income', parent: 'income', names: { en: 'Services', ru: 'Выручка от услуг', hu: 'Szolgáltatások árbevétele' } },
  { key: 'otherIncome', code: '4900', type: 'income', parent: 'income', names: { en: 'Other income', ru: 'Прочие доходы', hu: 'Egyéb bevételek' } },

  { key: 'expenses', code: '5000', type: 'expense', names: { en: 'Expenses', ru: 'Расходы', hu: 'Költségek' } },
  { key: 'costOfGoods', code: '5010', type: 'expense', parent: 'expenses', names: { en: 'Cost of goods sold', ru: 'Себестоимость проданных товаров', hu: 'Eladott áruk beszerzési értéke' } },
  { key: 'suppliesConsumed', code: '5020', type: 'expense', parent: 'expenses', names: { en: 'Materials and supplies used', ru: 'Материальные расходы', hu: 'Anyagfelhasználás' } },
  { key: 'rent', code: '5100', type: 'expense', parent: 'expenses', names: { en: 'Rent', ru: 'Аренда', hu: 'Bérleti díjak' } },
  { key: 'utilities', code: '5200', type: 'expense', parent: 'expenses', names: { en: 'Utilities', ru: 'Коммунальные услуги', hu: 'Közüzemi díjak' } },
  { key: 'officeSupplies', code: '5300', type: 'expense', parent: 'expenses', names: { en: 'Office supplies', ru: 'Канцелярские товары', hu: 'Irodaszerek' } },
  { key: 'wages', code: '5400', type: 'expense', parent: 'expenses', names: { en: 'Wages and salaries', ru: 'Заработная плата', hu: 'Bérköltség' } },
  { key: 'bankFees', code: '5500', type: 'expense', parent: 'expenses', names: { en: 'Bank fees', ru: 'Банковские комиссии', hu: 'Bankköltségek' } },
  { key: 'communication', code: '5600', type: 'expense', parent: 'expenses', names: { en: 'Telephone and internet', ru: 'Связь и интернет', hu: 'Telefon és internet' } },
  { key: 'travel', code: '5700', type: 'expense', parent: 'expenses', names: { en: 'Travel', ru: 'Командировочные расходы', hu: 'Utazási költségek' } },
  { key: 'stockAdjustments', code: '5800', type: 'expense', parent: 'expenses', names: { en: 'Stock shortages and write-offs', ru: 'Недостачи и списания запасов', hu: 'Készlethiány és selejtezés' } },
  { key: 'otherExpenses', code: '5900', type: 'expense', parent: 'expenses', names: { en: 'Other expenses', ru: 'Прочие расходы', hu: 'Egyéb költségek' } },
];

/**
 * The international chart as accounts, named in the company's language. Ids come from the
 * caller (ULIDs in the app), so the same function serves the app, the CLI and tests.
 */
export function createDefaultChart(language: Language, makeId: () => string, at: string): Account[] {
  return accountsOfTemplate(defaultChart, language, makeId, at);
}

/** A chart template's accounts, with fresh ids and parents linked by key. */
export function accountsOfTemplate(template: readonly ChartTemplateAccount[], language: Language, makeId: () => string, at: string): Account[] {
  const idByKey = new Map(template.map((row) => [row.key, makeId()]));
  return template.map((row) => {
    const account: Account = {
      id: idByKey.get(row.key)!,
      code: row.code,
      name: row.names[language],
      type: row.type,
      parentId: row.parent === undefined ? null : idByKey.get(row.parent)!,
      archived: false,
      templateKey: row.key,
      createdAt: at,
      updatedAt: at,
    };
    if (row.role) account.role = row.role;
    return account;
  });
}
