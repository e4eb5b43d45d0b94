import { describe, expect, it } from 'vitest';
import { validationMessageKeys } from '../../../shared/company';
import { ipcErrorCodes, osErrorKinds } from '../../../shared/ipc/errors';
import { auditActions } from '../db/records';
import en from './locales/en.json';
import hu from './locales/hu.json';
import ru from './locales/ru.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

const catalogues = { en: flatten(en), ru: flatten(ru), hu: flatten(hu) };
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}|\{(\w+)\}/g)].map((m) => m[1] ?? m[2]).sort();

const withoutPlaceholders = (text: string) => text.replace(/\{\{\s*\w+\s*\}\}|\{\w+\}/g, '');

describe('translations', () => {
  for (const language of ['ru', 'hu'] as const) {
    it(`${language} has exactly the keys of en`, () => {
      const missing = [...catalogues.en.keys()].filter((key) => !catalogues[language].has(key));
      const extra = [...catalogues[language].keys()].filter((key) => !catalogues.en.has(key));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it(`${language} keeps every placeholder of en`, () => {
      for (const [key, text] of catalogues.en) {
        expect(placeholders(catalogues[language].get(key) ?? ''), `${language}: ${key}`).toEqual(placeholders(text));
      }
    });

    it(`${language} is really translated, not an English copy`, () => {
      const sameAsEnglish = [...catalogues.en].filter(
        ([key, text]) => !key.startsWith('languages.') && /\p{L}{3}/u.test(withoutPlaceholders(text)) && catalogues[language].get(key) === text,
      );
      // Only the product name, pure placeholders and key names (as printed on the keys) may read the same in every language.
      expect(sameAsEnglish.map(([key]) => key)).toEqual(['app.name', 'bookkeeping.entryButtons.shortcut']);
    });
  }

  it('has no empty texts', () => {
    for (const [language, catalogue] of Object.entries(catalogues)) {
      for (const [key, text] of catalogue) expect(text.trim(), `${language}: ${key}`).not.toBe('');
    }
  });

  it('translates every validation message the company schema can give', () => {
    for (const catalogue of Object.values(catalogues)) {
      for (const key of validationMessageKeys) expect(catalogue.has(key), key).toBe(true);
    }
  });

  it('translates every IPC error code, every kind of OS error and every audit action', () => {
    for (const catalogue of Object.values(catalogues)) {
      for (const code of [...ipcErrorCodes, 'NO_BRIDGE']) expect(catalogue.has(`errors.ipc.${code}`), code).toBe(true);
      for (const kind of osErrorKinds) expect(catalogue.has(`errors.os.kinds.${kind}`), kind).toBe(true);
      for (const action of auditActions) expect(catalogue.has(`audit.actions.${action}`), action).toBe(true);
    }
  });

  it('keeps the print footer placeholders for the print service', () => {
    for (const catalogue of Object.values(catalogues)) {
      expect(catalogue.get('print.pageOfPages')).toMatch(/\{page\}.*\{pages\}/);
    }
  });
});

describe('the texts the screens ask for', () => {
  // Every source file of the window, as text (vite reads them; no Node file access here).
  const sources = import.meta.glob(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
  const keys = catalogues.en;
  const hasKey = (key: string) => keys.has(key) || keys.has(`${key}_one`) || keys.has(`${key}_other`);
  const hasBranch = (prefix: string) => [...keys.keys()].some((key) => key.startsWith(prefix));

  it('exist in English: every t("…") with a literal key', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const [file, text] of Object.entries(sources)) {
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*\.[\w.]*\w)'/g)) {
        checked += 1;
        if (!hasKey(match[1]!)) missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });

  it('exist in English: every key built from a fixed start, t(`start.${…}`), has that start', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const [file, text] of Object.entries(sources)) {
      for (const match of text.matchAll(/\bt\(\s*`([a-zA-Z][\w.]*\.)\$\{/g)) {
        checked += 1;
        if (!hasBranch(match[1]!)) missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });
});
