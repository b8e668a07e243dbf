import { describe, expect, it } from 'vitest';
import { ScheduleError } from '../../src/core/errors.ts';
import { isScheduleCommand, parseScheduleCommand } from '../../src/core/schedule/parse-schedule-command.ts';
import type { ScheduleCommand } from '../../src/core/schedule/schedule-types.ts';
import { fixtureDataset } from './fixture-dataset.ts';

const data = fixtureDataset();
const parse = (text: string, channel = 'C-TEAM'): ScheduleCommand =>
  parseScheduleCommand(text, data.forChannel(channel));
const subscribe = (text: string, channel?: string) => {
  const c = parse(`digest subscribe ${text}`, channel);
  if (c.kind !== 'subscribe') throw new Error(`expected subscribe, got ${c.kind}`);
  return c.draft;
};
const failure = (text: string, channel?: string): string => {
  try {
    parse(text, channel);
  } catch (error) {
    expect(error).toBeInstanceOf(ScheduleError);
    expect((error as ScheduleError).code).toBe('SCHEDULE_INVALID');
    return (error as Error).message;
  }
  throw new Error(`expected "${text}" to be refused`);
};

describe('digest subscribe', () => {
  it('reads a weekly schedule in the organization zone by default', () => {
    expect(subscribe('weekly mon 09:00')).toEqual({
      schedule: { kind: 'weekly', cron: '0 9 * * 1', label: 'every Monday at 09:00' },
      timezone: 'Asia/Tokyo',
      period: 'week',
      campaigns: [],
      skipUnchanged: false,
    });
  });

  it('reads daily, monthly, last-day and cron schedules with their periods', () => {
    expect(subscribe('daily 08:30').schedule).toEqual({
      kind: 'daily',
      cron: '30 8 * * *',
      label: 'every day at 08:30',
    });
    expect(subscribe('daily 08:30').period).toBe('day');
    const monthly = subscribe('monthly 1 09:00');
    expect(monthly.schedule.cron).toBe('0 9 1 * *');
    expect(monthly.period).toBe('month');
    expect(subscribe('monthly last 6pm').schedule.cron).toBe('0 18 L * *');
    const cron = subscribe('cron "0 9 * * 1,3,5"');
    expect(cron.schedule).toMatchObject({ kind: 'cron', cron: '0 9 * * 1,3,5' });
    expect(cron.period).toBe('week');
    expect(subscribe('30 7 * * 1-5 --period day').period).toBe('day');
  });

  it('takes a zone, campaigns by id, name or alias in any case, and skip-when-unchanged anywhere', () => {
    const d = subscribe(
      'weekly on Monday at 9am asia/shanghai campaign taste of harbourview, Night Campaign skip unchanged',
    );
    expect(d.timezone).toBe('Asia/Shanghai');
    expect(d.schedule.cron).toBe('0 9 * * 1');
    expect(d.campaigns).toEqual(['taste-of-harbourview', 'harbourview-by-night']);
    expect(d.skipUnchanged).toBe(true);
    expect(subscribe('--skip-unchanged daily 07:00 UTC harbourview-by-night').campaigns).toEqual([
      'harbourview-by-night',
    ]);
    expect(subscribe('daily 07:00 UTC').timezone).toBe('UTC');
  });

  it('refuses an unknown zone and lists how to write one', () => {
    expect(failure('digest subscribe weekly mon 09:00 Mars/Olympus')).toMatch(
      /Unknown time zone `Mars\/Olympus`.*IANA.*Asia\/Shanghai/,
    );
  });

  it('refuses impossible times, weekdays and month days, saying what is allowed', () => {
    expect(failure('digest subscribe daily 25:00')).toMatch(/`25:00` is not a time of day.*00:00 to 23:59/);
    expect(failure('digest subscribe daily 9:75')).toMatch(/not a time of day/);
    expect(failure('digest subscribe daily')).toMatch(/A time is missing/);
    expect(failure('digest subscribe weekly funday 09:00')).toMatch(/`funday` is not a weekday.*mon, tue/);
    expect(failure('digest subscribe monthly 31 09:00')).toMatch(/`31`.*1 to 28.*last/);
    expect(failure('digest subscribe fortnightly 09:00')).toMatch(
      /`fortnightly` is not a schedule[\s\S]*daily 08:30/,
    );
    expect(failure('digest subscribe daily 09:00 --period year')).toMatch(/day, week or month/);
  });

  it('refuses unknown campaigns, listing the ones there are', () => {
    const message = failure('digest subscribe daily 09:00 taste of harbourview, moon landing');
    expect(message).toMatch(/Unknown campaign `moon landing`/);
    expect(message).toContain('Taste of Harbourview (`taste-of-harbourview`)');
  });

  it('does not resolve (or reveal) a campaign hidden from the channel', () => {
    const message = failure('digest subscribe daily 09:00 secret launch');
    expect(message).toMatch(/Unknown campaign `secret launch`/);
    expect(message).not.toContain('Secret Launch');
    expect(subscribe('daily 09:00 secret launch', 'C-PRIVATE').campaigns).toEqual(['secret-launch']);
  });
});

describe('digest list / unsubscribe', () => {
  it('parses list and unsubscribe with an id', () => {
    expect(parse('digest list')).toEqual({ kind: 'list' });
    expect(parse('digest unsubscribe D4K2Z9')).toEqual({ kind: 'unsubscribe', id: 'd4k2z9' });
    expect(failure('digest unsubscribe')).toMatch(/Give its id.*digest list/);
  });

  it('recognises its own command lines and leaves `digest now` to the router', () => {
    expect(isScheduleCommand('digest subscribe daily 09:00')).toBe(true);
    expect(isScheduleCommand('Digest list')).toBe(true);
    expect(isScheduleCommand('alert views all drops 10%')).toBe(true);
    expect(isScheduleCommand('alerts')).toBe(true);
    expect(isScheduleCommand('digest now')).toBe(false);
    expect(isScheduleCommand('digest')).toBe(false);
    expect(isScheduleCommand('how many views last week?')).toBe(false);
  });
});

describe('alert', () => {
  it('parses metric, subject, direction and threshold', () => {
    expect(parse('alert views Taste of Harbourview drops 20% week over week')).toEqual({
      kind: 'alert',
      draft: {
        metric: 'views',
        metricLabel: 'Views',
        subject: { kind: 'campaign', id: 'taste-of-harbourview', name: 'Taste of Harbourview' },
        direction: 'drops',
        thresholdPct: 20,
      },
    });
  });

  it('accepts aliases, assets, channels, the organization and "by"', () => {
    const a = parse('alert watch time food tour rises by 12.5% wow');
    expect(a).toMatchObject({
      draft: {
        metric: 'watch-hours',
        subject: { kind: 'asset', id: 'street-food-tour' },
        thresholdPct: 12.5,
      },
    });
    expect(parse('alert followers HarbourviewTV drops 5%')).toMatchObject({
      draft: { metric: 'followers', subject: { kind: 'channel', id: 'yt-harbourview' }, direction: 'drops' },
    });
    expect(parse('alert plays all rises 50% week over week')).toMatchObject({
      draft: {
        metric: 'views',
        subject: { kind: 'organization', name: 'Harbourview City Promotion Office' },
      },
    });
  });

  it('refuses unknown metrics and subjects, and bad thresholds or windows, saying what is allowed', () => {
    expect(failure('alert likes all drops 10%')).toMatch(/Unknown metric `likes`.*Views \(`views`\)/);
    expect(failure('alert views atlantis drops 10%')).toMatch(
      /Unknown subject `atlantis`.*campaign, asset or channel/,
    );
    expect(failure('alert views all drops lots')).toMatch(/`lots` is not a percentage/);
    expect(failure('alert views all drops 0%')).toMatch(/1% to 1000%/);
    expect(failure('alert views all drops 10% month over month')).toMatch(/week over week only/);
    expect(failure('alert views all is weird')).toMatch(/drops.*rises/);
  });

  it('parses alert list and remove', () => {
    expect(parse('alerts')).toEqual({ kind: 'alerts' });
    expect(parse('alert list')).toEqual({ kind: 'alerts' });
    expect(parse('alert remove a1b2c3')).toEqual({ kind: 'unalert', id: 'a1b2c3' });
    expect(parse('alert')).toEqual({ kind: 'help', topic: 'alert' });
  });
});
