import { describe, expect, it } from 'vitest';
import { backupHealth, isBackupDue, nextBackupDue, type BackupSchedule } from './schedule';

const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute);
const everyFour: BackupSchedule = { onQuit: false, every: { kind: 'hours', hours: 4 } };
const dailyNoon: BackupSchedule = { onQuit: true, every: { kind: 'daily', at: '12:00' } };
const onQuitOnly: BackupSchedule = { onQuit: true, every: { kind: 'off' } };

describe('nextBackupDue', () => {
  it('never backed up: due now', () => {
    expect(nextBackupDue(everyFour, null, at(5, 9))).toEqual(at(5, 9));
    expect(nextBackupDue(dailyNoon, null, at(5, 9))).toEqual(at(5, 9));
  });

  it('every N hours: N hours after the last good backup', () => {
    expect(nextBackupDue(everyFour, at(5, 9, 30), at(5, 10))).toEqual(at(5, 13, 30));
  });

  it('daily: the first time of day after the last good backup', () => {
    expect(nextBackupDue(dailyNoon, at(5, 9), at(5, 10))).toEqual(at(5, 12));
    expect(nextBackupDue(dailyNoon, at(5, 12), at(5, 13))).toEqual(at(6, 12));
    expect(nextBackupDue(dailyNoon, at(5, 15), at(7, 8))).toEqual(at(6, 12));
  });

  it('no automatic schedule: none', () => {
    expect(nextBackupDue(onQuitOnly, at(5, 9), at(5, 10))).toBeNull();
  });
});

describe('backupHealth', () => {
  it('never, ok, and overdue once past the grace (a quarter of the interval, 15 min to 2 h)', () => {
    expect(backupHealth(everyFour, null, at(5, 9))).toBe('never');
    expect(backupHealth(everyFour, at(5, 8), at(5, 12, 59))).toBe('ok');
    expect(backupHealth(everyFour, at(5, 8), at(5, 13))).toBe('ok');
    expect(backupHealth(everyFour, at(5, 8), at(5, 13, 1))).toBe('overdue');
    expect(backupHealth(dailyNoon, at(5, 12), at(6, 13, 59))).toBe('ok');
    expect(backupHealth(dailyNoon, at(5, 12), at(6, 14, 1))).toBe('overdue');
  });

  it('on quit only: a warning after a week', () => {
    expect(backupHealth(onQuitOnly, at(1, 9), at(8, 8))).toBe('ok');
    expect(backupHealth(onQuitOnly, at(1, 9), at(8, 10))).toBe('overdue');
  });
});

describe('isBackupDue', () => {
  it('is due when the time has come', () => {
    expect(isBackupDue(everyFour, at(5, 8), null, at(5, 11, 59))).toBe(false);
    expect(isBackupDue(everyFour, at(5, 8), null, at(5, 12))).toBe(true);
    expect(isBackupDue(onQuitOnly, null, null, at(5, 12))).toBe(false);
  });

  it('waits 15 minutes after a failed attempt before trying again', () => {
    expect(isBackupDue(everyFour, at(5, 8), at(5, 12, 5), at(5, 12, 10))).toBe(false);
    expect(isBackupDue(everyFour, at(5, 8), at(5, 12, 5), at(5, 12, 20))).toBe(true);
    // A failure older than the last success does not hold anything back.
    expect(isBackupDue(everyFour, at(5, 8), at(5, 7), at(5, 12))).toBe(true);
  });
});
