import { describe, expect, it } from 'vitest';
import { addCalendarMonths, dueList, nextServiceDate, serviceDueOf, warrantyOf } from './due';
import { sampleEquipment } from './testing';

describe('next service date', () => {
  it('counts calendar months and lands on the month end when the day does not exist', () => {
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addCalendarMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addCalendarMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addCalendarMonths('2026-02-28', 120)).toBe('2036-02-28');
  });

  it('follows the last service, or the purchase when it was never serviced', () => {
    expect(nextServiceDate(sampleEquipment({ purchaseDate: '2026-01-31', serviceIntervalMonths: 1 }))).toBe('2026-02-28');
    expect(nextServiceDate(sampleEquipment({ lastServiceDate: '2026-05-10', serviceIntervalMonths: 6 }))).toBe('2026-11-10');
  });

  it('has none without an interval, without a date to count from, or once disposed of', () => {
    expect(nextServiceDate(sampleEquipment({ serviceIntervalMonths: null }))).toBeNull();
    expect(nextServiceDate(sampleEquipment({ purchaseDate: null }))).toBeNull();
    expect(nextServiceDate(sampleEquipment({ condition: 'disposed' }))).toBeNull();
  });

  it('is overdue the day after, due soon from the day itself to 30 days ahead, later after that', () => {
    const printer = sampleEquipment({ purchaseDate: '2026-01-31', serviceIntervalMonths: 1 }); // due 2026-02-28
    expect(serviceDueOf(printer, '2026-03-01')).toEqual({ date: '2026-02-28', status: 'overdue', days: -1 });
    expect(serviceDueOf(printer, '2026-02-28')).toEqual({ date: '2026-02-28', status: 'dueSoon', days: 0 });
    expect(serviceDueOf(printer, '2026-01-29')).toEqual({ date: '2026-02-28', status: 'dueSoon', days: 30 });
    expect(serviceDueOf(printer, '2026-01-28')).toEqual({ date: '2026-02-28', status: 'later', days: 31 });
  });
});

describe('warranty', () => {
  it('runs to its last day, ends soon within 30 days, and is over the day after', () => {
    const item = sampleEquipment({ warrantyEnd: '2026-06-30' });
    expect(warrantyOf(item, '2026-06-30')?.status).toBe('endingSoon');
    expect(warrantyOf(item, '2026-05-31')?.status).toBe('endingSoon');
    expect(warrantyOf(item, '2026-05-30')?.status).toBe('running');
    expect(warrantyOf(item, '2026-07-01')).toEqual({ date: '2026-06-30', status: 'ended', days: -1 });
    expect(warrantyOf(sampleEquipment({ warrantyEnd: null }), '2026-07-01')).toBeNull();
  });
});

describe('the due list', () => {
  const today = '2026-03-15';
  const overdue = sampleEquipment({ id: 'a', name: 'Espresso machine', purchaseDate: '2025-12-01', serviceIntervalMonths: 3 }); // 2026-03-01
  const soon = sampleEquipment({ id: 'b', name: 'Laser printer', purchaseDate: '2025-10-10', lastServiceDate: '2026-01-31', serviceIntervalMonths: 2 }); // 2026-03-31
  const later = sampleEquipment({ id: 'c', name: 'Laptop', purchaseDate: '2026-01-10', serviceIntervalMonths: 12 });
  const warranty = sampleEquipment({ id: 'd', name: 'Desk', serviceIntervalMonths: null, warrantyEnd: '2026-04-01' });
  const disposed = sampleEquipment({ id: 'e', name: 'Old fridge', condition: 'disposed', purchaseDate: '2020-01-01', warrantyEnd: '2026-03-20' });

  it('holds overdue services, services due within 30 days and warranties ending soon, earliest first', () => {
    const lines = dueList([later, warranty, soon, overdue, disposed], today);
    expect(lines.map((line) => [line.equipment.name, line.reason, line.date, line.status, line.days])).toEqual([
      ['Espresso machine', 'service', '2026-03-01', 'overdue', -14],
      ['Laser printer', 'service', '2026-03-31', 'dueSoon', 16],
      ['Desk', 'warranty', '2026-04-01', 'dueSoon', 17],
    ]);
  });
});
