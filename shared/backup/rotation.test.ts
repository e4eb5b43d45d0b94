import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupFileName } from './format';
import { planRotation, type DatedBackup, type RotationRule } from './rotation';

const backup = (takenAt: Date): DatedBackup => ({ fileName: backupFileName(takenAt), takenAt });
const names = (list: DatedBackup[]) => list.map((b) => b.fileName);

describe('planRotation', () => {
  const now = new Date(2026, 10, 25, 18, 0);

  it('keeps the last N, the newest of each of the last D days and of each of the last M months', () => {
    // Four backups a day for 40 days, plus one in each of the 14 months before.
    const backups: DatedBackup[] = [];
    for (let day = 0; day < 40; day += 1) {
      for (const hour of [9, 12, 15, 18]) backups.push(backup(new Date(2026, 10, 25 - day, hour, 0)));
    }
    for (let month = 2; month <= 15; month += 1) backups.push(backup(new Date(2026, 10 - month, 10, 9, 0)));
    const rule: RotationRule = { keepLast: 3, daily: 7, monthly: 6 };
    const { keep, remove } = planRotation(backups, rule, now);

    const expected = new Set<string>([
      // the last 3
      ...[18, 15, 12].map((hour) => backupFileName(new Date(2026, 10, 25, hour))),
      // the newest of each of the last 7 days
      ...Array.from({ length: 7 }, (_, d) => backupFileName(new Date(2026, 10, 25 - d, 18, 0))),
      // the newest of each of the last 6 months (Nov … Jun)
      backupFileName(new Date(2026, 9, 31, 18)),
      ...[8, 7, 6, 5].map((month) => backupFileName(new Date(2026, month, 10, 9))),
    ]);
    expect(new Set(names(keep))).toEqual(expected);
    expect(keep.length + remove.length).toBe(backups.length);
  });

  it('of two backups taken in the same second, keeps the later copy "(2)"', () => {
    const at = new Date(2026, 10, 25, 15, 33, 7);
    const name = { bookTag: '95273e26d7', purpose: 'regular' } as const;
    const first = { fileName: backupFileName(at, name), takenAt: at };
    const second = { fileName: backupFileName(at, name, 2), takenAt: at };
    for (const order of [[first, second], [second, first]]) {
      const { keep, remove } = planRotation(order, { keepLast: 1, daily: 0, monthly: 0 }, now);
      expect(names(keep)).toEqual([second.fileName]);
      expect(names(remove)).toEqual([first.fileName]);
    }
  });

  it('never removes the newest, whatever the rule and the clock', () => {
    fc.assert(
      fc.property(
        fc.array(fc.date({ min: new Date(2020, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true }), { minLength: 1, maxLength: 40 }),
        fc.record({ keepLast: fc.integer({ min: 1, max: 5 }), daily: fc.integer({ min: 0, max: 10 }), monthly: fc.integer({ min: 0, max: 10 }) }),
        fc.date({ min: new Date(2020, 0, 1), max: new Date(2031, 0, 1), noInvalidDate: true }),
        (dates, rule, clock) => {
          const backups = dates.map((date, i) => ({ fileName: `b${i}`, takenAt: date }));
          const newest = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.fileName.localeCompare(a.fileName))[0]!;
          const { keep, remove } = planRotation(backups, rule, clock);
          expect(keep).toContain(newest);
          expect(keep.length).toBeGreaterThanOrEqual(Math.min(rule.keepLast, backups.length));
          expect(new Set([...keep, ...remove]).size).toBe(backups.length);
        },
      ),
    );
  });
});
