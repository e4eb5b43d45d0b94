import { beforeAll, describe, expect, it } from 'vitest';
import { sampleEquipment } from '../../../../../shared/equipment/testing';
import { regionalFormatOf } from '../../../../../shared/i18n/regional';
import type { JournalEntry } from '../../../../../shared/ledger/types';
import { i18n, startI18n } from '../../../i18n';
import { equipmentFormValuesOf, readEquipmentForm } from './equipmentForm';
import { categoryOfText } from './equipmentText';
import { emptyServiceForm, readServiceForm } from './serviceForm';

beforeAll(() => startI18n('en'));
const us = regionalFormatOf('en', 'US');
const en = () => i18n.getFixedT('en');

describe('the equipment form', () => {
  it('stores a listed category by its name in any language, and keeps the office’s own text', () => {
    expect(categoryOfText(' printer ', en())).toBe('printer');
    expect(categoryOfText('Kitchen machine', en())).toBe('kitchen');
    expect(categoryOfText('Принтер', i18n.getFixedT('ru'))).toBe('printer');
    expect(categoryOfText('Nyomtató', i18n.getFixedT('hu'))).toBe('printer');
    expect(categoryOfText('Coffee grinder', en())).toBe('Coffee grinder');
  });

  it('reads back what it shows for a stored item', () => {
    const printer = sampleEquipment({ notes: 'Toner in the cupboard', where: 'Reception' });
    const { input, errors } = readEquipmentForm(equipmentFormValuesOf(printer, 'EUR', us, en()), 'EUR', us, en());
    expect(errors).toEqual({});
    expect(input).toEqual({
      name: printer.name,
      category: 'printer',
      serialNumber: printer.serialNumber,
      locationId: null,
      where: 'Reception',
      responsible: printer.responsible,
      purchaseDate: '2026-01-31',
      purchaseCost: 45_000,
      warrantyEnd: '2028-01-31',
      condition: 'working',
      serviceIntervalMonths: 6,
      notes: 'Toner in the cupboard',
    });
  });

  it('says what is wrong with each field: a cost in letters, a warranty before the purchase, an interval out of range', () => {
    const values = { ...equipmentFormValuesOf(undefined, 'EUR', us, en()), name: 'Printer', category: 'Printer' };
    const { errors } = readEquipmentForm({ ...values, purchaseDate: '01/31/2026', warrantyEnd: '01/30/2026', purchaseCost: 'abc', serviceIntervalMonths: '6 months' }, 'EUR', us, en());
    expect(errors).toEqual({
      purchaseCost: 'Enter an amount in figures, such as 1,234.50.',
      warrantyEnd: 'The warranty cannot end (January 30th, 2026) before the purchase (January 31st, 2026). Check both dates.',
      serviceIntervalMonths: 'Enter the service interval as a whole number of months from 1 to 120, or leave it empty.',
    });
    expect(readEquipmentForm({ ...values, purchaseCost: '-10', purchaseDate: '02/30/2026' }, 'EUR', us, en()).errors).toEqual({
      purchaseCost: 'A cost cannot be negative. Enter it without a minus sign.',
      purchaseDate: 'February 2026 has 28 days.',
    });
  });
});

describe('the service form', () => {
  const printer = sampleEquipment();
  const bill = (id: string, date: string): JournalEntry =>
    ({ id, number: '2026-0003', date, payee: 'PrintFix', memo: '', currency: 'EUR', lines: [], status: 'posted', origin: 'manual', documentIds: [], createdAt: '', updatedAt: '' }) as JournalEntry;

  it('links the one posted entry with the number, or asks which when several have it', () => {
    const values = { ...emptyServiceForm('2026-03-15', us), work: 'Drum', entryNumber: '2026-0003' };
    expect(readServiceForm(values, printer, [bill('a', '2026-03-10')], 'EUR', us, en()).input.entryId).toBe('a');
    const several = [bill('a', '2026-03-10'), bill('b', '2026-03-11')];
    expect(readServiceForm(values, printer, several, 'EUR', us, en()).errors).toEqual({ entryId: 'Several posted entries have this number: choose one.' });
    expect(readServiceForm({ ...values, entryId: 'b' }, printer, several, 'EUR', us, en()).input.entryId).toBe('b');
    expect(readServiceForm(values, printer, [], 'EUR', us, en()).errors).toEqual({
      entryId: 'No posted entry has the number 2026-0003. Check the number under Bookkeeping › Entries.',
    });
  });

  it('needs a date and what was done', () => {
    const { errors } = readServiceForm({ ...emptyServiceForm('2026-03-15', us), date: '' }, printer, [], 'EUR', us, en());
    expect(errors).toEqual({ date: 'Enter the date.', work: 'Say what was done, e.g. Replaced the drum.' });
  });
});
