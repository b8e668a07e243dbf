import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cachedChartRenderer } from '../src/adapters/chart/chart-cache.ts';
import { FileDataSource } from '../src/adapters/data/file-data-source.ts';
import { DigestScheduler, type TickReport } from '../src/adapters/scheduler/digest-scheduler.ts';
import { ScheduleRepo } from '../src/adapters/scheduler/schedule-repo.ts';
import { digestWebClient, SlackDigestPoster } from '../src/adapters/scheduler/slack-digest-poster.ts';
import { createStore } from '../src/adapters/store/create-store.ts';
import { createPulseService } from '../src/app/pulse-service.ts';
import type { Clock, KeyValueStore } from '../src/core/ports.ts';
import type { Subscription } from '../src/core/schedule/schedule-types.ts';
import { FakeSlack } from '../tests/scheduler/fake-slack.ts';

// `npm run bench:digest`: N subscriptions all due in the same minute, served by R replica processes that share one
// Redis, posting to a fake Slack that allows one message per second per channel (429 + Retry-After beyond).
// Prints the time to drain, 429s seen, peak RSS per process, and checks every digest was posted exactly once.
//   npm run bench:digest [-- --subs 10000 --channels 2000 --replicas 3 --concurrency 200 --no-charts]

const self = fileURLToPath(import.meta.url);
const DATA = fileURLToPath(new URL('../data/pulse.yaml', import.meta.url));
/** Monday 09:00 in Shanghai (the sample's zone), when every subscription is due. */
const SLOT = Date.parse('2026-11-23T01:00:00Z');
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;

interface ReplicaStats {
  name: string;
  reports: TickReport[];
  peakRss: number;
  cpuMs: number;
  maxLoopLagMs: number;
  failures: [string, number][];
}

type ToChild = { type: 'go'; startedAt: number } | { type: 'stop' };
type FromChild =
  | { type: 'ready' }
  | { type: 'stats'; stats: ReplicaStats }
  | { type: 'error'; message: string };

// ---------------------------------------------------------------- replica process

async function replica(): Promise<void> {
  const send = (m: FromChild) => process.send?.(m);
  const env = process.env;
  const name = env.BENCH_REPLICA ?? 'r?';
  const store = await createStore({
    redisUrl: env.BENCH_REDIS_URL,
    stateDir: 'var',
    namespace: env.BENCH_NAMESPACE,
  });
  const data = await FileDataSource.open(DATA);
  let startedAt = Date.now();
  // The bench's "now" starts at the slot and runs in real time from the go signal.
  const clock: Clock = { now: () => new Date(SLOT + (Date.now() - startedAt)) };
  const service = createPulseService({ data, store, clock });
  const client = digestWebClient('xoxb-bench', {
    apiUrl: env.BENCH_SLACK_URL,
    maxRequestConcurrency: Number(env.BENCH_CONCURRENCY),
  });
  const scheduler = new DigestScheduler({
    store,
    service,
    poster: new SlackDigestPoster({ client, minIntervalPerChannelMs: 1050 }),
    clock,
    replicaId: name,
    logger: {
      info: () => {},
      warn: () => {},
      error: (fields) => {
        const reason = String(fields.err ?? 'unknown').slice(0, 120);
        failures.set(reason, (failures.get(reason) ?? 0) + 1);
      },
    },
    channelConcurrency: Number(env.BENCH_CONCURRENCY),
    renderChart: env.BENCH_CHARTS === '1' ? cachedChartRenderer() : false,
  });
  const reports: TickReport[] = [];
  const failures = new Map<string, number>();
  // Event-loop lag: how late a 100 ms timer fires (a busy loop delays every paced post).
  let maxLag = 0;
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    maxLag = Math.max(maxLag, now - last - 100);
    last = now;
  }, 100).unref();
  let stopping = false;
  process.on('message', async (m: ToChild) => {
    if (m.type === 'go') {
      startedAt = m.startedAt;
      maxLag = 0; // measured from the go signal: loading the data blocks the loop ~2 s before it
      last = performance.now();
      // The heartbeat, compressed: tick, and again 2 s after each pass (a replica that lost a channel's lease
      // retries it, as it would on the next minute).
      while (!stopping) {
        reports.push(await scheduler.tick());
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
    } else if (m.type === 'stop') {
      stopping = true;
      await scheduler.stop();
      await store.close();
      const peakRss = process.resourceUsage().maxRSS * 1024;
      const cpu = process.cpuUsage();
      const cpuMs = (cpu.user + cpu.system) / 1000;
      send({
        type: 'stats',
        stats: { name, reports, peakRss, cpuMs, maxLoopLagMs: maxLag, failures: [...failures.entries()] },
      });
      process.disconnect();
    }
  });
  send({ type: 'ready' });
}

// ---------------------------------------------------------------- orchestrator

async function seed(store: KeyValueStore, subs: number, channels: number): Promise<void> {
  const repo = new ScheduleRepo(store);
  const batch: Promise<void>[] = [];
  for (let i = 0; i < subs; i++) {
    const sub: Subscription = {
      id: `dbench${i}`,
      channelId: `CB${String(i % channels).padStart(5, '0')}`,
      createdAt: new Date(SLOT - 86_400_000).toISOString(),
      schedule: { kind: 'weekly', cron: '0 9 * * 1', label: 'every Monday at 09:00' },
      timezone: 'Asia/Shanghai',
      period: 'week',
      campaigns: [],
      skipUnchanged: false,
    };
    batch.push(repo.addSubscription(sub));
    if (batch.length === 500) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
}

function onceFrom(child: ChildProcess, type: FromChild['type']): Promise<FromChild> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: FromChild) => {
      if (m.type === 'error') reject(new Error(m.message));
      if (m.type === type) {
        child.off('message', onMessage);
        resolve(m);
      }
    };
    child.on('message', onMessage);
    child.once('exit', (code) => code && reject(new Error(`replica exited with ${code}`)));
  });
}

async function main(): Promise<void> {
  const { values: args } = parseArgs({
    options: {
      subs: { type: 'string', default: '10000' },
      channels: { type: 'string', default: '2000' },
      replicas: { type: 'string', default: '3' },
      concurrency: { type: 'string', default: '200' },
      'no-charts': { type: 'boolean', default: false },
      'timeout-s': { type: 'string', default: '170' },
    },
  });
  const subs = Number(args.subs);
  const channels = Number(args.channels);
  const replicaCount = Number(args.replicas);
  const charts = !args['no-charts'];
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const namespace = `pulse-bench-${randomUUID().slice(0, 8)}`;

  const store = await createStore({ redisUrl, stateDir: 'var', namespace });
  const slack = await new FakeSlack({
    perChannelIntervalMs: 1000,
    retryAfterSeconds: 1,
    keepUploadBytes: false,
  }).start();
  const children: ChildProcess[] = [];
  try {
    let t = performance.now();
    await seed(store, subs, channels);
    console.log(
      `seeded ${subs} subscriptions over ${channels} channels in ${(performance.now() - t).toFixed(0)} ms`,
    );

    for (let i = 1; i <= replicaCount; i++) {
      children.push(
        fork(self, ['--replica'], {
          execArgv: ['--import', 'tsx'],
          env: {
            ...process.env,
            BENCH_REPLICA: `r${i}`,
            BENCH_REDIS_URL: redisUrl,
            BENCH_NAMESPACE: namespace,
            BENCH_SLACK_URL: slack.apiUrl,
            BENCH_CONCURRENCY: String(args.concurrency),
            BENCH_CHARTS: charts ? '1' : '0',
            LOG_LEVEL: 'silent',
          },
        }),
      );
    }
    await Promise.all(children.map((c) => onceFrom(c, 'ready')));
    console.log(`${replicaCount} replicas ready (data loaded, Redis connected); all ${subs} digests due now`);

    const startedAt = Date.now();
    t = performance.now();
    for (const c of children) c.send({ type: 'go', startedAt } satisfies ToChild);
    const deadline = t + Number(args['timeout-s']) * 1000;
    const expectedUploads = charts ? subs : 0;
    let firstAll = 0;
    const progress: string[] = [];
    const ticker = setInterval(() => {
      progress.push(`${((performance.now() - t) / 1000).toFixed(0)}s:${slack.messages.length}`);
    }, 5000);
    while (performance.now() < deadline) {
      if (slack.messages.length >= subs && slack.uploads.length >= expectedUploads) {
        firstAll = performance.now() - t;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    clearInterval(ticker);
    console.log(`progress (elapsed:messages) ${progress.join(' ')}`);
    // Let replicas finish their retry passes, then make sure nothing more arrives (no duplicates late).
    await new Promise((resolve) => setTimeout(resolve, 4000));

    const statsPromises = children.map((c) => onceFrom(c, 'stats'));
    for (const c of children) c.send({ type: 'stop' } satisfies ToChild);
    const stats = (await Promise.all(statsPromises)).map((m) => (m as { stats: ReplicaStats }).stats);

    // Exactly once: each channel got its share, every slot is recorded as posted by one replica.
    const perChannel = new Map<string, number>();
    for (const m of slack.messages) perChannel.set(m.channel, (perChannel.get(m.channel) ?? 0) + 1);
    const share = subs / channels;
    const uneven = [...perChannel.values()].filter((n) => n !== share).length;
    const slotKeys = await store.keys('sched:slot:');
    const values = await Promise.all(slotKeys.map((k) => store.get<string>(k)));
    const postedSlots = values.filter((v) => v?.startsWith('posted by ')).length;
    const byReplica = new Map<string, number>();
    for (const v of values) byReplica.set(v ?? '?', (byReplica.get(v ?? '?') ?? 0) + 1);

    const exactlyOnce =
      slack.messages.length === subs &&
      perChannel.size === channels &&
      uneven === 0 &&
      postedSlots === subs &&
      slotKeys.length === subs &&
      (!charts || slack.uploads.length === subs);

    console.log('');
    console.log(
      `digests due                ${subs} (${channels} channels, ${share} each), ${replicaCount} replicas`,
    );
    console.log(
      `messages posted            ${slack.messages.length}${charts ? ` + ${slack.uploads.length} chart uploads` : ''}`,
    );
    console.log(
      `time to drain              ${firstAll ? `${(firstAll / 1000).toFixed(1)} s` : 'did not drain in time'}`,
    );
    console.log(`429 responses (rate limit) ${slack.rateLimited}`);
    console.log(`slots recorded as posted   ${postedSlots} / ${slotKeys.length}`);
    console.log(
      `posted per replica         ${[...byReplica.entries()].map(([k, n]) => `${k.replace('posted by ', '')}: ${n}`).join(', ')}`,
    );
    for (const s of stats) {
      const sum = (k: keyof TickReport) => s.reports.reduce((n, r) => n + r[k], 0);
      console.log(
        `replica ${s.name}                 peak RSS ${mb(s.peakRss)}, CPU ${(s.cpuMs / 1000).toFixed(1)} s, max loop lag ${s.maxLoopLagMs.toFixed(0)} ms, ticks ${s.reports.length}, posted ${sum('posted')}, lease/claim lost ${sum('taken')}, failed ${sum('failed')}`,
      );
    }
    for (const s of stats)
      for (const [reason, n] of s.failures) console.log(`  ${s.name} failure ×${n}: ${reason}`);
    const own = process.cpuUsage();
    console.log(
      `orchestrator + fake Slack  peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}, CPU ${((own.user + own.system) / 1e6).toFixed(1)} s`,
    );
    console.log(`exactly once               ${exactlyOnce ? 'PASS' : 'FAIL'}`);
    if (!exactlyOnce) process.exitCode = 1;
  } finally {
    for (const c of children) if (c.connected) c.kill();
    for (const key of await store.keys('')) await store.delete(key);
    await store.close();
    await slack.close();
  }
}

if (process.argv.includes('--replica')) {
  replica().catch((error: unknown) => {
    process.send?.({ type: 'error', message: String(error) } satisfies FromChild);
    process.exit(1);
  });
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
