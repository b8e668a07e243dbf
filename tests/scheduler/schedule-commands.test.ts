import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DigestScheduler } from '../../src/adapters/scheduler/digest-scheduler.ts';
import { handleScheduleCommand } from '../../src/adapters/scheduler/schedule-commands.ts';
import { ScheduleRepo } from '../../src/adapters/scheduler/schedule-repo.ts';
import { FileStore } from '../../src/adapters/store/file-store.ts';
import { MemoryStore } from '../../src/adapters/store/memory-store.ts';
import { StoreError } from '../../src/core/errors.ts';
import type { KeyValueStore } from '../../src/core/ports.ts';
import { FakeClock, FakeService, RecordingPoster } from './fakes.ts';
import { fixtureDataset } from './fixture-dataset.ts';

const NOW = new Date('2024-05-08T03:00:00Z'); // Wednesday, 12:00 in Tokyo (the fixture organization's zone)
const dataset = fixtureDataset();

const run = (store: KeyValueStore, text: string, channelId: string | undefined = 'C1', extra = {}) =>
  handleScheduleCommand(text, { channelId, userId: 'U1', dataset, store, now: NOW, ...extra });

describe('handleScheduleCommand', () => {
  it('subscribes publicly, saying when the first digest comes, and stores who and when', async () => {
    const store = new MemoryStore();
    const reply = await run(store, 'digest subscribe weekly mon 09:00 taste of harbourview --skip-unchanged');
    expect(reply.ephemeral).toBe(false);
    expect(reply.text).toContain(
      'this channel gets the weekly digest every Monday at 09:00 (Asia/Tokyo) for Taste of Harbourview, skipped when nothing changed',
    );
    expect(reply.text).toContain('First one: Mon, May 13, 2024, 09:00 (Asia/Tokyo)');
    const [sub] = await new ScheduleRepo(store).subscriptions();
    expect(sub).toMatchObject({
      channelId: 'C1',
      createdBy: 'U1',
      createdAt: NOW.toISOString(),
      campaigns: ['taste-of-harbourview'],
      skipUnchanged: true,
    });
    expect(reply.text).toContain(`digest unsubscribe ${sub?.id}`);
  });

  it('lists only this channel’s subscriptions, privately, with their next time', async () => {
    const store = new MemoryStore();
    await run(store, 'digest subscribe daily 08:30 UTC');
    await run(store, 'digest subscribe monthly 1 09:00', 'C2');
    const list = await run(store, 'digest list');
    expect(list.ephemeral).toBe(true);
    expect(list.text).toMatch(
      /^Digests for this channel:\n• `d[a-z0-9]{5}` daily digest every day at 08:30 \(UTC\)/,
    );
    expect(list.text).toContain('next Wed, May 8, 2024, 08:30 (UTC)');
    expect(list.text).not.toContain('monthly');
    expect((await run(store, 'digest list', 'C3')).text).toMatch(/No digests in this channel yet/);
  });

  it('unsubscribes only within the channel that subscribed', async () => {
    const store = new MemoryStore();
    await run(store, 'digest subscribe daily 08:30');
    const [sub] = await new ScheduleRepo(store).subscriptions();
    const elsewhere = await run(store, `digest unsubscribe ${sub?.id}`, 'C-OTHER');
    expect(elsewhere).toEqual({
      ephemeral: true,
      text: `No subscription \`${sub?.id}\` in this channel. See \`digest list\`.`,
    });
    const done = await run(store, `digest unsubscribe ${sub?.id}`);
    expect(done.ephemeral).toBe(false);
    expect(done.text).toContain(`Unsubscribed \`${sub?.id}\``);
    expect(await new ScheduleRepo(store).subscriptions()).toEqual([]);
  });

  it('answers bad input privately with what is allowed, and saves nothing', async () => {
    const store = new MemoryStore();
    for (const [line, pattern] of [
      ['digest subscribe weekly mon 09:00 Mars/Olympus', /Unknown time zone.*IANA/],
      ['digest subscribe daily 24:61', /not a time of day.*HH:MM/],
      ['digest subscribe daily 09:00 moon landing', /Unknown campaign `moon landing`.*Campaigns:/],
      ['digest subscribe cron "*/10 * * * *"', /at most hourly/],
      ['digest subscribe cron "0 25 * * *"', /not a schedule this bot can run.*five fields/],
      ['alert likes all drops 10%', /Unknown metric `likes`.*Metrics:/],
    ] as const) {
      const reply = await run(store, line);
      expect(reply.ephemeral).toBe(true);
      expect(reply.text).toMatch(pattern);
    }
    expect(await store.keys('')).toEqual([]);
  });

  it('shows usage for `digest help` and `alert`', async () => {
    const store = new MemoryStore();
    expect((await run(store, 'digest help')).text).toContain('digest subscribe weekly mon 09:00');
    expect((await run(store, 'alert')).text).toContain('drops|rises <N>% week over week');
  });

  it('caps subscriptions per channel', async () => {
    const store = new MemoryStore();
    await run(store, 'digest subscribe daily 08:00', 'C1', { maxPerChannel: 2 });
    await run(store, 'digest subscribe daily 09:00', 'C1', { maxPerChannel: 2 });
    const third = await run(store, 'digest subscribe daily 10:00', 'C1', { maxPerChannel: 2 });
    expect(third).toMatchObject({ ephemeral: true });
    expect(third.text).toContain('already has 2 digests');
  });

  it('adds, lists and removes alerts per channel', async () => {
    const store = new MemoryStore();
    const added = await run(store, 'alert views street food tour drops 15% week over week');
    expect(added.ephemeral).toBe(false);
    expect(added.text).toMatch(
      /Alert `a[a-z0-9]{5}` set: I will post here when Views for Street Food Tour drops 15% or more/,
    );
    const id = /`(a[a-z0-9]{5})`/.exec(added.text)?.[1];
    expect((await run(store, 'alert list')).text).toContain(
      `\`${id}\` when Views for Street Food Tour drops 15%`,
    );
    expect((await run(store, `alert remove ${id}`, 'C2')).text).toContain('No alert');
    expect((await run(store, `alert remove ${id}`)).text).toContain(`Removed alert \`${id}\``);
    expect((await run(store, 'alerts')).text).toMatch(/No alerts in this channel yet/);
  });

  it('uses the console channel when there is no Slack channel', async () => {
    const store = new MemoryStore();
    await handleScheduleCommand('digest subscribe daily 08:30', { dataset, store, now: NOW });
    expect((await new ScheduleRepo(store).subscriptions())[0]?.channelId).toBe('console');
  });

  it('turns a storage failure into a short apology without internals', async () => {
    const broken: KeyValueStore = {
      get: async () => {
        throw new StoreError('store get failed', {
          cause: new Error('ECONNREFUSED 10.0.0.5:6379 /srv/secret'),
        });
      },
      set: async () => {},
      delete: async () => {},
      claim: async () => false,
      keys: async () => {
        throw new StoreError('store keys failed');
      },
      close: async () => {},
    };
    const reply = await run(broken, 'digest list');
    expect(reply).toEqual({
      ephemeral: true,
      text: 'Sorry, I could not save or read schedules just now (storage unavailable). Please try again shortly.',
    });
  });
});

describe('subscriptions in the embedded file store', () => {
  it('survive a restart, and the restarted bot does not post the slot again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pulse-sched-'));
    try {
      const clock = new FakeClock('2024-05-05T12:00:00Z');
      const poster = new RecordingPoster(clock);
      const service = new FakeService(clock);
      const first = new FileStore({ stateDir: dir });
      await handleScheduleCommand('digest subscribe daily 09:00 UTC', {
        channelId: 'C1',
        dataset,
        store: first,
        now: clock.now(),
      });
      clock.set('2024-05-06T09:00:00Z');
      await new DigestScheduler({ store: first, service, poster, clock }).tick();
      await first.close();

      clock.set('2024-05-06T09:20:00Z');
      const second = new FileStore({ stateDir: dir });
      const restarted = new DigestScheduler({ store: second, service, poster, clock });
      expect(await restarted.tick()).toMatchObject({ due: 1, posted: 0, taken: 1 });
      clock.set('2024-05-07T09:00:00Z');
      expect((await restarted.tick()).posted).toBe(1);
      await second.close();
      expect(poster.posts.map((p) => p.at)).toEqual(['2024-05-06T09:00:00.000Z', '2024-05-07T09:00:00.000Z']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
