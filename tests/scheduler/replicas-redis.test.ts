import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedChartRenderer } from '../../src/adapters/chart/chart-cache.ts';
import { FileDataSource } from '../../src/adapters/data/file-data-source.ts';
import { readAlert } from '../../src/adapters/scheduler/alert-check.ts';
import { DigestScheduler } from '../../src/adapters/scheduler/digest-scheduler.ts';
import { handleScheduleCommand, isScheduleCommand } from '../../src/adapters/scheduler/schedule-commands.ts';
import { ScheduleRepo } from '../../src/adapters/scheduler/schedule-repo.ts';
import { digestWebClient, SlackDigestPoster } from '../../src/adapters/scheduler/slack-digest-poster.ts';
import { createPulseService } from '../../src/app/pulse-service.ts';
import type { PulseService } from '../../src/app/pulse-types.ts';
import type { KeyValueStore } from '../../src/core/ports.ts';
import { openTestRedis, REDIS_SKIPPED, uniqueNamespace } from '../store/redis-env.ts';
import { FakeSlack } from './fake-slack.ts';
import { FakeClock } from './fakes.ts';

// Three app instances — each with its own Redis connection, PulseService and Slack Web API client — share one
// real Redis and one fake Slack. Every scenario counts what Slack actually received.

const DATA = fileURLToPath(new URL('../../data/pulse.yaml', import.meta.url));
const CHANNELS = ['C0ALPHA', 'C0BRAVO', 'C0CHARLIE', 'C0DELTA'];
const namespace = uniqueNamespace('replicas');
const clock = new FakeClock('2024-06-02T12:00:00Z'); // a Sunday; the organization is in Asia/Shanghai (UTC+8)
const slack = new FakeSlack();
const renderChart = cachedChartRenderer();

interface Instance {
  store: KeyValueStore;
  service: PulseService;
  scheduler: DigestScheduler;
  close(): Promise<void>;
}

// Loading the sample data takes ~2 s; the instances share the (read-only) data source and nothing else.
let data: FileDataSource;

async function startInstance(name: string): Promise<Instance> {
  const store = await openTestRedis(namespace);
  const service = createPulseService({
    data,
    store,
    clock,
    scheduleCommands: handleScheduleCommand,
    isScheduleCommand,
  });
  const client = digestWebClient('xoxb-test', { apiUrl: slack.apiUrl });
  const poster = new SlackDigestPoster({ client, minIntervalPerChannelMs: 0 });
  const scheduler = new DigestScheduler({
    store,
    service,
    poster,
    clock,
    replicaId: name,
    renderChart,
    alertIntervalMs: 0,
  });
  return {
    store,
    service,
    scheduler,
    close: async () => {
      await scheduler.stop();
      await store.close();
    },
  };
}

let instances: Instance[] = [];
const tickAll = () => Promise.all(instances.map((i) => i.scheduler.tick()));
const restartAll = async () => {
  await Promise.all(instances.map((i) => i.close()));
  instances = await Promise.all(['r1', 'r2', 'r3'].map(startInstance));
};
const perChannel = () => Object.fromEntries(CHANNELS.map((c) => [c, slack.messagesIn(c).length]));

beforeAll(async () => {
  if (REDIS_SKIPPED) return;
  data = await FileDataSource.open(DATA);
  await slack.start();
  instances = await Promise.all(['r1', 'r2', 'r3'].map(startInstance));
  // Subscribed through the real command path, on replica 1 only: the others learn of them from Redis.
  for (const channelId of CHANNELS) {
    for (const line of [
      'digest subscribe weekly mon 09:00',
      'digest subscribe weekly monday 9am Asia/Shanghai campaign life aesthetics',
      'digest subscribe daily 09:00',
    ]) {
      const reply = await instances[0]?.service.command(line, { channelId, userId: 'U1' });
      expect(reply?.rendered.text).toContain('Subscribed');
    }
  }
}, 30_000);

afterAll(async () => {
  if (REDIS_SKIPPED) return;
  const store = instances[0]?.store;
  if (store) for (const key of await store.keys('')) await store.delete(key);
  await Promise.all(instances.map((i) => i.close()));
  await slack.close();
});

describe.skipIf(REDIS_SKIPPED)('three replicas sharing one Redis', () => {
  it('post exactly one digest per subscription slot, with its chart', async () => {
    clock.set('2024-06-03T00:59:00Z');
    await tickAll();
    expect(slack.messages).toHaveLength(0);
    clock.set('2024-06-03T01:00:00Z'); // Monday 09:00 in Shanghai: 12 slots due (3 per channel)
    const reports = await tickAll();
    expect(reports.map((r) => r.due)).toEqual([12, 12, 12]);
    expect(reports.reduce((n, r) => n + r.posted, 0)).toBe(12);
    expect(perChannel()).toEqual({ C0ALPHA: 3, C0BRAVO: 3, C0CHARLIE: 3, C0DELTA: 3 });
    // Each digest carries its chart, uploaded through files.uploadV2.
    expect(slack.uploads).toHaveLength(12);
    expect(slack.uploads.every((u) => u.bytes.subarray(1, 4).toString() === 'PNG')).toBe(true);
    // The next heartbeats (including replicas retrying channels another one served) post nothing more.
    for (const at of ['2024-06-03T01:01:00Z', '2024-06-03T01:02:00Z']) {
      clock.set(at);
      await tickAll();
    }
    expect(slack.messages).toHaveLength(12);
    // Every slot is recorded as posted, each by exactly one replica.
    const store = instances[0]?.store as KeyValueStore;
    const slotKeys = await store.keys('sched:slot:');
    expect(slotKeys).toHaveLength(12);
    const values = await Promise.all(slotKeys.map((k) => store.get<string>(k)));
    expect(values.every((v) => /^posted by r[123]$/.test(v ?? ''))).toBe(true);
  }, 60_000);

  it('does not post again after a restart mid-period', async () => {
    const before = slack.messages.length;
    await instances[1]?.close();
    instances[1] = await startInstance('r2-restarted');
    clock.set('2024-06-03T01:30:00Z');
    await tickAll();
    await restartAll();
    clock.set('2024-06-03T02:00:00Z');
    await tickAll();
    expect(slack.messages.length).toBe(before);
  }, 30_000);

  it('posts one catch-up per missed slot after downtime across it, once', async () => {
    const before = slack.messages.length;
    await Promise.all(instances.map((i) => i.close()));
    instances = [];
    // All replicas down across Tuesday 09:00 Shanghai (01:00Z); back at 03:00Z, inside the 6 h window.
    clock.set('2024-06-04T03:00:00Z');
    instances = await Promise.all(['r1', 'r2', 'r3'].map(startInstance));
    await tickAll();
    expect(slack.messages.length - before).toBe(4); // the four daily subscriptions
    clock.set('2024-06-04T03:01:00Z');
    await tickAll();
    await restartAll();
    await tickAll();
    expect(slack.messages.length - before).toBe(4);
  }, 30_000);

  it('skips a slot missed by more than the catch-up window', async () => {
    const before = slack.messages.length;
    await Promise.all(instances.map((i) => i.close()));
    instances = [];
    clock.set('2024-06-05T08:00:00Z'); // 7 h after Wednesday's 01:00Z slot
    instances = await Promise.all(['r1', 'r2', 'r3'].map(startInstance));
    const reports = await tickAll();
    expect(reports.map((r) => r.expired)).toEqual([4, 4, 4]);
    expect(slack.messages.length).toBe(before);
  }, 30_000);

  it('fires an alert once across replicas, from the engine’s week-over-week figures', async () => {
    const service = instances[0]?.service as PulseService;
    const probe = await readAlert(
      {
        id: 'probe',
        channelId: 'C0ALERTS',
        createdAt: '',
        metric: 'views',
        metricLabel: 'Views',
        subject: { kind: 'organization', name: 'all' },
        direction: 'drops',
        thresholdPct: 1,
      },
      service,
    );
    expect(probe.growth).toBeDefined();
    const growth = probe.growth ?? 0;
    const direction = growth < 0 ? 'drops' : 'rises';
    const threshold = Math.max(0.1, Math.floor(Math.abs(growth) * 1000) / 10 - 0.1).toFixed(1);
    const reply = await service.command(`alert views all ${direction} ${threshold}% week over week`, {
      channelId: 'C0ALERTS',
    });
    expect(reply.rendered.text).toContain('Alert');
    const reports = await tickAll();
    expect(reports.reduce((n, r) => n + r.alerts, 0)).toBe(1);
    await tickAll();
    const alerts = slack.messagesIn('C0ALERTS');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.text).toMatch(/Alert `a[a-z0-9]+`/);
    expect(alerts[0]?.text).toMatch(/\d{1,3}(,\d{3})+/);
    expect(await new ScheduleRepo(instances[0]?.store as KeyValueStore).alerts('C0ALERTS')).toHaveLength(1);
  }, 30_000);
});
