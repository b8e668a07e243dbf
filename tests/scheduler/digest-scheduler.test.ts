import { describe, expect, it } from 'vitest';
import { createScheduling } from '../../src/adapters/scheduler/create-scheduler.ts';
import { PostError } from '../../src/adapters/scheduler/digest-poster.ts';
import {
  DigestScheduler,
  type DigestSchedulerOptions,
} from '../../src/adapters/scheduler/digest-scheduler.ts';
import { handleScheduleCommand } from '../../src/adapters/scheduler/schedule-commands.ts';
import { ScheduleRepo } from '../../src/adapters/scheduler/schedule-repo.ts';
import { MemoryStore } from '../../src/adapters/store/memory-store.ts';
import { FakeClock, FakeService, RecordingPoster } from './fakes.ts';
import { fixtureDataset } from './fixture-dataset.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function setup(start: string, options: Partial<DigestSchedulerOptions> = {}) {
  const clock = new FakeClock(start);
  const store = new MemoryStore(() => clock.ms());
  const service = new FakeService(clock);
  const poster = new RecordingPoster(clock);
  const make = (extra: Partial<DigestSchedulerOptions> = {}) =>
    new DigestScheduler({ store, service, poster, clock, alertIntervalMs: 0, ...options, ...extra });
  const command = async (text: string, channelId = 'C1') => {
    const reply = await handleScheduleCommand(text, {
      channelId,
      dataset: fixtureDataset(),
      store,
      now: clock.now(),
    });
    const id = /Id `([a-z0-9]+)`|Alert `([a-z0-9]+)`/.exec(reply.text);
    return { ...reply, id: id?.[1] ?? id?.[2] };
  };
  /** Ticks every `stepMs` from now up to and at `until`, like the heartbeat would. */
  const runUntil = async (scheduler: DigestScheduler, until: string, stepMs = MINUTE) => {
    const end = Date.parse(until);
    while (clock.ms() < end) {
      await scheduler.tick();
      clock.advance(stepMs);
    }
    clock.set(until);
    await scheduler.tick();
  };
  return { clock, store, service, poster, make, command, runUntil };
}

describe('DigestScheduler', () => {
  it('posts once at each slot, in the subscription’s zone', async () => {
    const t = setup('2024-05-05T12:00:00Z');
    const { id } = await t.command('digest subscribe weekly mon 09:00 Asia/Shanghai');
    expect(id).toBeDefined();
    const s = t.make();
    t.clock.set('2024-05-06T00:59:00Z');
    expect((await s.tick()).posted).toBe(0);
    t.clock.set('2024-05-06T01:00:00Z');
    expect((await s.tick()).posted).toBe(1);
    t.clock.set('2024-05-06T01:01:00Z');
    expect((await s.tick()).posted).toBe(0);
    t.clock.set('2024-05-06T01:05:00Z');
    await t.runUntil(s, '2024-05-13T02:00:00Z', 5 * MINUTE);
    expect(t.poster.posts.map((p) => p.at)).toEqual(['2024-05-06T01:00:00.000Z', '2024-05-13T01:00:00.000Z']);
    expect(t.poster.posts[0]?.text).toBe('Digest (week) for C1 []');
  });

  it('follows a DST change: 09:00 New York is 14:00 UTC, then 13:00 UTC', async () => {
    const t = setup('2024-03-08T00:00:00Z');
    await t.command('digest subscribe daily 09:00 America/New_York');
    await t.runUntil(t.make(), '2024-03-11T23:00:00Z', 5 * MINUTE);
    expect(t.poster.posts.map((p) => p.at)).toEqual([
      '2024-03-08T14:00:00.000Z',
      '2024-03-09T14:00:00.000Z',
      '2024-03-10T13:00:00.000Z',
      '2024-03-11T13:00:00.000Z',
    ]);
  });

  it('does not post a slot that passed before the subscription was made', async () => {
    const t = setup('2024-05-06T09:05:00Z');
    await t.command('digest subscribe daily 09:00 UTC');
    const s = t.make();
    expect((await s.tick()).posted).toBe(0);
    await t.runUntil(s, '2024-05-07T09:00:00Z', 7 * MINUTE);
    expect(t.poster.posts.map((p) => p.at)).toEqual(['2024-05-07T09:00:00.000Z']);
  });

  it('posts one catch-up after downtime across several slots, within the window', async () => {
    const t = setup('2024-05-05T12:00:00Z');
    await t.command('digest subscribe daily 09:00 UTC');
    await t.make().tick();
    // Down from Sunday noon until Wednesday 10:30: the Mon, Tue and Wed 09:00 slots were missed.
    t.clock.set('2024-05-08T10:30:00Z');
    const restarted = t.make();
    const report = await restarted.tick();
    expect(report.posted).toBe(1);
    expect(t.poster.posts).toHaveLength(1);
    await t.runUntil(restarted, '2024-05-09T08:59:00Z', 10 * MINUTE);
    expect(t.poster.posts).toHaveLength(1);
    t.clock.set('2024-05-09T09:00:00Z');
    await restarted.tick();
    expect(t.poster.posts.map((p) => p.at)).toEqual(['2024-05-08T10:30:00.000Z', '2024-05-09T09:00:00.000Z']);
  });

  it('skips a slot missed by more than the catch-up window', async () => {
    const t = setup('2024-05-05T12:00:00Z', { catchUpMs: 6 * HOUR });
    await t.command('digest subscribe daily 09:00 UTC');
    t.clock.set('2024-05-06T15:30:00Z');
    const s = t.make();
    const report = await s.tick();
    expect(report).toMatchObject({ posted: 0, expired: 1 });
    t.clock.set('2024-05-07T09:00:00Z');
    expect((await s.tick()).posted).toBe(1);
  });

  it('never posts twice across restarts mid-period or between replicas sharing a store', async () => {
    const t = setup('2024-05-05T12:00:00Z');
    await t.command('digest subscribe daily 09:00 UTC');
    await t.command('digest subscribe daily 09:00 UTC', 'C2');
    t.clock.set('2024-05-06T09:00:00Z');
    const replicas = [t.make(), t.make(), t.make()];
    await Promise.all(replicas.map((r) => r.tick()));
    expect(t.poster.posts).toHaveLength(2);
    // A restart half an hour later: fresh memory, same store.
    t.clock.set('2024-05-06T09:30:00Z');
    await t.make().tick();
    await Promise.all(replicas.map((r) => r.tick()));
    expect(t.poster.posts.map((p) => p.channelId).sort()).toEqual(['C1', 'C2']);
  });

  it('skips the post when nothing changed and skip-when-unchanged is on', async () => {
    const t = setup('2024-05-05T12:00:00Z');
    await t.command('digest subscribe daily 09:00 UTC --skip-unchanged', 'C-SKIP');
    await t.command('digest subscribe daily 09:00 UTC', 'C-ALWAYS');
    const s = t.make();
    t.service.unchanged = true;
    t.clock.set('2024-05-06T09:00:00Z');
    expect(await s.tick()).toMatchObject({ posted: 1, unchanged: 1 });
    t.service.unchanged = false;
    t.clock.set('2024-05-07T09:00:00Z');
    expect(await s.tick()).toMatchObject({ posted: 2, unchanged: 0 });
    expect(t.poster.posts.map((p) => `${p.channelId}@${p.at.slice(0, 10)}`).sort()).toEqual([
      'C-ALWAYS@2024-05-06',
      'C-ALWAYS@2024-05-07',
      'C-SKIP@2024-05-07',
    ]);
  });

  it('asks the service for the subscription’s period, campaigns and channel', async () => {
    const t = setup('2024-05-05T12:00:00Z');
    await t.command('digest subscribe monthly 1 09:00 UTC taste of harbourview', 'C9');
    t.clock.set('2024-06-01T09:00:00Z');
    await t.make().tick();
    expect(t.service.digestCalls).toEqual([
      { period: 'month', campaigns: ['taste-of-harbourview'], viewer: { channelId: 'C9' } },
    ]);
  });

  it('retries a transient failure on the next tick, but not a permanent one', async () => {
    const t = setup('2024-05-05T12:00:00Z');
    await t.command('digest subscribe daily 09:00 UTC', 'C-FLAKY');
    const s = t.make();
    t.poster.failures.push(new PostError('rate limited', { delivered: false, retryable: true }));
    t.clock.set('2024-05-06T09:00:00Z');
    expect((await s.tick()).failed).toBe(1);
    t.clock.set('2024-05-06T09:01:00Z');
    expect((await s.tick()).posted).toBe(1);
    t.service.failDigest = 1;
    t.clock.set('2024-05-07T09:00:00Z');
    expect((await s.tick()).failed).toBe(1);
    t.clock.set('2024-05-07T09:01:00Z');
    expect((await s.tick()).posted).toBe(1);
    t.poster.failures.push(new PostError('not_in_channel', { delivered: false, retryable: false }));
    t.clock.set('2024-05-08T09:00:00Z');
    expect((await s.tick()).failed).toBe(1);
    t.clock.set('2024-05-08T09:01:00Z');
    expect((await s.tick()).posted).toBe(0);
    expect(t.poster.posts.map((p) => p.at)).toEqual(['2024-05-06T09:01:00.000Z', '2024-05-07T09:01:00.000Z']);
  });

  it('stops posting after unsubscribe', async () => {
    const t = setup('2024-05-05T12:00:00Z');
    const { id } = await t.command('digest subscribe daily 09:00 UTC');
    const s = t.make();
    t.clock.set('2024-05-06T09:00:00Z');
    await s.tick();
    const reply = await t.command(`digest unsubscribe ${id}`);
    expect(reply.text).toContain('Unsubscribed');
    t.clock.set('2024-05-07T09:00:00Z');
    await s.tick();
    expect(t.poster.posts).toHaveLength(1);
  });

  it('attaches the chart it renders from the digest figures', async () => {
    const t = setup('2024-05-05T12:00:00Z', {
      renderChart: async (chart) =>
        Buffer.from(
          `${chart.kind}:${chart.kind === 'line' ? chart.points.length : 0}:${chart.kind === 'line' ? chart.highlight?.from : ''}`,
        ),
    });
    await t.command('digest subscribe daily 09:00 UTC');
    t.clock.set('2024-05-06T09:00:00Z');
    await t.make().tick();
    // The digest's one chart point, its own week marked.
    expect(t.poster.posts[0]?.chart?.png.toString()).toBe('line:1:2024-05-27');
    expect(t.poster.posts[0]?.chart?.title).toMatch(/^Weekly views per campaign — /);
    expect(t.poster.posts[0]?.chart?.filename).toMatch(/^weekly-views-per-campaign.*\.png$/);
  });

  it('start() catches up at once and stop() ends the heartbeat', async () => {
    const t = setup('2024-05-06T09:10:00Z');
    await new ScheduleRepo(t.store).addSubscription({
      id: 'dtest1',
      channelId: 'C1',
      createdAt: '2024-05-01T00:00:00Z',
      schedule: { kind: 'daily', cron: '0 9 * * *', label: 'every day at 09:00' },
      timezone: 'UTC',
      period: 'day',
      campaigns: [],
      skipUnchanged: false,
    });
    const s = t.make();
    expect((await s.start()).posted).toBe(1);
    await s.stop();
    expect(t.poster.posts).toHaveLength(1);
  });
});

describe('alerts', () => {
  it('fire once when the condition becomes true, stay quiet, and re-arm after it clears', async () => {
    const t = setup('2024-06-03T10:00:00Z');
    const { id } = await t.command('alert views all drops 20% week over week', 'C-ALERT');
    expect(id).toMatch(/^a/);
    const replicas = [t.make(), t.make(), t.make()];
    const tickAll = async () =>
      (await Promise.all(replicas.map((r) => r.tick()))).reduce((n, r) => n + r.alerts, 0);

    t.service.weekly = [90, 100]; // -10%: no alert
    expect(await tickAll()).toBe(0);
    t.service.weekly = [70, 100]; // -30%: fires, on one replica only
    expect(await tickAll()).toBe(1);
    expect(await tickAll()).toBe(0); // still true: quiet
    t.service.weekly = [60, 100];
    expect(await tickAll()).toBe(0);
    t.service.weekly = [100, 100]; // clears: re-arms
    expect(await tickAll()).toBe(0);
    t.service.weekly = [50, 100]; // true again: fires again
    expect(await tickAll()).toBe(1);

    expect(t.poster.posts).toHaveLength(2);
    expect(t.poster.posts[0]?.channelId).toBe('C-ALERT');
    expect(t.poster.posts[0]?.text).toContain(`Alert \`${id}\``);
    expect(t.poster.posts[0]?.text).toContain(
      'Views for Harbourview City Promotion Office drops 20% or more',
    );
    expect(t.poster.posts[0]?.text).toContain('70 vs 100');
  });

  it('watches rises, ignores a zero base, and stops after removal', async () => {
    const t = setup('2024-06-03T10:00:00Z');
    const { id } = await t.command('alert views taste of harbourview rises 50%', 'C-UP');
    const s = t.make();
    t.service.weekly = [10, 0];
    expect((await s.tick()).alerts).toBe(0);
    t.service.weekly = [160, 100];
    expect((await s.tick()).alerts).toBe(1);
    t.service.weekly = [100, 100];
    await s.tick();
    await t.command(`alert remove ${id}`, 'C-UP');
    t.service.weekly = [200, 100];
    expect((await s.tick()).alerts).toBe(0);
    expect(t.poster.posts).toHaveLength(1);
  });
});

describe('createScheduling', () => {
  it('prints digests to the console when no Slack token is configured', async () => {
    const clock = new FakeClock('2024-05-06T09:00:00Z');
    const store = new MemoryStore(() => clock.ms());
    await new ScheduleRepo(store).addSubscription({
      id: 'dconsole',
      channelId: 'console',
      createdAt: '2024-05-01T00:00:00Z',
      schedule: { kind: 'daily', cron: '0 9 * * *', label: 'every day at 09:00' },
      timezone: 'UTC',
      period: 'day',
      campaigns: [],
      skipUnchanged: false,
    });
    const printed: string[] = [];
    const service = new FakeService(clock);
    const scheduler = createScheduling({
      service,
      store,
      clock,
      catchUpMs: 6 * HOUR,
      charts: false,
      write: (text) => printed.push(text),
    });
    expect((await scheduler.tick()).posted).toBe(1);
    expect(printed.join('')).toContain('scheduled post for console');
    expect(printed.join('')).toContain('Digest (day) for console');
  });
});
