import { describe, expect, it } from 'vitest';
import { equipmentProblems, serviceProblems, type EquipmentInput, type ServiceInput } from './validation';

const printer: EquipmentInput = {
  name: 'Office printer',
  category: 'printer',
  serialNumber: 'HP-1',
  locationId: null,
  where: 'Reception',
  responsible: 'Anna',
  purchaseDate: '2026-01-31',
  purchaseCost: 45_000,
  warrantyEnd: '2028-01-31',
  condition: 'working',
  serviceIntervalMonths: 6,
  notes: '',
};

const keysOf = (problems: { key: string; field: string }[]) => problems.map((problem) => `${problem.field}:${problem.key}`);

describe('an item of equipment', () => {
  it('may be stored with all its facts, or with only a name and a category', () => {
    expect(equipmentProblems(printer)).toEqual([]);
    expect(
      equipmentProblems({ ...printer, purchaseDate: null, purchaseCost: null, warrantyEnd: null, serviceIntervalMonths: null, serialNumber: '', where: '' }),
    ).toEqual([]);
    expect(equipmentProblems({ ...printer, category: 'Coffee grinder' })).toEqual([]);
  });

  it('needs a name and a category', () => {
    expect(keysOf(equipmentProblems({ ...printer, name: '  ', category: '' }))).toEqual(['name:nameRequired', 'category:categoryRequired']);
  });

  it('refuses a warranty that ends before the purchase, naming both dates', () => {
    expect(equipmentProblems({ ...printer, warrantyEnd: '2026-01-30' })).toEqual([
      { key: 'warrantyBeforePurchase', field: 'warrantyEnd', params: { purchaseDate: '2026-01-31', warrantyEnd: '2026-01-30' } },
    ]);
    expect(equipmentProblems({ ...printer, warrantyEnd: '2026-01-31' })).toEqual([]);
  });

  it('refuses dates that are not days, a negative or fractional cost', () => {
    expect(keysOf(equipmentProblems({ ...printer, purchaseDate: '2026-02-30', warrantyEnd: '2026-13-01' }))).toEqual([
      'purchaseDate:dateInvalid',
      'warrantyEnd:dateInvalid',
    ]);
    expect(keysOf(equipmentProblems({ ...printer, purchaseCost: -1 }))).toEqual(['purchaseCost:costNegative']);
    expect(keysOf(equipmentProblems({ ...printer, purchaseCost: 12.5 }))).toEqual(['purchaseCost:costInvalid']);
    expect(equipmentProblems({ ...printer, purchaseCost: 0 })).toEqual([]);
  });

  it('takes a service interval of 1 to 120 whole months', () => {
    for (const months of [1, 120]) expect(equipmentProblems({ ...printer, serviceIntervalMonths: months })).toEqual([]);
    for (const months of [0, 121, 1.5, -3]) {
      expect(equipmentProblems({ ...printer, serviceIntervalMonths: months })).toEqual([
        { key: 'intervalOutOfRange', field: 'serviceIntervalMonths', params: { min: 1, max: 120 } },
      ]);
    }
  });

  it('refuses an unknown condition and overlong text', () => {
    expect(keysOf(equipmentProblems({ ...printer, condition: 'broken' as never, name: 'x'.repeat(201) }))).toEqual(['name:textTooLong', 'condition:conditionUnknown']);
  });
});

describe('a service', () => {
  const service: ServiceInput = { equipmentId: 'eq-1', date: '2026-03-10', work: 'New drum', cost: 8_900, by: 'PrintFix Kft.' };

  it('may be logged with what was done and when', () => {
    expect(serviceProblems(service, { purchaseDate: '2026-01-31', condition: 'needsRepair' })).toEqual([]);
    expect(serviceProblems({ ...service, cost: null, by: '' }, { purchaseDate: null, condition: 'working' })).toEqual([]);
  });

  it('says what was done, is not dated before the purchase, and costs nothing negative', () => {
    expect(keysOf(serviceProblems({ ...service, work: ' ', date: '2026-01-30', cost: -5 }, { purchaseDate: '2026-01-31', condition: 'working' }))).toEqual([
      'work:workRequired',
      'date:serviceBeforePurchase',
      'cost:costNegative',
    ]);
    expect(keysOf(serviceProblems({ ...service, date: '2026-02-31' }, { purchaseDate: null, condition: 'working' }))).toEqual(['date:dateInvalid']);
  });

  it('is refused for equipment disposed of', () => {
    expect(keysOf(serviceProblems(service, { purchaseDate: null, condition: 'disposed' }))).toEqual(['equipmentId:disposedNotServiced']);
  });
});
