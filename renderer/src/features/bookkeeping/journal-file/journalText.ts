import type { TFunction } from 'i18next';
import type { JournalError } from '../../../../../shared/journal';

/** Codes whose English detail adds nothing to the translated sentence. */
const selfExplained = new Set(['assertionFailed', 'unbalanced', 'multipleElided', 'tooManyErrors', 'accountTypeUnknown', 'badAccountName', 'notText', 'unsupported']);

/** The reader's "it is 99.00 EUR (difference 1.00 EUR)" as its two amounts. */
const actualPattern = /^it is (.+) \(difference (.+)\)$/;

/** A journal problem in the user's language: where, what, and (for syntax) the reader's own English detail. */
export function journalErrorText(error: JournalError, t: TFunction): { where: string; what: string; detail: string | null } {
  const where = error.line === 0 ? '' : error.column ? t('journalFile.errors.atLineColumn', { line: error.line, column: error.column }) : t('journalFile.errors.atLine', { line: error.line });
  const params: Record<string, string> = { ...error.params };
  let key = `journalFile.errors.codes.${error.code}`;
  if (error.code === 'assertionFailed') {
    const actual = actualPattern.exec(params.actual ?? '');
    if (actual) Object.assign(params, { balance: actual[1], difference: actual[2] });
    else key = 'journalFile.errors.codes.assertionFailedPlain';
  }
  const what = error.code === 'unsupported' ? t('journalFile.errors.unsupported', { feature: t(`journalFile.features.${error.feature ?? 'directive'}`) }) : t(key, params);
  const detail = selfExplained.has(error.code) && key !== 'journalFile.errors.codes.assertionFailedPlain' ? null : error.message.replace(/^Line \d+: /, '');
  return { where, what, detail };
}
