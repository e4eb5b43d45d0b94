/** Offered in the base-currency list; any ISO 4217 code the schema knows is accepted. */
export const commonCurrencies = ['EUR', 'USD', 'GBP', 'CHF', 'HUF', 'RUB', 'PLN', 'CZK', 'RON', 'SEK', 'NOK', 'DKK', 'UAH', 'KZT', 'BYN', 'GEL', 'AMD', 'TRY', 'CAD', 'AUD', 'JPY', 'CNY'] as const;
