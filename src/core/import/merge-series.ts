import { formatDay } from '../model/dates.ts';
import type { PlannedRow } from './plan-import.ts';

// Imported figures into the series CSV, idempotently: a row with the same date, subject, channel and metric is
// replaced, every other line is kept as written, and new rows go where sorting puts them (at the end, in order,
// when the file was not sorted). Importing the same export again changes nothing, byte for byte.

/** One existing CSV record: its fields by column name, and its text as written (without the line break). */
export interface SeriesRecord {
  fields: Readonly<Record<string, string>>;
  raw: string;
}

export interface MetricTally {
  added: number;
  replaced: number;
  unchanged: number;
}

export interface MergeResult {
  /** The file's lines, header first, without line breaks. */
  lines: string[];
  changed: boolean;
  tally: Map<string, MetricTally>;
}

export const SERIES_COLUMNS = ['date', 'subject', 'channel', 'metric', 'value'] as const;

interface Line {
  key: string[];
  raw: string;
}

const keyOf = (f: Readonly<Record<string, string>>): string[] =>
  ['date', 'subject', 'channel', 'metric'].map((c) => (f[c] ?? '').trim());

const compareKeys = (a: readonly string[], b: readonly string[]): number => {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
};

/**
 * Merges `incoming` into the records of a series CSV whose header is `header` (lowercased names, as written).
 * A header without `channel` gains it at the end when an imported row needs one.
 */
export function mergeSeries(
  header: readonly string[],
  headerRaw: string,
  existing: readonly SeriesRecord[],
  incoming: readonly PlannedRow[],
): MergeResult {
  const widen = !header.includes('channel') && incoming.some((r) => r.channel !== '');
  const columns = widen ? [...header, 'channel'] : header;
  const lines: Line[] = existing.map((r) => ({ key: keyOf(r.fields), raw: widen ? `${r.raw},` : r.raw }));
  const sorted = lines.every((l, i) => i === 0 || compareKeys(lines[i - 1]?.key ?? [], l.key) <= 0);
  const at = new Map(lines.map((l, i) => [l.key.join('\u0000'), i]));
  const values = existing.map((r) => Number((r.fields.value ?? '').trim()));
  const tally = new Map<string, MetricTally>();
  const added: Line[] = [];
  let changed = widen;
  for (const row of incoming) {
    const t = tally.get(row.metric) ?? { added: 0, replaced: 0, unchanged: 0 };
    tally.set(row.metric, t);
    const key = [formatDay(row.date), row.subject, row.channel, row.metric];
    const fields: Record<string, string> = {
      date: key[0] ?? '',
      subject: row.subject,
      channel: row.channel,
      metric: row.metric,
      value: String(row.value),
    };
    const raw = columns.map((c) => fields[c] ?? '').join(',');
    const i = at.get(key.join('\u0000'));
    if (i === undefined) {
      added.push({ key, raw });
      t.added++;
    } else if (values[i] === row.value) {
      t.unchanged++;
    } else {
      lines[i] = { key, raw };
      t.replaced++;
    }
  }
  if (added.length > 0 || [...tally.values()].some((t) => t.replaced > 0)) changed = true;
  added.sort((a, b) => compareKeys(a.key, b.key));
  const body = sorted ? mergeSorted(lines, added) : [...lines, ...added];
  return { lines: [widen ? `${headerRaw},channel` : headerRaw, ...body.map((l) => l.raw)], changed, tally };
}

const mergeSorted = (a: readonly Line[], b: readonly Line[]): Line[] => {
  const out: Line[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x && (!y || compareKeys(x.key, y.key) <= 0)) {
      out.push(x);
      i++;
    } else if (y) {
      out.push(y);
      j++;
    }
  }
  return out;
};
