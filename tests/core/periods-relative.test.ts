import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/core/model/dates.ts';
import { findPeriods } from '../../src/core/plan/period-phrases.ts';

// A fixed "today": Thursday, June 27, 2024.
const NOW = parseDay('2024-06-27') ?? 0;
const span = (text: string) => findPeriods(text, NOW).map((m) => [m.period.from, m.period.to]);

describe('period phrases: ranges, weeks of a month, relative quarters and weekdays', () => {
  it('two days joined by a dash or "to" are one range, not two days', () => {
    expect(span('views april 1 april 15')).toEqual([['2024-04-01', '2024-04-15']]);
    expect(span('views may 3 to may 9')).toEqual([['2024-05-03', '2024-05-09']]);
  });

  it('"the first week of May" is its first seven days, not the whole month', () => {
    expect(span('views in the first week of may')).toEqual([['2024-05-01', '2024-05-07']]);
    expect(span('the last week of february 2024')).toEqual([['2024-02-23', '2024-02-29']]);
  });

  it('"first quarter of last year" is Q1 of the year before', () => {
    expect(span('views in the first quarter of last year')).toEqual([['2023-01-01', '2023-03-31']]);
  });

  it('"between March 3 and last Friday" ends on the latest Friday before today', () => {
    expect(span('views between march 3 and last friday')).toEqual([['2024-03-03', '2024-06-21']]);
  });

  it('the future is read as a period so that it can be refused', () => {
    expect(span('views next month')).toEqual([['2024-07-01', '2024-07-31']]);
    expect(span('views tomorrow')).toEqual([['2024-06-28', '2024-06-28']]);
  });
});
