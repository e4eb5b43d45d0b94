import type { ReactElement } from 'react';
import type { Language } from '../../../shared/i18n/languages';

/** A printable report: its page body plus what the header block shows. */
export type Report = {
  title: string;
  companyName: string;
  /** The report's content; rendered to static HTML, so no hooks that need a provider. */
  body: ReactElement;
  language: Language;
  /** A line under the title, e.g. the period the report covers. */
  period?: string;
  /** Wide tables print across the page. */
  landscape?: boolean;
};

/** What the printing service answered: saved to a file, sent to a printer, or cancelled. */
export type PrintOutcome = { kind: 'saved'; fileName: string | undefined } | { kind: 'printed' } | { kind: 'cancelled' };

export type PrintTarget = 'pdf' | 'printer';
