import { describe, expect, it } from 'vitest';
import { dateFormatsFitting, readStatementDate } from './statement-dates';

describe('readStatementDate', () => {
  it.each([
    ['2026-03-05', 'yyyy-MM-dd', '2026-03-05'],
    ['2026-03-05T14:22:00+01:00', 'yyyy-MM-dd', '2026-03-05'],
    ['05.03.2026', 'dd.MM.yyyy', '2026-03-05'],
    ['5.3.2026 14:22', 'dd.MM.yyyy', '2026-03-05'],
    ['05/03/2026', 'dd/MM/yyyy', '2026-03-05'],
    ['05/03/2026', 'MM/dd/yyyy', '2026-05-03'],
    ['2026.03.05', 'yyyy.MM.dd', '2026-03-05'],
    ['2026.03.05.', 'yyyy.MM.dd', '2026-03-05'],
    ['2026. 03. 05.', 'yyyy. MM. dd.', '2026-03-05'],
    ['2026.03.05.', 'yyyy. MM. dd.', '2026-03-05'],
    ['29.02.2028', 'dd.MM.yyyy', '2028-02-29'],
  ] as const)('%s as %s is %s', (cell, format, iso) => {
    expect(readStatementDate(cell, format)).toBe(iso);
  });

  it.each([
    ['29.02.2026', 'dd.MM.yyyy'], // not a leap year
    ['31/04/2026', 'dd/MM/yyyy'],
    ['13/05/2026', 'MM/dd/yyyy'],
    ['2026-03-05', 'dd.MM.yyyy'],
    ['05.03.26', 'dd.MM.yyyy'], // two-digit years are refused rather than guessed
    ['tegnap', 'yyyy.MM.dd'],
    ['', 'yyyy-MM-dd'],
  ] as const)('refuses %j as %s', (cell, format) => {
    expect(readStatementDate(cell, format)).toBeNull();
  });
});

describe('dateFormatsFitting', () => {
  it('keeps only formats that read every cell', () => {
    expect(dateFormatsFitting(['03/15/2026', '04/01/2026'])).toEqual(['MM/dd/yyyy']);
    expect(dateFormatsFitting(['15/03/2026', '01/04/2026'])).toEqual(['dd/MM/yyyy']);
    expect(dateFormatsFitting(['01/04/2026'])).toEqual(['dd/MM/yyyy', 'MM/dd/yyyy']);
    expect(dateFormatsFitting(['2026.03.05.', ''])).toEqual(['yyyy.MM.dd', 'yyyy. MM. dd.']);
    expect(dateFormatsFitting(['', ' '])).toEqual([]);
  });
});
