import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataFile } from '../../src/adapters/data/load-data-file.ts';
import { DataError, type DataIssue } from '../../src/core/errors.ts';
import { BASE } from '../helpers/data-yaml.ts';

async function issuesOf(yaml: string, csv?: string, ext = 'yaml'): Promise<DataIssue[]> {
  const dir = await mkdtemp(join(tmpdir(), 'pulse-data-'));
  if (csv !== undefined) await writeFile(join(dir, 'rows.csv'), csv);
  const path = join(dir, `data.${ext}`);
  await writeFile(path, yaml);
  try {
    await loadDataFile(path);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return [...(error as DataError).issues];
  }
  throw new Error('the file was accepted');
}

const where = (issues: DataIssue[]) => issues.map((i) => `${i.file}: ${i.where}: ${i.message}`);

describe('data file errors name the file, the place and the problem', () => {
  it('accepts the base file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pulse-data-'));
    await writeFile(join(dir, 'ok.yaml'), BASE);
    const ds = await loadDataFile(join(dir, 'ok.yaml'));
    expect(ds.catalog.assets).toHaveLength(1);
  });

  it('unknown keys', async () => {
    const issues = await issuesOf(BASE.replace('title: Video One', 'title: Video One, colour: red'));
    expect(where(issues)).toEqual(['data.yaml: assets[0].colour: unknown key']);
  });

  it('unknown references', async () => {
    const yaml = `${BASE.replace('campaign: c1', 'campaign: nope').replace('channels: [yt]', 'channels: [tt]')}awards:\n  - { name: Prize, date: 2024-02-01, subject: ghost }\n`;
    expect(where(await issuesOf(yaml))).toEqual([
      'data.yaml: assets[0].campaign: unknown campaign "nope"',
      'data.yaml: assets[0].channels[0]: unknown channel "tt"',
      'data.yaml: awards[0].subject: unknown campaign or asset "ghost"',
    ]);
  });

  it('undefined metrics in goals and rows', async () => {
    const yaml = `${BASE.replace('start: 2024-01-01 }', 'start: 2024-01-01, goals: [{ metric: likes, target: 10 }] }')}series:\n  - { date: 2024-01-03, subject: a1, metric: shares, value: 1 }\n`;
    expect(where(await issuesOf(yaml))).toEqual([
      'data.yaml: campaigns[0].goals[0].metric: undefined metric "likes"',
      'data.yaml: series[0]: undefined metric "shares"',
    ]);
  });

  it('bad dates, in the document and in CSV lines', async () => {
    const yaml = `${BASE.replace('published: 2024-01-02', 'published: 2024-02-30').replace('start: 2024-01-01', 'start: 01/02/2024')}series:\n  - file: rows.csv\n`;
    const csv = 'date,subject,channel,metric,value\n2024-01-05,a1,yt,views,10\n2024-13-01,a1,yt,views,10\n';
    expect(where(await issuesOf(yaml, csv))).toEqual([
      'data.yaml: campaigns[0].start: must be an ISO date YYYY-MM-DD',
      'data.yaml: assets[0].published: "2024-02-30" is not a real calendar date',
      'rows.csv: line 3, column 1: date is not a real YYYY-MM-DD date',
    ]);
  });

  it('duplicate rows name both lines', async () => {
    const csv =
      'date,subject,channel,metric,value\n2024-01-05,a1,yt,views,10\n2024-01-06,a1,yt,views,10\n2024-01-05,a1,yt,views,11\n';
    const issues = await issuesOf(`${BASE}series:\n  - file: rows.csv\n`, csv);
    expect(where(issues)).toEqual([
      'rows.csv: line 4: duplicate row: same date (2024-01-05), subject, channel and metric as rows.csv: line 2',
    ]);
  });

  it('duplicate ids, bad ids, missing fields, bad enums, non-numbers — all at once', async () => {
    const yaml = `${BASE.replace(
      '  - { id: c1, name: Campaign One, status: active, start: 2024-01-01 }',
      '  - { id: c1, name: Campaign One, status: active, start: 2024-01-01 }\n  - { id: c1, name: Again, status: running, start: 2024-01-01 }\n  - { id: Bad_Id, status: active, start: 2024-01-01 }',
    )}series:\n  - file: rows.csv\n`;
    const csv = 'date,subject,channel,metric,value\n2024-01-05,a9,yt,views,ten\n';
    const lines = where(await issuesOf(yaml, csv));
    expect(lines).toContain(
      'data.yaml: campaigns[1].status: Invalid option: expected one of "planned"|"active"|"paused"|"completed"',
    );
    expect(lines).toContain(
      'data.yaml: campaigns[2].id: must match ^[a-z0-9][a-z0-9-]*$ (lowercase letters, digits, -)',
    );
    expect(lines.some((l) => l.startsWith('data.yaml: campaigns[2].name:'))).toBe(true);
    expect(lines).toContain(
      'rows.csv: line 2, column 2: unknown subject (not an asset, channel or campaign id)',
    );
    expect(lines).toContain(
      'rows.csv: line 2, column 5: value is not a decimal number (e.g. 1200, -3 or 4.75)',
    );
  });

  it('a wrong version, an unknown top-level key and a bad time zone', async () => {
    const yaml = BASE.replace('version: 1', 'version: 2\ncolour: blue').replace('Asia/Tokyo', 'Mars/Olympus');
    expect(where(await issuesOf(yaml))).toEqual([
      'data.yaml: version: must be 1 (this bot reads format v1)',
      'data.yaml: colour: unknown key',
      'data.yaml: organization.timezone: "Mars/Olympus" is not an IANA time zone',
    ]);
  });

  it('YAML and JSON syntax errors give a line', async () => {
    const yamlIssues = await issuesOf('version: 1\norganization: [unclosed\n');
    expect(yamlIssues[0]?.where).toMatch(/^line \d+, column \d+$/);
    const jsonIssues = await issuesOf('{"version": 1,,}', undefined, 'json');
    expect(jsonIssues[0]?.message).toMatch(/^invalid JSON/);
  });

  it('a missing CSV include and a CSV header without required columns', async () => {
    expect(where(await issuesOf(`${BASE}series:\n  - file: missing.csv\n`))).toEqual([
      'data.yaml: series[0].file: cannot read "missing.csv" (ENOENT)',
    ]);
    const issues = await issuesOf(`${BASE}series:\n  - file: rows.csv\n`, 'day,subject,metric,value\n');
    expect(where(issues)[0]).toBe(
      'rows.csv: line 1: header lacks column(s) date; expected date,subject,channel,metric,value',
    );
  });

  it('JSON data files load like YAML', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pulse-data-'));
    const doc = {
      version: 1,
      organization: { name: 'J', timezone: 'UTC' },
      metrics: [{ id: 'views', label: 'Views', kind: 'flow' }],
      campaigns: [],
      series: [],
    };
    await writeFile(join(dir, 'd.json'), JSON.stringify(doc));
    const ds = await loadDataFile(join(dir, 'd.json'));
    expect(ds.catalog.organization.name).toBe('J');
  });
});
