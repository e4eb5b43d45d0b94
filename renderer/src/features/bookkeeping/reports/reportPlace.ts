import { isIsoDate, type IsoDate } from '../../../../../shared/dates';
import { periodPresets, type PeriodPreset } from '../../../components/periodPresets';

/** The reports, in the order of the reports' own navigation; each is a page path segment. */
export const reportKinds = ['trial-balance', 'income-statement', 'balance-sheet', 'register', 'journal', 'aged-payables', 'vat-summary'] as const;
export type ReportKind = (typeof reportKinds)[number];

/** A period against which a report is set side by side. */
export const compareModes = ['none', 'previousPeriod', 'previousYear', 'previousYearEnd'] as const;
export type CompareMode = (typeof compareModes)[number];

/** The as-of choices of the balance sheet and aged payables. */
export const asOfPresets = ['today', 'endOfLastMonth', 'endOfLastYear', 'custom'] as const;
export type AsOfPreset = (typeof asOfPresets)[number];

/** What a report page is showing, as kept in the address so a reload or Back keeps it. */
export type ReportParams = {
  preset?: PeriodPreset;
  from?: IsoDate;
  to?: IsoDate;
  asOfPreset?: AsOfPreset;
  asOf?: IsoDate;
  compare?: CompareMode;
  account?: string;
};

export type ReportPlace = { kind: ReportKind | null; params: ReportParams };

const paramOrder = ['account', 'preset', 'from', 'to', 'asOfPreset', 'asOf', 'compare'] as const satisfies ReadonlyArray<keyof ReportParams>;

const oneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

function readParam(params: ReportParams, key: string, value: string): void {
  switch (key) {
    case 'preset':
      if (oneOf(periodPresets, value)) params.preset = value;
      break;
    case 'asOfPreset':
      if (oneOf(asOfPresets, value)) params.asOfPreset = value;
      break;
    case 'compare':
      if (oneOf(compareModes, value)) params.compare = value;
      break;
    case 'from':
    case 'to':
    case 'asOf':
      if (isIsoDate(value)) params[key] = value;
      break;
    case 'account':
      if (value !== '') params.account = value;
      break;
  }
}

/**
 * Where in the reports a Bookkeeping page path points: ['reports'] is the list of reports,
 * ['reports', 'register', 'account=01J…', 'from=2026-01-01'] an account's register. Unknown
 * reports and malformed values are left out, never guessed.
 */
export function reportPlaceOf(path: readonly string[]): ReportPlace {
  const [, kind = '', ...rest] = path;
  const params: ReportParams = {};
  for (const segment of rest) {
    const at = segment.indexOf('=');
    if (at > 0) readParam(params, segment.slice(0, at), segment.slice(at + 1));
  }
  return { kind: oneOf(reportKinds, kind) ? kind : null, params };
}

/** The Bookkeeping page path of a report with its settings, in a fixed order. */
export function reportPath(kind: ReportKind | null, params: ReportParams = {}): string[] {
  if (kind === null) return ['reports'];
  const segments = paramOrder.flatMap((key) => (params[key] === undefined ? [] : [`${key}=${params[key]}`]));
  return ['reports', kind, ...segments];
}

/** The settings a report passes on when the user switches to another report: the period and comparison. */
export function carriedParams(params: ReportParams): ReportParams {
  const { account: _account, ...rest } = params;
  return rest;
}

/** The translation key of a report's name and description: reports.kinds.<key>.title / .about */
export const reportKindKey: Record<ReportKind, string> = {
  'trial-balance': 'trialBalance',
  'income-statement': 'incomeStatement',
  'balance-sheet': 'balanceSheet',
  register: 'register',
  journal: 'journal',
  'aged-payables': 'agedPayables',
  'vat-summary': 'vatSummary',
};
