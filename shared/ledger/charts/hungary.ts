import { account as a, vatCode as v, type ChartTemplate } from './template';

/**
 * The Hungarian chart (számlatükör) of a small company: classes 1–3 assets, 4 equity and
 * liabilities, 5 cost types, 8 expenses, 9 revenue. Class 4 holds accounts of three types,
 * and a child must have its parent's type, so its groups (41 equity, 44/45/46/47/48
 * liabilities) stand at the top, and 466 (input VAT, an asset by nature) stands alone.
 */
const accounts = [
  a('fixedAssets', '1', 'asset', null, ['Non-current assets', 'Внеоборотные активы', 'Befektetett eszközök']),
  a('intangibles', '11', 'asset', 'fixedAssets', ['Intangible assets', 'Нематериальные активы', 'Immateriális javak']),
  a('buildings', '12', 'asset', 'fixedAssets', ['Land and buildings', 'Земля и здания', 'Ingatlanok és kapcsolódó vagyoni értékű jogok']),
  a('machinery', '13', 'asset', 'fixedAssets', ['Plant and machinery', 'Машины и оборудование', 'Műszaki berendezések, gépek, járművek']),
  a('equipment', '14', 'asset', 'fixedAssets', ['Other equipment and vehicles', 'Прочее оборудование и транспорт', 'Egyéb berendezések, felszerelések, járművek']),
  a('inventories', '2', 'asset', null, ['Inventories', 'Запасы', 'Készletek']),
  a('materials', '21', 'asset', 'inventories', ['Materials', 'Материалы', 'Anyagok']),
  a('rawMaterials', '211', 'asset', 'materials', ['Raw and basic materials', 'Сырьё и основные материалы', 'Nyers- és alapanyagok']),
  a('inventory', '26', 'asset', 'inventories', ['Goods for resale', 'Товары', 'Áruk']),
  a('tradeGoods', '261', 'asset', 'inventory', ['Trade goods', 'Товары для перепродажи', 'Kereskedelmi áruk']),
  a('currentAssets', '3', 'asset', null, ['Receivables and financial assets', 'Дебиторская задолженность и денежные средства', 'Követelések, pénzügyi eszközök']),
  a('receivable', '311', 'asset', 'currentAssets', ['Domestic trade receivables', 'Расчёты с покупателями', 'Belföldi követelések (vevők)'], 'receivable'),
  a('advancesPaid', '351', 'asset', 'currentAssets', ['Advances paid to suppliers', 'Авансы выданные', 'Adott előlegek']),
  a('cash', '381', 'asset', 'currentAssets', ['Cash', 'Касса', 'Pénztár'], 'cash'),
  a('bank', '384', 'asset', 'currentAssets', ['Bank account', 'Расчётный счёт', 'Elszámolási betétszámla'], 'bank'),
  a('transfers', '389', 'asset', 'currentAssets', ['Transfers in transit', 'Переводы в пути', 'Átvezetési számla']),
  a('prepayments', '39', 'asset', 'currentAssets', ['Prepaid expenses and accrued income', 'Расходы будущих периодов', 'Aktív időbeli elhatárolások']),
  a('vatInput', '466', 'asset', null, ['Input VAT', 'НДС к вычету', 'Előzetesen felszámított általános forgalmi adó'], 'vatInput'),

  a('equity', '41', 'equity', null, ['Equity', 'Собственный капитал', 'Saját tőke']),
  a('capital', '411', 'equity', 'equity', ['Share capital', 'Уставный капитал', 'Jegyzett tőke']),
  a('retainedEarnings', '413', 'equity', 'equity', ['Retained earnings', 'Нераспределённая прибыль', 'Eredménytartalék'], 'retainedEarnings'),
  a('profitForYear', '419', 'equity', 'equity', ['Profit or loss for the year', 'Прибыль (убыток) отчётного года', 'Adózott eredmény']),
  a('yearAccounts', '49', 'equity', null, ['Opening and closing accounts', 'Счета открытия и закрытия года', 'Évnyitó és évzáró számlák']),
  a('openingBalances', '491', 'equity', 'yearAccounts', ['Opening balance account', 'Счёт вступительного баланса', 'Nyitómérleg számla'], 'openingBalances'),

  a('longTermLiabilities', '44', 'liability', null, ['Long-term liabilities', 'Долгосрочные обязательства', 'Hosszú lejáratú kötelezettségek']),
  a('loans', '441', 'liability', 'longTermLiabilities', ['Long-term loans', 'Долгосрочные кредиты', 'Beruházási és fejlesztési hitelek']),
  a('shortTermLiabilities', '45', 'liability', null, ['Short-term liabilities', 'Краткосрочные обязательства', 'Rövid lejáratú kötelezettségek']),
  a('advancesReceived', '453', 'liability', 'shortTermLiabilities', ['Advances received from customers', 'Авансы полученные', 'Vevőktől kapott előlegek']),
  a('payable', '454', 'liability', 'shortTermLiabilities', ['Suppliers', 'Расчёты с поставщиками', 'Szállítók'], 'payable'),
  a('taxes', '46', 'liability', null, ['Taxes and contributions', 'Расчёты по налогам и взносам', 'Adó- és járulékelszámolások']),
  a('incomeTax', '462', 'liability', 'taxes', ['Personal income tax withheld', 'НДФЛ к уплате', 'Személyi jövedelemadó elszámolása']),
  a('taxesPayable', '463', 'liability', 'taxes', ['Central budget liabilities', 'Расчёты с бюджетом', 'Költségvetési befizetési kötelezettségek']),
  a('vatOutput', '467', 'liability', 'taxes', ['Output VAT', 'НДС к уплате', 'Fizetendő általános forgalmi adó'], 'vatOutput'),
  a('vatSettlement', '468', 'liability', 'taxes', ['VAT settlement account', 'Расчёты по НДС', 'Általános forgalmi adó elszámolási számla']),
  a('wagesPayable', '471', 'liability', null, ['Wages payable', 'Расчёты с персоналом по оплате труда', 'Jövedelemelszámolási számla']),
  a('accruals', '48', 'liability', null, ['Accrued expenses and deferred income', 'Доходы будущих периодов и начисленные расходы', 'Passzív időbeli elhatárolások']),

  a('costTypes', '5', 'expense', null, ['Cost types', 'Расходы по элементам', 'Költségnemek']),
  a('materialCosts', '51', 'expense', 'costTypes', ['Materials', 'Материальные расходы', 'Anyagköltség']),
  a('suppliesConsumed', '511', 'expense', 'materialCosts', ['Cost of purchased materials', 'Стоимость покупных материалов', 'Vásárolt anyagok költségei']),
  a('services', '52', 'expense', 'costTypes', ['Services used', 'Услуги сторонних организаций', 'Igénybe vett szolgáltatások költségei']),
  a('rent', '522', 'expense', 'services', ['Rent', 'Аренда', 'Bérleti díjak']),
  a('utilities', '523', 'expense', 'services', ['Utilities and maintenance', 'Коммунальные услуги и обслуживание', 'Közüzemi és karbantartási költségek']),
  a('communication', '524', 'expense', 'services', ['Telephone and internet', 'Связь и интернет', 'Telefon és internet']),
  a('travel', '525', 'expense', 'services', ['Travel', 'Командировочные расходы', 'Utazási és kiküldetési költségek']),
  a('otherServices', '529', 'expense', 'services', ['Other services used', 'Прочие услуги', 'Egyéb igénybe vett szolgáltatások']),
  a('otherServiceCosts', '53', 'expense', 'costTypes', ['Other service costs', 'Прочие расходы на услуги', 'Egyéb szolgáltatások költségei']),
  a('bankFees', '532', 'expense', 'otherServiceCosts', ['Bank charges', 'Банковские комиссии', 'Pénzügyi szolgáltatások díjai']),
  a('insurance', '533', 'expense', 'otherServiceCosts', ['Insurance', 'Страхование', 'Biztosítási díjak']),
  a('wages', '54', 'expense', 'costTypes', ['Wages and salaries', 'Заработная плата', 'Bérköltség']),
  a('contributions', '56', 'expense', 'costTypes', ['Employer contributions', 'Страховые взносы', 'Bérjárulékok']),
  a('depreciation', '57', 'expense', 'costTypes', ['Depreciation', 'Амортизация', 'Értékcsökkenési leírás']),
  a('expenses', '8', 'expense', null, ['Cost of sales and other expenses', 'Себестоимость продаж и прочие расходы', 'Értékesítés elszámolt önköltsége és ráfordítások']),
  a('costOfGoods', '814', 'expense', 'expenses', ['Cost of goods sold', 'Себестоимость проданных товаров', 'Eladott áruk beszerzési értéke']),
  a('otherExpenses', '86', 'expense', 'expenses', ['Other expenses', 'Прочие расходы', 'Egyéb ráfordítások']),
  a('stockAdjustments', '869', 'expense', 'otherExpenses', ['Missing, destroyed and scrapped inventories', 'Недостачи, порча и списание запасов', 'Hiányzó, megsemmisült, selejtezett készletek']),
  a('financialExpenses', '87', 'expense', 'expenses', ['Financial expenses', 'Финансовые расходы', 'Pénzügyi műveletek ráfordításai']),

  a('income', '9', 'income', null, ['Revenue and income', 'Доходы', 'Értékesítés árbevétele és bevételek']),
  a('sales', '91', 'income', 'income', ['Domestic sales revenue', 'Выручка от продаж на внутреннем рынке', 'Belföldi értékesítés árbevétele']),
  a('exportSales', '93', 'income', 'income', ['Export sales revenue', 'Выручка от экспорта', 'Export értékesítés árbevétele']),
  a('otherIncome', '96', 'income', 'income', ['Other income', 'Прочие доходы', 'Egyéb bevételek']),
  a('financialIncome', '97', 'income', 'income', ['Financial income', 'Финансовые доходы', 'Pénzügyi műveletek bevételei']),
];

/**
 * Rates 27/18/5 %, tax-exempt supplies (AAM) and intra-EU supplies (EUK) as 0-rate output
 * codes, so their bases show in the VAT summary. Reverse charge (fordított adózás: FADF
 * fizetendő, FADL levonható) and intra-EU acquisitions (EUBF, EUBL) are two-sided: the
 * buyer owes the tax and deducts it at once.
 * A code posts to one account, so each comes as a pair at 27 %, an output code (467) and
 * an input code (466) used together on the same base; the net is nil, both halves are
 * declared, as the return asks.
 */
const vatCodes = [
  v('I27', 'input', 27, 'vatInput', ['Input VAT 27%', 'НДС к вычету 27%', 'Előzetesen felszámított ÁFA 27%']),
  v('I18', 'input', 18, 'vatInput', ['Input VAT 18%', 'НДС к вычету 18%', 'Előzetesen felszámított ÁFA 18%']),
  v('I5', 'input', 5, 'vatInput', ['Input VAT 5%', 'НДС к вычету 5%', 'Előzetesen felszámított ÁFA 5%']),
  v('O27', 'output', 27, 'vatOutput', ['Output VAT 27%', 'НДС к уплате 27%', 'Fizetendő ÁFA 27%']),
  v('O18', 'output', 18, 'vatOutput', ['Output VAT 18%', 'НДС к уплате 18%', 'Fizetendő ÁFA 18%']),
  v('O5', 'output', 5, 'vatOutput', ['Output VAT 5%', 'НДС к уплате 5%', 'Fizetendő ÁFA 5%']),
  v('AAM', 'output', 0, 'vatOutput', ['Exempt supply', 'Освобождено от НДС', 'Tárgyi adómentes']),
  v('EUK', 'output', 0, 'vatOutput', ['Intra-EU supply (exempt)', 'Поставка в другую страну ЕС (без НДС)', 'Közösségen belüli termékértékesítés (adómentes)']),
  v('FADF', 'output', 27, 'vatOutput', ['Reverse charge, VAT due 27%', 'Обратное начисление, НДС к уплате 27%', 'Fordított adózás, fizetendő ÁFA 27%']),
  v('FADL', 'input', 27, 'vatInput', ['Reverse charge, VAT deductible 27%', 'Обратное начисление, НДС к вычету 27%', 'Fordított adózás, levonható ÁFA 27%']),
  v('EUBF', 'output', 27, 'vatOutput', ['Intra-EU acquisition, VAT due 27%', 'Приобретение в ЕС, НДС к уплате 27%', 'Közösségen belüli beszerzés, fizetendő ÁFA 27%']),
  v('EUBL', 'input', 27, 'vatInput', ['Intra-EU acquisition, VAT deductible 27%', 'Приобретение в ЕС, НДС к вычету 27%', 'Közösségen belüli beszerzés, levonható ÁFA 27%']),
];

export const hungarianChart: ChartTemplate = { accounts, vatCodes };
