import { describe, expect, it } from 'vitest';
import { proposalProblems, statementEncodings, statementFileErrors, statementRowErrorCodes } from '../../../../../shared/bank';
import { fileRefusals } from '../../../../../shared/files/channels';
import { journalErrorCodes, type UnsupportedFeature } from '../../../../../shared/journal';
import { bankProblemKeys } from '../../../db/repositories/bank/problems';
import en from '../../../i18n/locales/en.json';
import hu from '../../../i18n/locales/hu.json';
import ru from '../../../i18n/locales/ru.json';

type Tree = { [key: string]: string | Tree };
const lookup = (tree: Tree, key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree);

// Every code shared/bank and shared/journal can hand the screens, listed so a new one fails here until translated.
const features = {
  periodicTransaction: true,
  automatedTransaction: true,
  include: true,
  price: true,
  lotPrice: true,
  priceDirective: true,
  virtualPosting: true,
  balanceAssignment: true,
  inclusiveAssertion: true,
  postingDate: true,
  directive: true,
  conversionAccount: true,
} satisfies Record<UnsupportedFeature, true>;

const keys = [
  ...statementRowErrorCodes.map((code) => `bank.rowErrors.${code}`),
  ...statementFileErrors.map((code) => `bank.fileErrors.${code}`),
  ...statementEncodings.map((encoding) => `bank.encodings.${encoding.replace(/-/g, '_')}`),
  ...proposalProblems.map((code) => `bank.review.problems.${code}`),
  ...bankProblemKeys.map((key) => `bank.problems.${key}`),
  ...fileRefusals.map((reason) => `bank.fileRefused.${reason}`),
  ...journalErrorCodes.map((code) => `journalFile.errors.codes.${code}`),
  ...Object.keys(features).map((feature) => `journalFile.features.${feature}`),
];

describe('bank and journal file translations', () => {
  for (const [language, catalogue] of Object.entries({ en, ru, hu })) {
    it(`${language} translates every code the bank and journal screens can show`, () => {
      const missing = keys.filter((key) => typeof lookup(catalogue as Tree, key) !== 'string');
      expect(missing).toEqual([]);
    });
  }
});
