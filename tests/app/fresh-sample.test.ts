import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConsole } from '../../src/adapters/cli/console.ts';
import { loadDataFile } from '../../src/adapters/data/load-data-file.ts';
import { type Composed, compose } from '../../src/app/compose.ts';
import { MINI, SAMPLE } from '../helpers/fixtures.ts';

// A fresh clone on any date: `npm start` (console mode, no Slack tokens) over the bundled sample, with the clock
// faked, answers the README's example questions about the last whole week with the sample's own figures.

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
/** The questions the README offers on the sample data ("On the sample data, try *"…"*"). */
const readmeQuestions = (): string[] => {
  const paragraph = README.slice(
    README.indexOf('On the sample data, try'),
    README.indexOf('The examples below'),
  );
  return [...paragraph.matchAll(/\*"([^"]+)"\*/g)].map((m) => m[1] ?? '');
};

const DAY_MS = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const msOf = (date: string): number => Date.parse(`${date}T00:00:00Z`);
/** Monday to Sunday of the calendar week before `date`'s. */
const lastWeekOf = (date: string): [string, string] => {
  const t = msOf(date);
  const sinceMonday = (new Date(t).getUTCDay() + 6) % 7;
  const monday = t - (sinceMonday + 7) * DAY_MS;
  return [iso(monday), iso(monday + 6 * DAY_MS)];
};

/** The Korean video's views per day in data/series.csv as written (both channels). */
const csvViews = new Map<string, number>();
for (const line of readFileSync(new URL('../../data/series.csv', import.meta.url), 'utf8').split('\n')) {
  const [date = '', subject, , metric, value] = line.split(',');
  if (subject === 'stay-in-chengdu' && metric === 'views')
    csvViews.set(date, (csvViews.get(date) ?? 0) + Number(value));
}
const fileLastDay = [...csvViews.keys()].sort().at(-1) ?? '';

/** A fresh start as `npm start` makes it: no .env, no Slack tokens, the default data file, the clock faked. */
const startAt = (date: string, env: Record<string, string> = {}): Promise<Composed> =>
  compose({
    env,
    // Noon in Shanghai, the sample's time zone, so "today" is `date` there.
    clock: { now: () => new Date(`${date}T04:00:00Z`) },
    ephemeral: true,
    logLevel: 'silent',
  });

const DATES = ['2027-03-10', '2028-01-03', '2029-04-01', '2031-08-02'];

describe('the bundled sample never goes stale', () => {
  it('the README offers questions on the sample data, one of them about last week', () => {
    expect(readmeQuestions().length).toBeGreaterThanOrEqual(4);
    expect(readmeQuestions().some((q) => /last week/i.test(q))).toBe(true);
  });

  for (const date of DATES) {
    describe(`on ${date}`, () => {
      let app: Composed;
      beforeAll(async () => {
        app = await startAt(date);
      });
      afterAll(() => app.close());

      it('every README example question gets an answer, labelled sample data, never "no data"', async () => {
        for (const q of readmeQuestions()) {
          const a = await app.service.ask(q);
          expect(a.plan.op, q).not.toBe('help');
          expect(a.terminal, q).not.toMatch(/no data|no .*figures/i);
          expect(a.terminal, q).toContain('pulse.yaml · sample data');
        }
      });

      it('"last week" is last Monday–Sunday, whole, with the sample figures moved by whole weeks', async () => {
        const q = readmeQuestions().find((x) => /last week/i.test(x)) ?? '';
        const a = await app.service.ask(q);
        const [monday, sunday] = lastWeekOf(date);
        expect(a.result).toMatchObject({ op: 'value', period: { from: monday, to: sunday } });
        // The data runs to yesterday: the week is whole.
        expect(app.service.data.current().asOf).toBe(iso(msOf(date) - DAY_MS));
        // The figure is the file's own seven days, moved forward by a whole number of weeks.
        const shift = Math.ceil((msOf(date) - DAY_MS - msOf(fileLastDay)) / (7 * DAY_MS)) * 7 * DAY_MS;
        let expected = 0;
        for (let t = msOf(monday); t <= msOf(sunday); t += DAY_MS)
          expected += csvViews.get(iso(t - shift)) ?? 0;
        expect(expected).toBeGreaterThan(0);
        expect(a.result).toMatchObject({ value: expected });
        expect(a.terminal).toContain(expected.toLocaleString('en-US'));
      });

      it('the weekly digest covers last week with figures; status says the dates were moved', async () => {
        const digest = await app.service.digest({ period: 'week' });
        expect(digest.rendered.terminal).not.toMatch(/no data/i);
        expect(digest.rendered.terminal).toContain('sample data');
        const status = await app.service.command('status');
        expect(status.rendered.terminal).toMatch(
          /sample data, not real figures: its dates are moved forward \d+ weeks/,
        );
      });
    });
  }

  it('the console banner says it is sample data', async () => {
    const app = await startAt('2031-08-02');
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => {
      printed += chunk.toString('utf8');
    });
    input.end('views last week\n');
    await runConsole(app.service, { input, output });
    await app.close();
    expect(printed).toContain('(pulse.yaml · sample data, data as of 2031-08-01, today 2031-08-02)');
    expect(printed).toContain('Jul 21 – Jul 27, 2031');
  });

  it('a fixed day within the file sees it exactly as written, still labelled', async () => {
    const app = await compose({ env: {}, fixedNow: '2026-11-25', ephemeral: true, logLevel: 'silent' });
    const file = await loadDataFile(SAMPLE);
    expect(app.service.data.current().meta.version).toBe(file.meta.version);
    expect(app.service.data.current().asOf).toBe(fileLastDay);
    const a = await app.service.ask('How many views did the Korean video get last week?');
    let expected = 0;
    for (let t = msOf('2026-11-16'); t <= msOf('2026-11-22'); t += DAY_MS)
      expected += csvViews.get(iso(t)) ?? 0;
    expect(a.result).toMatchObject({ value: expected, period: { from: '2026-11-16', to: '2026-11-22' } });
    expect(a.terminal).toContain('sample data');
    await app.close();
  });
});

describe("a team's own data is never moved nor labelled", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pulse-own-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('a file without the sample key, far in the future, is served as loaded', async () => {
    const app = await startAt('2031-08-02', { PULSE_DATA: MINI });
    const file = await loadDataFile(MINI);
    const served = app.service.data.current();
    expect(served.meta).toEqual(file.meta);
    expect(served.asOf).toBe(file.asOf);
    expect(served.catalog).toEqual(file.catalog);
    const a = await app.service.ask('views last week');
    expect(a.terminal).not.toContain('sample data');
    expect((await app.service.command('status')).rendered.terminal).not.toContain('sample');
    await app.close();
  });

  it("the sample copied as a team's own file (its sample key removed) keeps its dates", async () => {
    const yaml = (await readFile(SAMPLE, 'utf8')).replace(/^sample:\n {2}relative_to: today\n/m, '');
    expect(yaml).not.toMatch(/^sample:/m);
    await writeFile(join(dir, 'pulse.yaml'), yaml);
    await copyFile(SAMPLE.replace('pulse.yaml', 'series.csv'), join(dir, 'series.csv'));
    const app = await startAt('2031-08-02', { PULSE_DATA: join(dir, 'pulse.yaml') });
    expect(app.service.data.current().asOf).toBe(fileLastDay);
    const a = await app.service.ask('How many views did the Korean video get last week?');
    expect(a.terminal).toMatch(/no data/i);
    expect(a.terminal).not.toContain('sample data');
    await app.close();
  });
});
