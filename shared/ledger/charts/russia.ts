import { account as a, vatCode as v, type ChartTemplate } from './template';

/**
 * The Russian chart of accounts (План счетов, order 94н) as a small company uses it:
 * accounts 01–99 by their numbers, subaccounts as "68.02". Accounts 90 and 91 hold both
 * income and expense subaccounts, and a child must have its parent's type, so their
 * expense subaccounts (90.02, 90.03, 91.02) stand at the top beside the income group.
 * Opening balances go through 000, the auxiliary account the usual programs use for them.
 */
const accounts = [
  a('fixedAssets', '01', 'asset', null, ['Fixed assets', 'Основные средства', 'Tárgyi eszközök']),
  a('depreciationFixed', '02', 'asset', null, ['Depreciation of fixed assets', 'Амортизация основных средств', 'Tárgyi eszközök értékcsökkenése']),
  a('intangibles', '04', 'asset', null, ['Intangible assets', 'Нематериальные активы', 'Immateriális javak']),
  a('investments', '08', 'asset', null, ['Investments in non-current assets', 'Вложения во внеоборотные активы', 'Befektetett eszközökre fordított ráfordítások']),
  a('materials', '10', 'asset', null, ['Materials', 'Материалы', 'Anyagok']),
  a('vatInput', '19', 'asset', null, ['Input VAT on purchases', 'НДС по приобретённым ценностям', 'Beszerzések előzetesen felszámított ÁFA-ja'], 'vatInput'),
  a('inventory', '41', 'asset', null, ['Goods for resale', 'Товары', 'Áruk']),
  a('cash', '50', 'asset', null, ['Cash', 'Касса', 'Pénztár'], 'cash'),
  a('bank', '51', 'asset', null, ['Settlement accounts', 'Расчётные счета', 'Elszámolási betétszámlák'], 'bank'),
  a('currencyAccounts', '52', 'asset', null, ['Foreign currency accounts', 'Валютные счета', 'Devizaszámlák']),
  a('transfers', '57', 'asset', null, ['Transfers in transit', 'Переводы в пути', 'Átvezetési számla']),
  a('receivable', '62', 'asset', null, ['Settlements with customers', 'Расчёты с покупателями и заказчиками', 'Elszámolások vevőkkel'], 'receivable'),
  a('accountablePersons', '71', 'asset', null, ['Settlements with accountable persons', 'Расчёты с подотчётными лицами', 'Elszámolások elszámolásra kiadott összegekről']),
  a('stockAdjustments', '94', 'asset', null, ['Shortages and losses from damage to valuables', 'Недостачи и потери от порчи ценностей', 'Értékek hiánya és megrongálódásból eredő veszteségek']),

  a('payable', '60', 'liability', null, ['Settlements with suppliers and contractors', 'Расчёты с поставщиками и подрядчиками', 'Elszámolások szállítókkal'], 'payable'),
  a('shortTermLoans', '66', 'liability', null, ['Short-term loans', 'Расчёты по краткосрочным кредитам и займам', 'Rövid lejáratú hitelek és kölcsönök']),
  a('longTermLoans', '67', 'liability', null, ['Long-term loans', 'Расчёты по долгосрочным кредитам и займам', 'Hosszú lejáratú hitelek és kölcsönök']),
  a('taxes', '68', 'liability', null, ['Taxes and levies', 'Расчёты по налогам и сборам', 'Adók és illetékek elszámolása']),
  a('incomeTax', '68.01', 'liability', 'taxes', ['Personal income tax', 'НДФЛ', 'Személyi jövedelemadó']),
  a('vatOutput', '68.02', 'liability', 'taxes', ['Value added tax', 'Налог на добавленную стоимость', 'Általános forgalmi adó'], 'vatOutput'),
  a('profitTax', '68.04', 'liability', 'taxes', ['Corporate profit tax', 'Налог на прибыль', 'Társasági adó']),
  a('socialInsurance', '69', 'liability', null, ['Social insurance contributions', 'Расчёты по социальному страхованию и обеспечению', 'Társadalombiztosítási járulékok']),
  a('wagesPayable', '70', 'liability', null, ['Payroll settlements with staff', 'Расчёты с персоналом по оплате труда', 'Bérelszámolás a munkavállalókkal']),
  a('otherSettlements', '76', 'liability', null, ['Settlements with other debtors and creditors', 'Расчёты с разными дебиторами и кредиторами', 'Elszámolások egyéb adósokkal és hitelezőkkel']),

  a('capital', '80', 'equity', null, ['Share capital', 'Уставный капитал', 'Jegyzett tőke']),
  a('retainedEarnings', '84', 'equity', null, ['Retained earnings (uncovered loss)', 'Нераспределённая прибыль (непокрытый убыток)', 'Eredménytartalék'], 'retainedEarnings'),
  a('profitAndLoss', '99', 'equity', null, ['Profit and loss', 'Прибыли и убытки', 'Nyereség és veszteség']),
  a('openingBalances', '000', 'equity', null, ['Auxiliary account for opening balances', 'Вспомогательный счёт (ввод остатков)', 'Segédszámla (nyitó egyenlegek)'], 'openingBalances'),

  a('income', '90', 'income', null, ['Sales', 'Продажи', 'Értékesítés']),
  a('sales', '90.01', 'income', 'income', ['Revenue', 'Выручка', 'Árbevétel']),
  a('otherIncomeGroup', '91', 'income', null, ['Other income and expenses', 'Прочие доходы и расходы', 'Egyéb bevételek és ráfordítások']),
  a('otherIncome', '91.01', 'income', 'otherIncomeGroup', ['Other income', 'Прочие доходы', 'Egyéb bevételek']),

  a('costOfGoods', '90.02', 'expense', null, ['Cost of sales', 'Себестоимость продаж', 'Értékesítés önköltsége']),
  a('vatOnSales', '90.03', 'expense', null, ['VAT on sales', 'Налог на добавленную стоимость (продажи)', 'Értékesítés ÁFA-ja']),
  a('otherExpenses', '91.02', 'expense', null, ['Other expenses', 'Прочие расходы', 'Egyéb ráfordítások']),
  a('production', '20', 'expense', null, ['Main production', 'Основное производство', 'Alaptevékenység költségei']),
  a('overheads', '26', 'expense', null, ['General business expenses', 'Общехозяйственные расходы', 'Általános üzemi költségek']),
  a('sellingExpenses', '44', 'expense', null, ['Selling expenses', 'Расходы на продажу', 'Értékesítési költségek']),
];

/**
 * Rates 22 % (from 1 January 2026), 20 % (for earlier periods still being settled), 10 % and
 * 0 %, and "без НДС" for sales outside VAT (exempt or simplified tax), as a 0-rate code.
 * Input tax goes to 19, output tax to 68.02.
 */
const vatCodes = [
  v('I22', 'input', 22, 'vatInput', ['Input VAT 22%', 'НДС к вычету 22%', 'Előzetesen felszámított ÁFA 22%']),
  v('I20', 'input', 20, 'vatInput', ['Input VAT 20%', 'НДС к вычету 20%', 'Előzetesen felszámított ÁFA 20%']),
  v('I10', 'input', 10, 'vatInput', ['Input VAT 10%', 'НДС к вычету 10%', 'Előzetesen felszámított ÁFA 10%']),
  v('O22', 'output', 22, 'vatOutput', ['VAT on sales 22%', 'НДС с реализации 22%', 'Fizetendő ÁFA 22%']),
  v('O20', 'output', 20, 'vatOutput', ['VAT on sales 20%', 'НДС с реализации 20%', 'Fizetendő ÁFA 20%']),
  v('O10', 'output', 10, 'vatOutput', ['VAT on sales 10%', 'НДС с реализации 10%', 'Fizetendő ÁFA 10%']),
  v('O0', 'output', 0, 'vatOutput', ['VAT 0% (export)', 'НДС 0% (экспорт)', 'ÁFA 0% (export)']),
  v('БезНДС', 'output', 0, 'vatOutput', ['Without VAT (exempt)', 'Без НДС', 'ÁFA nélkül (mentes)']),
];

export const russianChart: ChartTemplate = { accounts, vatCodes };
