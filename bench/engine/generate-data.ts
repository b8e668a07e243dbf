import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { type BenchCatalog, buildCatalog, dayOfIso, FLOW_METRICS, isoOf } from './bench-catalog.ts';
import { seeded } from './prng.ts';

// Writes a realistic data file (format v1) with exactly `rows` series rows: daily flows for every asset on each
// of its channels, weekly campaign-level rows, and weekly follower levels per channel. Rows come out in date
// order, as a daily export would append them. The CSV goes to disk in small chunks as it is made, so 10M rows
// (~500 MB) never sit in memory.

export interface GeneratedData {
  yamlPath: string;
  csvPath: string;
  rows: number;
  csvBytes: number;
  firstDay: string;
  lastDay: string;
  catalog: BenchCatalog;
}

export interface GenerateOptions {
  dir: string;
  rows?: number;
  seed?: number;
  first?: string;
  last?: string;
}

/** One asset on one channel: its five flow series share a curve, each starting on its own first day. */
interface Track {
  asset: string;
  channel: string;
  base: number;
  tau: number;
  tail: number;
  rates: number[];
  starts: number[];
  origin: number;
  earliest: number;
}

/** Monday = 0 … Sunday = 6 (1970-01-01, day 0, was a Thursday). */
const weekday = (day: number): number => (((day + 3) % 7) + 7) % 7;

/**
 * One track per asset and channel, fitted to exactly `budget` rows: every run is shrunk proportionally towards
 * the last day, then the rounding remainder is handed out one day at a time.
 */
function planTracks(catalog: BenchCatalog, rand: () => number, budget: number, last: number): Track[] {
  const tracks: Track[] = [];
  for (const a of catalog.assets) {
    const published = dayOfIso(a.published);
    if (published > last) continue;
    for (const channel of a.channels) {
      tracks.push({
        asset: a.id,
        channel,
        base: Math.exp(Math.log(300) + rand() * Math.log(100)),
        tau: 10 + rand() * 50,
        tail: 0.05 + rand() * 0.25,
        // Per metric, relative to views: likes, shares, watch hours (minutes per view / 60), comments.
        rates: [
          1,
          0.02 + rand() * 0.05,
          0.003 + rand() * 0.007,
          (0.3 + rand() * 2.2) / 60,
          0.001 + rand() * 0.003,
        ],
        starts: FLOW_METRICS.map(() => published),
        origin: published,
        earliest: published,
      });
    }
  }
  const natural = tracks.reduce((n, t) => n + FLOW_METRICS.length * (last - t.origin + 1), 0);
  const k = budget / natural;
  if (k >= 1 || k <= 0)
    throw new RangeError(`cannot fit ${budget} asset rows (the catalog makes 1..${natural})`);
  let left = budget;
  for (const t of tracks) {
    const len = Math.floor((last - t.origin + 1) * k);
    t.origin = last - len + 1;
    t.starts = t.starts.map(() => t.origin);
    left -= FLOW_METRICS.length * len;
  }
  for (let i = 0; left > 0; i++, left--) {
    const t = tracks[Math.floor(i / FLOW_METRICS.length) % tracks.length];
    if (!t) break;
    const m = i % FLOW_METRICS.length;
    t.starts[m] = (t.starts[m] ?? t.origin) - 1;
  }
  for (const t of tracks) t.earliest = Math.min(...t.starts);
  return tracks;
}

export function generateData(options: GenerateOptions): GeneratedData {
  const target = options.rows ?? 1_000_000;
  const first = dayOfIso(options.first ?? '2021-07-01');
  const last = dayOfIso(options.last ?? '2024-06-30');
  const rand = seeded(options.seed ?? 20240630);
  // Past ~1.2M rows the 400 assets run out of days: ten times the rows take ten times the assets.
  const scale = Math.min(10, Math.max(1, Math.ceil(target / 1_000_000)));
  const catalog = buildCatalog((options.seed ?? 20240630) + 1, first, last, scale);

  const mondays = (from: number, to: number): number => {
    let n = 0;
    for (let d = from; d <= to; d++) if (weekday(d) === 0) n++;
    return n;
  };
  const campaignSpan = (c: BenchCatalog['campaigns'][number]): [number, number] => [
    dayOfIso(c.start),
    Math.min(c.end ? dayOfIso(c.end) : last, last),
  ];
  const fixedRows =
    catalog.channels.length * mondays(first, last) +
    catalog.campaigns.reduce((n, c) => n + mondays(...campaignSpan(c)), 0);

  if (target <= fixedRows)
    throw new RangeError(`asked for ${target} rows; the weekly rows alone make ${fixedRows}`);
  const tracks = planTracks(catalog, rand, target - fixedRows, last);
  const firstRow = new Map<string, number>();
  for (const t of tracks) firstRow.set(t.asset, Math.min(firstRow.get(t.asset) ?? t.earliest, t.earliest));
  for (const a of catalog.assets) {
    const d = firstRow.get(a.id);
    if (d !== undefined) a.published = isoOf(d);
  }

  mkdirSync(options.dir, { recursive: true });
  const csvPath = join(options.dir, 'series.csv');
  const yamlPath = join(options.dir, 'pulse-bench.yaml');
  const fd = openSync(csvPath, 'w');
  let bytes = 0;
  let lines: string[] = ['date,subject,channel,metric,value'];
  let rows = 0;
  const flush = () => {
    if (lines.length === 0) return;
    const text = `${lines.join('\n')}\n`;
    bytes += Buffer.byteLength(text);
    writeSync(fd, text);
    lines = [];
  };
  const followers = catalog.channels.map(() => 20_000 + rand() * 300_000);
  for (let d = first; d <= last; d++) {
    const iso = isoOf(d);
    if (weekday(d) === 0) {
      catalog.channels.forEach((c, i) => {
        followers[i] = (followers[i] ?? 0) * (1.002 + rand() * 0.018);
        lines.push(`${iso},${c.id},,followers,${Math.round(followers[i] ?? 0)}`);
        rows++;
      });
      for (const c of catalog.campaigns) {
        const [from, to] = campaignSpan(c);
        if (d < from || d > to) continue;
        lines.push(`${iso},${c.id},,views,${5_000 + Math.floor(rand() * 45_000)}`);
        rows++;
      }
    }
    const weekend = weekday(d) >= 5 ? 1.2 : 1;
    for (const t of tracks) {
      if (d < t.earliest) continue;
      const views = t.base * (t.tail + Math.exp(-(d - t.origin) / t.tau)) * weekend * (0.75 + rand() * 0.5);
      FLOW_METRICS.forEach((metric, m) => {
        if (d < (t.starts[m] ?? last + 1)) return;
        const raw = views * (t.rates[m] ?? 0) * (m === 0 ? 1 : 0.8 + rand() * 0.4);
        const value = metric === 'watch-hours' ? Math.round(raw * 10) / 10 : Math.round(raw);
        lines.push(`${iso},${t.asset},${t.channel},${metric},${value}`);
        rows++;
      });
    }
    if (lines.length >= 4_096) flush();
  }
  flush();
  closeSync(fd);
  if (rows !== target) throw new RangeError(`wrote ${rows} rows, expected ${target}`);

  const doc = {
    version: 1,
    organization: {
      name: 'Riverton City Promotion Office',
      timezone: 'Asia/Shanghai',
      aliases: ['Riverton'],
    },
    metrics: catalog.metrics,
    campaigns: catalog.campaigns,
    channels: catalog.channels,
    assets: catalog.assets,
    awards: catalog.awards,
    rankings: catalog.rankings,
    series: [{ file: 'series.csv' }],
  };
  // Assets share their markets arrays: written out in full, not as YAML aliases, which the loader (rightly)
  // refuses in the thousands as a resource-exhaustion guard.
  writeFileSync(yamlPath, stringify(doc, { aliasDuplicateObjects: false }));
  return { yamlPath, csvPath, rows, csvBytes: bytes, firstDay: isoOf(first), lastDay: isoOf(last), catalog };
}
