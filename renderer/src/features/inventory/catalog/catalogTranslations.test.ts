import { describe, expect, it } from 'vitest';
import { builtInCategories, catalogProblemKeys, guessMapping, importFields, knownUnits } from '../../../../../shared/catalog';
import en from '../../../i18n/locales/en.json';
import hu from '../../../i18n/locales/hu.json';
import ru from '../../../i18n/locales/ru.json';

const catalogs = { en: en.inventory.catalog, ru: ru.inventory.catalog, hu: hu.inventory.catalog };

describe('the catalog in three languages', () => {
  it.each(Object.entries(catalogs))('%s says every refusal, built-in category and known unit', (_language, texts) => {
    for (const key of catalogProblemKeys) expect(texts.problems[key], key).toBeTruthy();
    for (const key of builtInCategories) expect(texts.categories[key], key).toBeTruthy();
    for (const key of knownUnits) expect(texts.units[key], key).toBeTruthy();
  });

  it.each(Object.entries(catalogs))('%s: an exported catalog imports back with every column found from its headers', (_language, texts) => {
    const headers = importFields.map((field) => texts.importFields[field]);
    const mapping = guessMapping([...headers, texts.fields.onHand, texts.fields.archived]);
    const expected = Object.fromEntries(importFields.map((field, column) => [field, field === 'barcodes' ? [column] : column]));
    expect(mapping).toEqual(expected);
  });

  it('finds the built-in categories of an import by their name in any of the languages', () => {
    const names = new Set(builtInCategories.flatMap((key) => Object.values(catalogs).map((texts) => texts.categories[key].toLocaleLowerCase())));
    expect(names.size).toBe(builtInCategories.length * 3);
  });
});
