import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataFile } from '../../src/adapters/data/load-data-file.ts';
import { answer, lexiconOf } from '../../src/core/answer.ts';
import type { Dataset } from '../../src/core/model/dataset.ts';
import { KNOWN_PLATFORMS } from '../../src/core/model/platforms.ts';
import { planQuestion } from '../../src/core/plan/rule-planner.ts';
import { day, load, MINI } from '../helpers/fixtures.ts';

// Every platform of the data format's table is recognised in questions by each of its names; Douyin is its own
// platform, never TikTok.

const DOUYIN = fileURLToPath(new URL('../fixtures/data/douyin.yaml', import.meta.url));
const NOW = day('2025-03-10');

const planOf = (q: string, dataset: Dataset) =>
  planQuestion(q, { dataset, lexicon: lexiconOf(dataset), now: NOW }).plan;

describe('Douyin next to TikTok', () => {
  let ds: Dataset;
  beforeAll(async () => {
    ds = await load(DOUYIN);
  });

  it.each([
    ['views on douyin', 'douyin', '6,400'],
    ['views on 抖音', 'douyin', '6,400'],
    ['views on tiktok', 'tiktok', '1,050'],
    ['views on tik tok', 'tiktok', '1,050'],
  ])('%s is answered for that channel only', async (q, platform, figure) => {
    const a = await answer(q, { dataset: ds, now: NOW });
    expect(a.plan).toMatchObject({ op: 'value', metric: 'views', scope: { platform } });
    expect(a.text).toContain(figure);
    expect(a.text).not.toContain('7,450'); // both accounts together
  });

  it('without a Douyin channel, "views on douyin" is refused, naming Douyin', async () => {
    const a = await answer('views on douyin', { dataset: await load(MINI), now: day('2024-02-29') });
    expect(a.plan).toMatchObject({ op: 'help', unknown: ['Douyin'] });
    expect(a.text).toContain('Douyin');
  });
});

/** One channel per platform of the table, each with a few views, so every name can be asked about. */
function everyPlatformYaml(): string {
  const ids = Object.keys(KNOWN_PLATFORMS);
  return [
    'version: 1',
    'organization: { name: Every Platform Org, timezone: UTC }',
    'metrics:',
    '  - { id: views, label: Views, kind: flow }',
    'campaigns:',
    '  - { id: launch, name: Launch, status: active, start: 2025-03-01 }',
    'channels:',
    ...ids.map((id, i) => `  - { id: ch${i}, platform: ${id}, handle: acct${i} }`),
    'series:',
    ...ids.map((_, i) => `  - { date: 2025-03-03, subject: ch${i}, metric: views, value: ${(i + 1) * 100} }`),
    '',
  ].join('\n');
}

const NAMES = Object.entries(KNOWN_PLATFORMS).flatMap(([id, p]) =>
  p.called.map((name) => [name, id] as const),
);

describe('every known platform, by each of its names', () => {
  let dir = '';
  let every: Dataset;
  let mini: Dataset;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pulse-platforms-'));
    await writeFile(join(dir, 'every.yaml'), everyPlatformYaml());
    every = await loadDataFile(join(dir, 'every.yaml'));
    mini = await load(MINI);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each(NAMES)('"views on %s" is %s when the data has it', (name, id) => {
    expect(planOf(`views on ${name}`, every)).toMatchObject({ op: 'value', scope: { platform: id } });
  });

  // Names that are ordinary words too ("line", "site") name a platform only when the data has it.
  const absentable = NAMES.filter(
    ([, id]) => !KNOWN_PLATFORMS[id]?.ordinary && !['youtube', 'instagram'].includes(id),
  );
  it.each(absentable)('"views on %s" is refused when the data has no %s channel', (name, id) => {
    expect(planOf(`views on ${name}`, mini)).toMatchObject({
      op: 'help',
      unknown: [KNOWN_PLATFORMS[id]?.name],
    });
  });
});
