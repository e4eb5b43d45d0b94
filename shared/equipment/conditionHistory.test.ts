import { describe, expect, it } from 'vitest';
import { daysOutOfService, withCondition, withConditionOn } from './conditionHistory';
import type { ConditionChange } from './types';

describe('condition history', () => {
  it('records a change only when the condition changes', () => {
    const start: ConditionChange[] = [{ date: '2026-01-05', condition: 'working' }];
    expect(withCondition(start, 'working', '2026-02-01')).toEqual(start);
    expect(withCondition(start, 'outOfService', '2026-02-01')).toEqual([...start, { date: '2026-02-01', condition: 'outOfService' }]);
  });

  it('dates a change no earlier than the last one, except one before the registration, which replaces it', () => {
    const registered: ConditionChange[] = [{ date: '2026-03-15', condition: 'needsRepair' }];
    expect(withConditionOn(registered, 'working', '2026-03-10')).toEqual({ history: [{ date: '2026-03-10', condition: 'working' }] });
    expect(withConditionOn(registered, 'working', '2026-03-16')).toEqual({ history: [...registered, { date: '2026-03-16', condition: 'working' }] });
    const changed: ConditionChange[] = [...registered, { date: '2026-03-20', condition: 'outOfService' }];
    expect(withConditionOn(changed, 'working', '2026-03-19')).toEqual({ notBefore: '2026-03-20' });
    expect(withConditionOn(changed, 'outOfService', '2026-03-01')).toEqual({ history: changed });
  });

  it('counts the days out of service, each stretch until the next change and the open one until today', () => {
    const history: ConditionChange[] = [
      { date: '2026-01-05', condition: 'working' },
      { date: '2026-01-10', condition: 'outOfService' },
      { date: '2026-01-13', condition: 'needsRepair' },
      { date: '2026-01-20', condition: 'outOfService' },
      { date: '2026-02-01', condition: 'working' },
      { date: '2026-02-28', condition: 'outOfService' },
    ];
    // 3 (10th–13th) + 12 (20th–1st) + 3 (28 Feb – 3 March, 2026 is no leap year)
    expect(daysOutOfService(history, '2026-03-03')).toBe(18);
    expect(daysOutOfService(history.slice(0, 5), '2026-03-03')).toBe(15);
    expect(daysOutOfService([], '2026-03-03')).toBe(0);
    expect(daysOutOfService([{ date: '2026-03-03', condition: 'outOfService' }], '2026-03-03')).toBe(0);
  });
});
