import { describe, expect, it } from 'vitest';
import { bankFixtureSources, bankFixtures } from '../../tests/fixtures/bank/make-fixtures';
import { readBankFixture } from '../../tests/fixtures/bank/read-fixture';
import { decodeStatement } from './encoding';

describe('the committed bank fixtures', () => {
  it.each(Object.entries(bankFixtures()))('%s is what make-fixtures.ts writes', (name, bytes) => {
    expect(readBankFixture(name)).toEqual(bytes);
  });

  it.each(Object.entries(bankFixtureSources()))('%s decodes (TextDecoder, detected encoding) to exactly the text it was made from', (name, source) => {
    const decoded = decodeStatement(readBankFixture(name));
    if (!decoded.ok) throw new Error(decoded.error);
    // iconv-lite writes '?' for a letter the code page lacks; this catches a fixture that lost one.
    expect(decoded.text).toBe(source.text);
  });
});
