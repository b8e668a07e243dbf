import type { GoalItem, ListResult, MetricRef, RankedResult, Result } from '../engine/result.ts';
import { isTimeDimension } from '../engine/time-buckets.ts';
import type { Period } from '../plan/plan-schema.ts';
import { DIMENSION_WORDS } from './figure-words.ts';

// An answer's figures as a plain table: exact numbers (never the short form), dates as ISO days, shares as
// ratios. The CSV download and the answer charts both read it, so they always agree with each other.

/** How a column's cells read: charts pick a category (`text` or `date`) and a `number` column from these. */
export type ColumnType = 'text' | 'date' | 'number' | 'ratio';

export interface Column {
  name: string;
  type: ColumnType;
}

export type Cell = string | number | null;

export interface ResultTable {
  /** A file name stem: "views-by-channel". */
  name: string;
  columns: Column[];
  rows: Cell[][];
}

const text = (name: string): Column => ({ name, type: 'text' });
const date = (name: string): Column => ({ name, type: 'date' });
const num = (name: string): Column => ({ name, type: 'number' });
const ratio = (name: string): Column => ({ name, type: 'ratio' });

/** Several values in one cell ("KR; JP"): a CSV cell holds one string. */
const joined = (values: readonly string[] | undefined): string => (values ?? []).join('; ');
const opt = <T>(value: T | undefined): T | null => value ?? null;

/** "Views by channel" → "views-by-channel": a file name anyone's machine accepts. */
const slug = (words: string): string =>
  words
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'pulse';

const metricColumn = (m: MetricRef, change: boolean): Column => num(change ? `${m.label} gained` : m.label);

function rankedTable(r: RankedResult): ResultTable {
  const [one] = DIMENSION_WORDS[r.dimension];
  const name = slug(`${r.metric.label} by ${one} ${r.period.from} ${r.period.to}`);
  if (isTimeDimension(r.dimension)) {
    // The bucket's first day identifies it; a cut first or last bucket starts or ends with the period.
    return {
      name,
      columns: [date(`${one === 'day' ? 'day' : `${one} starting`}`), metricColumn(r.metric, r.change)],
      rows: r.items.map((i) => [i.key, i.value]),
    };
  }
  if (r.versus) {
    return {
      name,
      columns: [
        text(one),
        text('id'),
        num(`${r.metric.label} change`),
        num(`${r.metric.label} ${r.period.from} to ${r.period.to}`),
        num(`${r.metric.label} ${r.versus.from} to ${r.versus.to}`),
      ],
      rows: r.items.map((i) => [i.label, i.key, i.value, opt(i.current), opt(i.previous)]),
    };
  }
  return {
    name,
    columns: [text(one), text('id'), metricColumn(r.metric, r.change), ratio('share')],
    rows: r.items.map((i) => [i.label, i.key, i.value, opt(i.share)]),
  };
}

const periodCells = (p: Period): Cell[] => [p.from, p.to];

function goalTable(items: GoalItem[]): ResultTable {
  return {
    name: 'goals',
    columns: [
      text('campaign'),
      text('campaign id'),
      text('metric'),
      num('target'),
      date('by'),
      date('counted through'),
      num('value'),
      ratio('progress'),
    ],
    rows: items.map((g) => [
      g.campaign,
      g.campaignId,
      g.metric.label,
      g.target,
      opt(g.by),
      g.through,
      g.value,
      g.progress,
    ]),
  };
}

function listTable(r: ListResult): ResultTable {
  const name = slug(r.what);
  switch (r.what) {
    case 'campaigns':
      return {
        name,
        columns: [
          text('id'),
          text('name'),
          text('status'),
          date('start'),
          date('end'),
          text('markets'),
          text('languages'),
          text('owner'),
        ],
        rows: r.items.map((c) => [
          c.id,
          c.name,
          c.status,
          c.start,
          opt(c.end),
          joined(c.markets),
          joined(c.languages),
          opt(c.owner),
        ]),
      };
    case 'assets':
      return {
        name,
        columns: [
          text('id'),
          text('title'),
          text('campaign'),
          text('language'),
          text('languages'),
          text('format'),
          date('published'),
        ],
        rows: r.items.map((a) => [
          a.id,
          a.title,
          a.campaign,
          opt(a.language),
          joined(a.languages),
          opt(a.format),
          opt(a.published),
        ]),
      };
    case 'channels':
      return {
        name,
        columns: [text('id'), text('handle'), text('platform'), text('name')],
        rows: r.items.map((c) => [c.id, c.handle, c.platform, opt(c.name)]),
      };
    case 'awards':
      return {
        name,
        columns: [text('award'), text('event'), date('date'), text('level'), text('for')],
        rows: r.items.map((a) => [a.name, opt(a.event), opt(a.date), opt(a.level), opt(a.subjectName)]),
      };
    case 'rankings':
      return {
        name,
        columns: [text('index'), text('publisher'), num('year'), num('rank'), text('tier'), text('note')],
        rows: r.items.map((k) => [k.index, opt(k.publisher), k.year, opt(k.rank), opt(k.tier), opt(k.note)]),
      };
    case 'metrics':
      return {
        name,
        columns: [text('id'), text('label'), text('kind'), text('unit')],
        rows: r.items.map((m) => [m.id, m.label, m.kind, opt(m.unit)]),
      };
    case 'markets':
    case 'languages':
      return {
        name,
        columns: [text('code'), text('name'), text('campaigns'), text('videos')],
        rows: r.items.map((x) => [x.code, x.name, joined(x.campaigns), joined(x.assets)]),
      };
  }
}

/**
 * The figures of a result as a table, or undefined when it has none (help, an empty list). Every number is the
 * engine's own, unrounded.
 */
export function resultTable(result: Result): ResultTable | undefined {
  const table = tableOf(result);
  return table && table.rows.length > 0 ? table : undefined;
}

function tableOf(result: Result): ResultTable | undefined {
  switch (result.op) {
    case 'value': {
      const columns = [text('subject'), date('from'), date('to'), metricColumn(result.metric, result.change)];
      const row: Cell[] = [result.subject, ...periodCells(result.period), result.value];
      if (result.average) {
        columns.push(num(`average per ${result.average.per}`));
        row.push(result.average.value);
      }
      return {
        name: slug(`${result.metric.label} ${result.period.from} ${result.period.to}`),
        columns,
        rows: result.hasData ? [row] : [],
      };
    }
    case 'compare':
      return {
        name: slug(`${result.metric.label} compared`),
        columns: [text('subject'), date('from'), date('to'), metricColumn(result.metric, result.change)],
        rows: result.items.map((i) => [i.subject, ...periodCells(i.period), i.value]),
      };
    case 'top':
    case 'breakdown':
      return rankedTable(result);
    case 'goal':
      return goalTable(result.items);
    case 'list':
      return listTable(result);
    case 'overview':
      return {
        name: slug(`${result.name} ${result.period.from} ${result.period.to}`),
        columns: [text('metric'), date('from'), date('to'), num('value')],
        rows: result.figures.map((f) => [f.metric.label, ...periodCells(result.period), f.value]),
      };
    case 'help':
      return undefined;
  }
}

/** A cell a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1-…") is read as text instead. */
const FORMULA = /^[=+\-@\t\r]/;

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const safe = FORMULA.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV: a header line, then one line per row, CRLF line ends, fields quoted only when they must be. */
export function tableToCsv(table: ResultTable): string {
  const lines = [table.columns.map((c) => c.name), ...table.rows].map((row) => row.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
