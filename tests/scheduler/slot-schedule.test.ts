import { describe, expect, it } from 'vitest';
import { checkSchedule, SlotSchedule } from '../../src/adapters/scheduler/slot-schedule.ts';
import { ScheduleError } from '../../src/core/errors.ts';

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());
const slots = (cron: string, zone: string, from: string, to: string) =>
  iso(new SlotSchedule(cron, zone).between(new Date(from), new Date(to)));

describe('slot schedule math', () => {
  it('reads a weekly time in the subscription’s own zone', () => {
    // Monday 09:00 in Shanghai (UTC+8, no DST) is 01:00 UTC.
    expect(slots('0 9 * * 1', 'Asia/Shanghai', '2024-05-01T00:00:00Z', '2024-05-15T00:00:00Z')).toEqual([
      '2024-05-06T01:00:00.000Z',
      '2024-05-13T01:00:00.000Z',
    ]);
    // The same expression in Paris and New York lands at different instants.
    expect(slots('0 9 * * 1', 'Europe/Paris', '2024-05-05T00:00:00Z', '2024-05-07T00:00:00Z')).toEqual([
      '2024-05-06T07:00:00.000Z',
    ]);
    expect(slots('0 9 * * 1', 'America/New_York', '2024-05-05T00:00:00Z', '2024-05-07T00:00:00Z')).toEqual([
      '2024-05-06T13:00:00.000Z',
    ]);
  });

  it('keeps 09:00 local across the US spring-forward change (UTC offset moves from -5 to -4)', () => {
    expect(slots('0 9 * * *', 'America/New_York', '2024-03-08T00:00:00Z', '2024-03-12T00:00:00Z')).toEqual([
      '2024-03-08T14:00:00.000Z',
      '2024-03-09T14:00:00.000Z',
      '2024-03-10T13:00:00.000Z',
      '2024-03-11T13:00:00.000Z',
    ]);
  });

  it('runs a time inside the skipped hour once, just after the gap', () => {
    // 02:30 does not exist in New York on 2024-03-10: the slot is 03:00 EDT (07:00 UTC), once.
    expect(slots('30 2 * * *', 'America/New_York', '2024-03-09T00:00:00Z', '2024-03-11T12:00:00Z')).toEqual([
      '2024-03-09T07:30:00.000Z',
      '2024-03-10T07:00:00.000Z',
      '2024-03-11T06:30:00.000Z',
    ]);
  });

  it('runs a time in the repeated hour once when clocks fall back', () => {
    // 01:30 happens twice in London on 2024-10-27 (BST then GMT): one slot, at the first.
    expect(slots('30 1 * * *', 'Europe/London', '2024-10-26T00:00:00Z', '2024-10-28T12:00:00Z')).toEqual([
      '2024-10-26T00:30:00.000Z',
      '2024-10-27T00:30:00.000Z',
      '2024-10-28T01:30:00.000Z',
    ]);
  });

  it('finds the latest slot at or before an instant, inclusive', () => {
    const s = new SlotSchedule('0 9 * * 1', 'Asia/Shanghai');
    expect(s.latestAtOrBefore(new Date('2024-05-13T01:00:00Z'))?.toISOString()).toBe(
      '2024-05-13T01:00:00.000Z',
    );
    expect(s.latestAtOrBefore(new Date('2024-05-13T00:59:59Z'))?.toISOString()).toBe(
      '2024-05-06T01:00:00.000Z',
    );
    expect(s.nextAfter(new Date('2024-05-13T01:00:00Z'))?.toISOString()).toBe('2024-05-20T01:00:00.000Z');
  });

  it('handles the last day of the month', () => {
    expect(slots('0 9 L * *', 'Asia/Tokyo', '2024-01-15T00:00:00Z', '2024-04-01T00:00:00Z')).toEqual([
      '2024-01-31T00:00:00.000Z',
      '2024-02-29T00:00:00.000Z',
      '2024-03-31T00:00:00.000Z',
    ]);
  });

  it('refuses malformed, too frequent and never-firing expressions with what to use instead', () => {
    expect(() => new SlotSchedule('61 9 * * 1', 'UTC')).toThrow(ScheduleError);
    expect(() => new SlotSchedule('0 9 * * 1', 'Mars/Olympus')).toThrow(/not a schedule/);
    expect(() => checkSchedule('*/5 * * * *', 'UTC', new Date('2024-05-01T00:00:00Z'))).toThrow(
      /at most hourly/,
    );
    expect(() => checkSchedule('0 9 30 2 *', 'UTC', new Date('2024-05-01T00:00:00Z'))).toThrow(ScheduleError);
    expect(checkSchedule('0 * * * *', 'UTC', new Date('2024-05-01T00:00:00Z'))).toBeInstanceOf(SlotSchedule);
  });
});
