import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Rendered } from '../../core/answer-types.ts';
import { ConfigError, DataError, formatIssue } from '../../core/errors.ts';
import { parseDay } from '../../core/model/dates.ts';
import { formatExact } from '../../core/render/format.ts';
import { DIGEST_PERIODS, type DigestPeriod } from '../../core/schedule/schedule-types.ts';
import { parseCliArgs, USAGE } from './args.ts';
import { writeAnswerCsv } from './csv-output.ts';

const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`${line}\n`);

const emit = (json: boolean, question: string, r: Rendered) =>
  out(json ? JSON.stringify({ question, text: r.text, blocks: r.blocks }) : `${r.terminal}\n`);

/** `npx pulse …` (shared/spec/cli.md). Returns the exit code: 0 ok, 1 usage or config, 2 bad data. */

/** "1 award", "3 awards", "9,148 series rows". */
const count = (n: number, noun: string): string => `${formatExact(n)} ${noun}${n === 1 ? '' : 's'}`;
export async function runCli(argv: string[]): Promise<number> {
  // `import` has options of its own (import-command.ts).
  if (argv[0] === 'import')
    return (await import('./import-command.ts')).runImport(argv.slice(1), { out, err });
  let args: ReturnType<typeof parseCliArgs>;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    err(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  if (args.now !== undefined && parseDay(args.now) === undefined) {
    err(`--now must be a date YYYY-MM-DD, got "${args.now}"`);
    return 1;
  }
  try {
    switch (args.command) {
      case 'help':
        out(USAGE);
        return 0;
      case 'validate':
        return await validate(args.data);
      case 'ask':
        return await ask(args);
      case 'digest':
        return await digest(args);
      case 'start':
        return await start(args);
      case 'eval':
        return await evaluate(args);
      case 'feedback':
        return await feedback(args);
      default:
        err(`Unknown command "${args.command}".\n${USAGE}`);
        return 1;
    }
  } catch (error) {
    if (error instanceof DataError) {
      err(`Data file refused (${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}):`);
      for (const i of error.issues) err(`  ${formatIssue(i)}`);
      return 2;
    }
    if (error instanceof ConfigError) {
      err(error.message);
      return 1;
    }
    throw error;
  }
}

async function validate(dataFile: string | undefined): Promise<number> {
  const loaded = await (await import('../../app/compose.ts')).loadForValidation(dataFile);
  const ds = loaded.dataset;
  const down = loaded.databases.filter((d) => d.error);
  for (const d of down) err(`${d.label}: cannot be reached (${d.error?.message}); its rows were not checked`);
  if (down.length > 0) return 1;
  const rows = ds.series.reduce((n, t) => n + t.series.rows, 0);
  const c = ds.catalog;
  out(
    `${ds.meta.source}: valid — ${count(c.metrics.length, 'metric')}, ${count(c.campaigns.length, 'campaign')}, ${count(c.channels.length, 'channel')}, ${count(c.assets.length, 'asset')}, ${count(c.awards.length, 'award')}, ${count(c.rankings.length, 'ranking')}, ${count(rows, 'series row')} (${ds.series.length} series)`,
  );
  return 0;
}

// The composition root pulls in every adapter (Slack, OpenAI, Redis): loaded only by the commands that need it.
const composeApp = async (...args: Parameters<typeof import('../../app/compose.ts').compose>) =>
  (await import('../../app/compose.ts')).compose(...args);

/** One-shot commands (ask, digest) share a composed app with in-memory state, closed when they finish. */
async function withOneShotApp(
  args: ReturnType<typeof parseCliArgs>,
  run: (app: Awaited<ReturnType<typeof composeApp>>) => Promise<number>,
): Promise<number> {
  const app = await composeApp({
    dataFile: args.data,
    fixedNow: args.now,
    ephemeral: true,
    logLevel: 'warn',
  });
  try {
    return await run(app);
  } finally {
    await app.close();
  }
}

function ask(args: ReturnType<typeof parseCliArgs>): Promise<number> {
  return withOneShotApp(args, async (app) => {
    const question = args.rest.join(' ').trim();
    if (question) {
      const answer = await app.service.ask(question);
      emit(args.json, question, answer);
      // On stderr, so --json output stays one object per line.
      if (args.csv) err(await writeAnswerCsv(answer, args.csv));
      return 0;
    }
    if (args.csv) {
      err('--csv writes the table of one answer: give the question as an argument.');
      return 1;
    }
    if (process.stdin.isTTY) {
      err('Give a question, e.g. pulse ask "How many views last week?", or pipe one per line.');
      return 1;
    }
    // --thread: the lines are one conversation, so follow-ups continue it; without it each line stands alone.
    const thread = args.thread ? `cli:${randomUUID()}` : undefined;
    const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      const q = line.trim();
      if (q) emit(args.json, q, await app.service.ask(q, { thread }));
    }
    return 0;
  });
}

async function digest(args: ReturnType<typeof parseCliArgs>): Promise<number> {
  const period = args.period ?? 'week';
  if (!isDigestPeriod(period)) {
    err(
      `--period must be ${new Intl.ListFormat('en', { type: 'disjunction' }).format(DIGEST_PERIODS)}, got "${period}"`,
    );
    return 1;
  }
  return withOneShotApp(args, async (app) => {
    const { rendered } = await app.service.digest({ period });
    emit(args.json, `digest ${period}`, rendered);
    return 0;
  });
}

const isDigestPeriod = (p: string): p is DigestPeriod => (DIGEST_PERIODS as readonly string[]).includes(p);

async function evaluate(args: ReturnType<typeof parseCliArgs>): Promise<number> {
  const { runEvalCommand } = await import('./eval-command.ts');
  return runEvalCommand(
    { files: args.rest, min: args.min, verbose: args.verbose, json: args.json },
    async (dataFile, now) => {
      const app = await composeApp({ dataFile, fixedNow: now, ephemeral: true, logLevel: 'warn' });
      return { service: app.service, close: () => app.close() };
    },
    { out, err },
  );
}

async function feedback(args: ReturnType<typeof parseCliArgs>): Promise<number> {
  const { openConfiguredStore } = await import('../../app/compose.ts');
  const { KeyValueFeedbackStore } = await import('../store/feedback-store.ts');
  const { runFeedbackCommand } = await import('./feedback-command.ts');
  const store = await openConfiguredStore();
  try {
    return await runFeedbackCommand(args, new KeyValueFeedbackStore(store), out);
  } finally {
    await store.close();
  }
}

async function start(args: ReturnType<typeof parseCliArgs>): Promise<number> {
  const app = await composeApp({ dataFile: args.data, fixedNow: args.now });
  if (app.config.slack) return (await import('./start-bot.ts')).startBot(app);
  const { runConsole } = await import('./console.ts');
  const { watchDataFile } = await import('../data/watch-data-file.ts');
  const watcher = watchDataFile(app.config.dataFile, app.service.data, app.logger);
  await runConsole(app.service, { input: process.stdin, output: process.stdout });
  watcher.close();
  await app.close();
  return 0;
}
