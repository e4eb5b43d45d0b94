import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readBankFixture } from '../../tests/fixtures/bank/read-fixture';
import { decodeStatement, detectEncoding } from './encoding';

const encode = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding));

describe('detectEncoding on the fixture statements', () => {
  it.each([
    ['otp-iso-8859-2.csv', 'iso-8859-2'],
    ['otp-eur-windows-1250.csv', 'windows-1250'],
    ['sberbank-windows-1251.csv', 'windows-1251'],
    ['english-utf8-bom.csv', 'utf-8-bom'],
    ['camt053.xml', 'utf-8'],
    ['creditcard-v2.qfx', 'utf-8'],
    ['statement-v1.ofx', 'windows-1252'], // declared by its CHARSET:1252 header
  ])('%s is %s', (name, encoding) => {
    const guess = detectEncoding(readBankFixture(name));
    expect(guess).toMatchObject({ ok: true, encoding });
    if (guess.ok) expect(guess.confidence).toBeGreaterThan(0.89);
  });

  it('decodes each file to the text its bank wrote', () => {
    const otp = decodeStatement(readBankFixture('otp-iso-8859-2.csv'));
    expect(otp.ok && otp.text).toContain('Škoda Autó Kft.;12010855-00123456;Szerviz számla');
    const sber = decodeStatement(readBankFixture('sberbank-windows-1251.csv'));
    expect(sber.ok && sber.text).toContain('Плата за обслуживание счёта');
    const english = decodeStatement(readBankFixture('english-utf8-bom.csv'));
    expect(english.ok && english.text.startsWith('Date,Payee')).toBe(true); // no BOM left in the text
    const ofx = decodeStatement(readBankFixture('statement-v1.ofx'));
    expect(ofx.ok && ofx.text).toContain('<NAME>Café Rouge');
  });
});

describe('detectEncoding between Cyrillic and Central European code pages', () => {
  it.each([
    ['Оплата по счёту № 45, НДС 20%', 'windows-1251'],
    ['Дата;Сумма', 'windows-1251'],
    ['Bérleti díj március', 'windows-1250'],
    ['Őrzés-védelem, Fűtőmű Kft.', 'windows-1250'],
    ['Zażółć gęślą jaźń', 'windows-1250'],
  ])('%s → %s', (text, encoding) => {
    const bytes = encode(text, encoding);
    expect(detectEncoding(bytes)).toMatchObject({ ok: true, encoding });
  });

  it('says when windows-1250 and iso-8859-2 read a Hungarian file the same', () => {
    const guess = detectEncoding(encode('Könyvelés dátuma;Összeg\r\n2026.03.02.;-1.250,00\r\n', 'windows-1250'));
    expect(guess).toMatchObject({ ok: true, encoding: 'windows-1250', alsoFits: ['iso-8859-2'] });
  });

  it('is certain for long texts and less so for a single letter', () => {
    const long = detectEncoding(readBankFixture('sberbank-windows-1251.csv'));
    const short = detectEncoding(encode('Cafe é', 'windows-1250'));
    expect(long.ok && short.ok && long.confidence > short.confidence).toBe(true);
  });

  it('calls plain ASCII UTF-8 that every encoding reads alike', () => {
    expect(detectEncoding(encode('Date,Amount\n2026-01-02,5.00\n', 'utf-8'))).toMatchObject({
      ok: true,
      encoding: 'utf-8',
      confidence: 1,
      alsoFits: ['windows-1251', 'windows-1250', 'iso-8859-2', 'windows-1252'],
    });
  });
});

describe('files that are not statements', () => {
  it.each([
    ['an empty file', new Uint8Array(0), 'emptyFile'],
    ['only line breaks', new Uint8Array([13, 10, 13, 10]), 'emptyFile'],
    ['a zip (xlsx)', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), 'spreadsheetFile'],
    ['an old Excel file', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'spreadsheetFile'],
    ['a PDF', new Uint8Array([...'%PDF-1.7\n'].map((c) => c.charCodeAt(0))), 'pdfFile'],
    ['UTF-16 with a BOM', new Uint8Array([0xff, 0xfe, 0x44, 0, 0x61, 0]), 'utf16File'],
    ['UTF-16 without a BOM', encode('Date;Amount\r\n2026-01-02;5\r\n', 'utf-16le'), 'utf16File'],
    ['bytes with NULs', new Uint8Array([0x41, 0x42, 0, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49]), 'binaryFile'],
    ['mostly control bytes', new Uint8Array(200).map((_, i) => (i % 7) + 1), 'binaryFile'],
  ])('refuses %s', (_name, bytes, error) => {
    expect(detectEncoding(bytes)).toEqual({ ok: false, error });
    // …also when the user forces an encoding: binary stays binary.
    expect(decodeStatement(bytes, 'utf-8')).toEqual({ ok: false, error });
  });
});

describe('decodeStatement', () => {
  it('reads a UTF-8 file cut inside a letter as UTF-8 and warns', () => {
    const bytes = encode('Дата;Сумма\n01.02.2026;Оплата', 'utf-8');
    const cut = bytes.subarray(0, bytes.length - 1);
    const decoded = decodeStatement(cut);
    expect(decoded).toMatchObject({ ok: true, encoding: 'utf-8', warnings: ['endsMidCharacter'] });
    expect(decoded.ok && decoded.text.startsWith('Дата;Сумма')).toBe(true);
  });

  it('lets the user override the guess', () => {
    const bytes = readBankFixture('otp-iso-8859-2.csv');
    const as1251 = decodeStatement(bytes, 'windows-1251');
    expect(as1251).toMatchObject({ ok: true, encoding: 'windows-1251', confidence: 1 });
    expect(as1251.ok && as1251.text).not.toContain('Számla');
  });

  it('marks text with bytes invalid in the forced encoding', () => {
    const decoded = decodeStatement(encode('Összeg', 'windows-1250'), 'utf-8');
    expect(decoded).toMatchObject({ ok: true, warnings: ['replacedBytes'] });
  });
});
