import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatQuantity, packBreakdown, parseQuantity, quantityDecimalText, quantityOfPacks } from './quantities';

const pieces = { code: 'pcs', decimals: 0 };
const kilograms = { code: 'kg', decimals: 3 };
const paper = { unit: pieces, packs: [{ name: 'pack', contains: 10 }, { name: 'box', contains: 100 }] };

describe('typed quantities', () => {
  it('reads whole and decimal quantities exactly, with either decimal mark', () => {
    expect(parseQuantity('12', pieces)).toEqual({ ok: true, value: 12 });
    expect(parseQuantity('1,5', kilograms)).toEqual({ ok: true, value: 1500 });
    expect(parseQuantity('0.125', kilograms)).toEqual({ ok: true, value: 125 });
    expect(parseQuantity('1 000', pieces)).toEqual({ ok: true, value: 1000 });
    expect(parseQuantity('3.0', pieces)).toEqual({ ok: true, value: 3 });
  });

  it('reads the thousands mark of the locale where it groups three digits, as the screens write quantities', () => {
    expect(parseQuantity('5,000', pieces, 'en-GB')).toEqual({ ok: true, value: 5000 });
    expect(parseQuantity('1,500.25', kilograms, 'en-GB')).toEqual({ ok: true, value: 1_500_250 });
    expect(parseQuantity('12,345,678', pieces, 'en-GB')).toEqual({ ok: true, value: 12_345_678 });
    // Not a grouping: one and a half, as before.
    expect(parseQuantity('1,5', kilograms, 'en-GB')).toEqual({ ok: true, value: 1500 });
    // Where a space groups thousands, the comma stays the decimal mark.
    expect(parseQuantity('5,000', kilograms, 'hu-HU')).toEqual({ ok: true, value: 5000 });
    expect(parseQuantity('5,000', pieces, 'ru-RU')).toEqual({ ok: true, value: 5 });
    for (const quantity of [0, 7, 5000, 1_234_567]) {
      for (const locale of ['en-GB', 'en-US', 'hu-HU', 'ru-RU']) {
        expect(parseQuantity(formatQuantity(quantity, kilograms, locale), kilograms, locale)).toEqual({ ok: true, value: quantity });
      }
    }
  });

  it('refuses what is not a quantity, with the reason', () => {
    expect(parseQuantity('', pieces)).toEqual({ ok: false, error: 'empty' });
    expect(parseQuantity('abc', pieces)).toEqual({ ok: false, error: 'notANumber' });
    expect(parseQuantity('-2', pieces)).toEqual({ ok: false, error: 'negative' });
    expect(parseQuantity('1.5', pieces)).toEqual({ ok: false, error: 'tooManyDecimals' });
    expect(parseQuantity('1,2345', kilograms)).toEqual({ ok: false, error: 'tooManyDecimals' });
    expect(parseQuantity('1.2.3', kilograms)).toEqual({ ok: false, error: 'notANumber' });
    expect(parseQuantity('99999999999999999', pieces)).toEqual({ ok: false, error: 'tooLarge' });
  });

  it('writes quantities the locale way and reads back what it wrote', () => {
    expect(formatQuantity(1_500_250, kilograms, 'en-US')).toBe('1,500.250');
    expect(formatQuantity(1_500_250, kilograms, 'hu-HU')).toMatch(/^1\s500,250$/);
    expect(formatQuantity(-7, pieces, 'ru-RU')).toBe('-7');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 3 }), (quantity, decimals) => {
        const unit = { code: 'u', decimals };
        expect(parseQuantity(quantityDecimalText(quantity, unit), unit)).toEqual({ ok: true, value: quantity });
        expect(parseQuantity(formatQuantity(quantity, unit, 'hu-HU'), unit)).toEqual({ ok: true, value: quantity });
      }),
    );
  });
});

describe('packs', () => {
  it('3 boxes + 4 packs + 2 pieces is 342 pieces, and breaks back down the same', () => {
    expect(quantityOfPacks({ packs: { box: 3, pack: 4 }, units: 2 }, paper)).toBe(342);
    expect(packBreakdown(342, paper)).toEqual({ packs: [{ name: 'box', count: 3 }, { name: 'pack', count: 4 }], units: 2 });
    expect(quantityOfPacks({ packs: { crate: 1 }, units: 0 }, paper)).toBeNull();
    expect(quantityOfPacks({ packs: { box: 1.5 }, units: 0 }, paper)).toBeNull();
  });

  it('never loses a unit: any quantity breaks into packs that add up to it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), (quantity) => {
        const { packs, units } = packBreakdown(quantity, paper);
        expect(quantityOfPacks({ packs: Object.fromEntries(packs.map((pack) => [pack.name, pack.count])), units }, paper)).toBe(quantity);
      }),
    );
  });
});
