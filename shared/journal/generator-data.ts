/** Names for the journal generator: a small Hungarian–Russian trading company's books. */

export type ChartLanguage = 'en' | 'hu' | 'ru';

export type GeneratorChart = {
  /** Top-level names; hu and ru are declared with `type:` tags so hledger classifies them. */
  top: { asset: string; liability: string; equity: string; income: string; expense: string };
  bank: Record<'HUF' | 'EUR' | 'USD' | 'RUB', string>;
  cash: string;
  vatInput: string;
  vatOutput: string;
  receivable: string;
  payable: string;
  payroll: string;
  opening: string;
  sales: string[];
  interest: string;
  expenses: { rent: string; salaries: string; bankFees: string; other: string[] };
};

export const charts: Readonly<Record<ChartLanguage, GeneratorChart>> = {
  en: {
    top: { asset: 'assets', liability: 'liabilities', equity: 'equity', income: 'income', expense: 'expenses' },
    bank: { HUF: 'bank:OTP current', EUR: 'bank:Erste EUR', USD: 'bank:Citi USD', RUB: 'bank:Sberbank RUB' },
    cash: 'cash:petty cash',
    vatInput: 'VAT:input',
    vatOutput: 'VAT:output',
    receivable: 'receivable',
    payable: 'payable',
    payroll: 'payroll taxes',
    opening: 'opening balances',
    sales: ['sales:goods', 'sales:services', 'sales:export'],
    interest: 'interest',
    expenses: {
      rent: 'rent',
      salaries: 'salaries',
      bankFees: 'bank fees',
      other: ['office supplies', 'travel', 'utilities:electricity', 'utilities:water', 'telephone', 'software', 'fuel', 'repairs'],
    },
  },
  hu: {
    top: { asset: 'Eszközök', liability: 'Kötelezettségek', equity: 'Saját tőke', income: 'Bevételek', expense: 'Költségek' },
    bank: { HUF: 'Bank:OTP folyószámla', EUR: 'Bank:Erste devizaszámla EUR', USD: 'Bank:K&H USD számla', RUB: 'Bank:Sberbank rubelszámla' },
    cash: 'Házipénztár',
    vatInput: 'ÁFA:előzetesen felszámított',
    vatOutput: 'ÁFA:fizetendő',
    receivable: 'Vevők',
    payable: 'Szállítók',
    payroll: 'Bérjárulékok',
    opening: 'Nyitó mérleg',
    sales: ['Értékesítés:Áruk', 'Értékesítés:Szolgáltatás', 'Értékesítés:Export'],
    interest: 'Kamatbevétel',
    expenses: {
      rent: 'Bérleti díj',
      salaries: 'Bérköltség',
      bankFees: 'Bankköltség',
      other: ['Irodaszer', 'Utazás', 'Közüzem:Villamos energia', 'Közüzem:Víz', 'Telefon', 'Szoftver', 'Üzemanyag', 'Javítás'],
    },
  },
  ru: {
    top: { asset: 'Активы', liability: 'Обязательства', equity: 'Капитал', income: 'Доходы', expense: 'Расходы' },
    bank: { HUF: 'Банк:OTP форинтовый счёт', EUR: 'Банк:Райффайзен EUR', USD: 'Банк:Альфа USD', RUB: 'Банк:Сбербанк расчётный счёт' },
    cash: 'Касса',
    vatInput: 'НДС:к возмещению',
    vatOutput: 'НДС:к уплате',
    receivable: 'Покупатели',
    payable: 'Поставщики',
    payroll: 'Страховые взносы',
    opening: 'Начальные остатки',
    sales: ['Выручка:Товары', 'Выручка:Услуги', 'Выручка:Экспорт'],
    interest: 'Проценты полученные',
    expenses: {
      rent: 'Аренда офиса',
      salaries: 'Заработная плата',
      bankFees: 'Банковские комиссии',
      other: ['Канцтовары', 'Командировки', 'Коммунальные:Электроэнергия', 'Коммунальные:Вода', 'Связь', 'Программы', 'Топливо', 'Ремонт'],
    },
  },
};

export const customers = [
  'Kovács és Társa Kft.',
  'Szép Virág Bt.',
  'Győri Élelmiszer Kft.',
  'Árvíztűrő Tükörfúrógép Zrt.',
  'Öntödei Gépgyár Kft.',
  'ООО «Ромашка»',
  'ИП Иванов И. И.',
  'АО «Северсталь»',
  'ООО «Щедрый Ёж»',
  'Blue River Trading Ltd.',
  'Müller & Söhne GmbH',
];

export const suppliers = [
  'Tűzoltó Szerviz Kft.',
  'Pécsi Papír Bt.',
  'Magyar Telekom Nyrt.',
  'ELMŰ Nyrt.',
  'ЗАО «Южный Ветер»',
  'ООО «Канцтовары и Ко»',
  'ПАО «Ростелеком»',
  'ИП Смирнова Ж. Ю.',
  'Office Depot Europe B.V.',
];

export const notes = [
  'számla mellékelve',
  'счёт-фактура получена',
  'invoice attached',
  'project: Alfa',
  'projekt: Béta, felelős: Ágnes',
  'ответственный: Пётр',
  'check with the accountant',
  'részletfizetés',
];
