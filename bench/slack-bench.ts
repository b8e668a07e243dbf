// `npm run bench:slack`: 1,000 signed `/pulse` requests, 50 at a time, over loopback against the real HTTP
// receiver. Prints ack latency (p50/p99), errors, and checks that every answer reached the fake Slack exactly
// once (each request has its own response_url). Targets: ack p99 <= 50 ms, 0 errors, 0 duplicates, 0 missing.
//
// As in production, Slack and Pulse are separate processes: this one sends the load (autocannon), a child runs
// the Pulse app alone, and another child plays Slack's receiving end (fake Web API and response_urls).
import { fork } from 'node:child_process';
import { subscribe } from 'node:diagnostics_channel';
import { availableParallelism, loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { FileDataSource } from '../src/adapters/data/file-data-source.ts';
import { createSlackApp } from '../src/adapters/slack/slack-app.ts';
import { MemoryStore } from '../src/adapters/store/memory-store.ts';
import { createPulseService } from '../src/app/pulse-service.ts';
import { silentLogger } from '../src/core/ports.ts';
import { FakeSlackApi } from '../tests/fakes/fake-slack-api.ts';
import { signedHeaders, TEST_SIGNING_SECRET } from '../tests/helpers/slack-signing.ts';

const REQUESTS = 1000;
const CONNECTIONS = 50;
const DATA_FILE = process.env.PULSE_BENCH_DATA ?? 'data/pulse.yaml';
const QUESTIONS = [
  'How many views did the Korean video get last week?',
  'top campaigns by views this month',
  'campaign life aesthetics',
  'digest now',
  'help',
  'followers on YouTube',
  'which campaigns target Japan?',
  'views last 7 days compared with the previous 7 days',
];

const WARMUP = 200;

/**
 * Sends `amount` signed `/pulse` requests, each with its own response_url. Returns autocannon's result, the
 * latencies on established connections (in completion order) and those of each connection's first request.
 */
async function sendLoad(port: number, responseUrl: (id: string) => string, amount: number) {
  // Built and signed up front, so the load generator spends the run sending, not hashing.
  const prepared = Array.from({ length: amount }, (_, i) => {
    const n = i + 1;
    const body = new URLSearchParams({
      token: 'unused',
      team_id: 'T0PULSE',
      channel_id: 'C0BENCH',
      user_id: `U0BENCH${n % 17}`,
      command: '/pulse',
      text: QUESTIONS[n % QUESTIONS.length] ?? 'help',
      response_url: responseUrl(`r${n}`),
      trigger_id: `bench.${n}`,
      api_app_id: 'A0PULSE',
    }).toString();
    return { body, headers: signedHeaders(body, 'application/x-www-form-urlencoded') };
  });
  let n = 0;
  const latencies: number[] = [];
  const firstResponses: number[] = [];
  let done: (r: autocannon.Result) => void = () => {};
  let failed: (e: unknown) => void = () => {};
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    done = resolve;
    failed = reject;
  });
  const options: autocannon.Options = {
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    amount,
    requests: [
      {
        method: 'POST',
        path: '/slack/events',
        setupRequest: (req) => {
          const next = prepared[n % amount];
          n += 1;
          return { ...req, ...next };
        },
      },
    ],
  };
  const instance = autocannon(options, (error, result) => (error ? failed(error) : done(result)));
  // A connection's first response also pays for the TCP connect and the load generator's per-connection set-up,
  // which on a loaded machine was measured to take up to seconds, one connection after another: reported apart.
  const seen = new WeakSet<object>();
  instance.on('response', (client: object, _status: number, _bytes: number, ms: number) => {
    if (seen.has(client)) latencies.push(ms);
    else firstResponses.push(ms);
    seen.add(client);
  });
  return { result: await finished, latencies, firstResponses };
}

type FromServer =
  | { port: number }
  | { stopped: true; serverAcks: number[]; loopDelayMaxMs: number; cpuMs: number };

/** The Pulse side: the Slack app over the real service, until told to stop. */
async function serve(apiUrl: string): Promise<void> {
  const store = new MemoryStore();
  const service = createPulseService({ data: await FileDataSource.open(DATA_FILE), store });
  const app = createSlackApp({
    service,
    store,
    logger: silentLogger,
    slack: { botToken: 'xoxb-bench', signingSecret: TEST_SIGNING_SECRET, apiUrl },
    allowedChannels: [],
    allowedUsers: [],
    port: 0,
    host: '127.0.0.1',
  });
  await app.start();
  // Server-side view of each ack (request parsed → response sent), to tell the app's own time from the
  // machine's: the client-side figure also includes queuing in the kernel and in the load generator.
  const startedAt = new WeakMap<object, number>();
  const acks: number[] = [];
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();
  subscribe('http.server.request.start', (m) =>
    startedAt.set((m as { response: object }).response, performance.now()),
  );
  subscribe('http.server.response.finish', (m) => {
    const t = startedAt.get((m as { response: object }).response);
    if (t !== undefined) acks.push(performance.now() - t);
  });
  const cpuAtStart = process.cpuUsage();
  process.send?.({ port: app.port ?? 0 } satisfies FromServer);
  // Never outlive the load generator, even if it is killed.
  process.once('disconnect', () => process.exit(0));
  process.on('message', async () => {
    await app.stop(); // lets answers under way finish
    const cpu = process.cpuUsage(cpuAtStart);
    process.send?.({
      stopped: true,
      serverAcks: acks,
      loopDelayMaxMs: loopDelay.max / 1e6,
      cpuMs: (cpu.user + cpu.system) / 1000,
    } satisfies FromServer);
  });
}

/** What the fake Slack process reports: delivery per response_url, and Web API fallbacks. */
interface SlackReport {
  delivered: number;
  duplicates: number;
  fallbacks: number;
}
type FromSlack = { apiUrl: string; respondBase: string } | SlackReport;

/** The Slack side's receiving end: the fake Web API and response_url receiver, in a process of its own. */
async function fakeSlack(): Promise<void> {
  const api = await new FakeSlackApi().start();
  process.send?.({ apiUrl: api.apiUrl, respondBase: api.responseUrl('') } satisfies FromSlack);
  process.once('disconnect', () => process.exit(0));
  process.on('message', () => {
    const perTarget = new Map<string, number>();
    for (const c of api.callsTo('respond'))
      perTarget.set(c.target ?? '', (perTarget.get(c.target ?? '') ?? 0) + 1);
    process.send?.({
      delivered: perTarget.size,
      duplicates: [...perTarget.values()].filter((v) => v > 1).length,
      fallbacks: api.callsTo('chat.postMessage').length + api.callsTo('chat.postEphemeral').length,
    } satisfies FromSlack);
  });
}

function startChild<T>(args: string[]) {
  const child = fork(fileURLToPath(import.meta.url), args, { execArgv: ['--import', 'tsx'] });
  const next = () => new Promise<T>((resolve) => child.once('message', (m) => resolve(m as T)));
  return { child, next };
}

async function main() {
  const slack = startChild<FromSlack>(['--slack']);
  const endpoints = await slack.next();
  if (!('apiUrl' in endpoints)) throw new Error('fake Slack did not start');
  const server = startChild<FromServer>(['--serve', endpoints.apiUrl]);
  const ready = await server.next();
  if (!('port' in ready)) throw new Error('server did not start');

  // One run of WARMUP + REQUESTS on 50 keep-alive connections. Latency figures cover the last REQUESTS
  // responses on established connections (warm-up: connects, JIT, lazily loaded modules); every answer,
  // warm-up included, is checked for delivery.
  const started = performance.now();
  const { result, latencies, firstResponses } = await sendLoad(
    ready.port,
    (id) => `${endpoints.respondBase}${id}`,
    WARMUP + REQUESTS,
  );
  const ackedMs = performance.now() - started;

  // Answers follow the acks: wait until the server has finished every one, then count per response_url.
  server.child.send('stop');
  const stopped = await server.next();
  const serverAcks = ('serverAcks' in stopped ? stopped.serverAcks : []).sort((a, b) => a - b);
  const quantile = (q: number) =>
    (serverAcks[Math.floor(q * (serverAcks.length - 1))] ?? Number.NaN).toFixed(1);
  server.child.disconnect();
  const answeredMs = performance.now() - started;
  slack.child.send('report');
  const report = await slack.next();
  slack.child.disconnect();
  const { delivered, duplicates, fallbacks } =
    'delivered' in report ? report : { delivered: 0, duplicates: 0, fallbacks: 0 };
  const missing = REQUESTS + WARMUP - delivered;
  // The first responses of the 50 connections are already out of `latencies`: skip the rest of the warm-up.
  const steady = latencies.slice(WARMUP - CONNECTIONS).sort((x, y) => x - y);
  const at = (q: number) => steady[Math.floor(q * (steady.length - 1))] ?? Number.NaN;
  const errors = result.errors + result.timeouts + result.non2xx;

  const rows: [string, string, boolean | undefined][] = [
    ['requests sent (incl. warm-up)', `${result.requests.sent}`, result.requests.sent >= REQUESTS + WARMUP],
    ['concurrency', `${CONNECTIONS}`, undefined],
    ['ack latency p50', `${at(0.5).toFixed(1)} ms`, undefined],
    ['ack latency p99', `${at(0.99).toFixed(1)} ms`, at(0.99) <= 50],
    ['ack latency max', `${at(1).toFixed(1)} ms`, undefined],
    ['first request per connection, max', `${Math.max(...firstResponses).toFixed(0)} ms`, undefined],
    ['all 1,200 incl. connects: p99', `${result.latency.p99} ms`, undefined],
    ['server-side ack p50 / p99 (all)', `${quantile(0.5)} / ${quantile(0.99)} ms`, undefined],
    [
      'server event-loop delay max',
      `${'loopDelayMaxMs' in stopped ? stopped.loopDelayMaxMs.toFixed(0) : '?'} ms`,
      undefined,
    ],
    [
      'server CPU per request (ack+answer)',
      `${'cpuMs' in stopped ? (stopped.cpuMs / (REQUESTS + WARMUP)).toFixed(2) : '?'} ms`,
      undefined,
    ],
    ['acks/s', `${Math.round(result.requests.average)}`, undefined],
    ['errors (errors+timeouts+non-2xx)', `${errors}`, errors === 0],
    ['answers delivered (incl. warm-up)', `${delivered} / ${REQUESTS + WARMUP}`, missing === 0],
    ['duplicate answers', `${duplicates}`, duplicates === 0],
    ['Web API fallbacks', `${fallbacks}`, undefined],
    ['all acked after', `${Math.round(ackedMs)} ms`, undefined],
    ['all answered after', `${Math.round(answeredMs)} ms`, undefined],
  ];
  const loadAverage = loadavg()[0]?.toFixed(1);
  console.log(
    `Slack /pulse benchmark — ${REQUESTS} signed requests (after ${WARMUP} warm-up), ${CONNECTIONS} concurrent, loopback (${DATA_FILE})`,
  );
  console.log(`machine: ${availableParallelism()} cores, load average ${loadAverage} at the end`);
  for (const [label, value, ok] of rows) {
    console.log(
      `${label.padEnd(34)} ${value.padStart(14)}${ok === undefined ? '' : ok ? '  ok' : '  MISSED'}`,
    );
  }
  const missed = rows.filter(([, , ok]) => ok === false).map(([label]) => label);
  console.log(missed.length ? `targets missed: ${missed.join(', ')}` : 'targets: all met');
  // Latency depends on the machine; a lost or doubled answer is a bug wherever it runs.
  process.exitCode = errors > 0 || duplicates > 0 || missing !== 0 ? 1 : 0;
}

const serveAt = process.argv.indexOf('--serve');
if (serveAt >= 0) await serve(process.argv[serveAt + 1] ?? '');
else if (process.argv.includes('--slack')) await fakeSlack();
else await main();
