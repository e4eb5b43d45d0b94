import { describe, expect, it } from 'vitest';
import { readCount } from './countEntry';

const pens = { unit: { code: 'pcs', decimals: 0 }, packs: [{ name: 'pack', contains: 10 }, { name: 'box', contains: 100 }] };
const flour = { unit: { code: 'kg', decimals: 3 }, packs: [{ name: 'sack', contains: 25_000 }] };

describe('a count typed in packs and units', () => {
  it('3 boxes + 4 packs + 2 pcs is exactly 342 pieces', () => {
    expect(readCount({ packs: { box: '3', pack: '4' }, units: '2' }, pens)).toEqual({ kind: 'counted', quantity: 342 });
  });

  it('weighed units keep their decimals exactly, with either decimal mark', () => {
    expect(readCount({ packs: { sack: '2' }, units: '1,5' }, flour)).toEqual({ kind: 'counted', quantity: 51_500 });
    expect(readCount({ packs: {}, units: '0.125' }, flour)).toEqual({ kind: 'counted', quantity: 125 });
    expect(readCount({ packs: {}, units: '0.1255' }, flour)).toEqual({ kind: 'notANumber', text: '0.1255' });
  });

  it('all fields empty is not counted; a typed zero is a count of zero', () => {
    expect(readCount({ packs: {}, units: '' }, pens)).toEqual({ kind: 'empty' });
    expect(readCount({ packs: {}, units: '0' }, pens)).toEqual({ kind: 'counted', quantity: 0 });
  });

  it('text and negative figures are named, not counted', () => {
    expect(readCount({ packs: { box: 'two' }, units: '' }, pens)).toEqual({ kind: 'notANumber', text: 'two' });
    expect(readCount({ packs: {}, units: '-3' }, pens)).toEqual({ kind: 'negative', text: '-3' });
    expect(readCount({ packs: { pack: '1.5' }, units: '' }, pens)).toEqual({ kind: 'notANumber', text: '1.5' });
  });
});
