import type { Metric } from '../model/types.ts';
import type { ExportColumn, Measure } from './export-table.ts';

// An export column fills a metric only when one metric is called by the column's name (its id, label or an
// alias, case and spacing aside) and is of a kind that can hold the column's figures. Anything else is reported,
// never guessed.

export type ColumnMapping = { metric: Metric } | { reason: string };

const norm = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[_‐-―-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** `likes` and `like` name the same measure. */
const withSingular = (forms: Iterable<string>): Set<string> => {
  const out = new Set<string>();
  for (const f of forms) {
    out.add(f);
    if (/[a-z]{3}s$/.test(f)) out.add(f.slice(0, -1));
  }
  return out;
};

/**
 * The names a column answers to: as written, without its unit in brackets, and with the unit standing in for
 * the last word (`Watch time (hours)` → `watch time (hours)`, `watch time`, `watch hours`).
 */
function columnForms(name: string): Set<string> {
  const n = norm(name);
  const forms = [n];
  const m = /^(.*?)\s*\(([^)]*)\)$/.exec(n);
  if (m?.[1]) {
    const [, base, unit = ''] = m;
    forms.push(base);
    const words = base.split(' ');
    if (words.length > 1 && /^[\p{L} ]+$/u.test(unit)) forms.push([...words.slice(0, -1), unit].join(' '));
  }
  return withSingular(forms);
}

const metricForms = (m: Metric): Set<string> => withSingular([m.id, m.label, ...m.aliases].map(norm));

/** A metric that holds a rate: its unit or its name says percent or rate. */
const isRate = (m: Metric): boolean =>
  /%|percent|rate|ratio/i.test(m.unit ?? '') ||
  /(^| )(rate|ctr|ratio|%)( |$)/.test(norm(`${m.id} ${m.label}`));

/** A total is kept in a stock called for it: `lifetime views`, `total views`, `views (lifetime)`. */
const totalForms = (forms: Set<string>): Set<string> => {
  const out = new Set<string>();
  for (const f of forms)
    for (const t of [
      `lifetime ${f}`,
      `total ${f}`,
      `${f} lifetime`,
      `${f} total`,
      `${f} (lifetime)`,
      `${f} (total)`,
    ])
      out.add(t);
  return out;
};

const named = (metrics: readonly Metric[], forms: Set<string>): Metric[] =>
  metrics.filter((m) => [...metricForms(m)].some((f) => forms.has(f)));

const WHAT: Record<Measure, string> = {
  amount: 'daily amounts',
  level: 'levels on each day',
  total: 'lifetime or range totals',
  percent: 'percentages',
  given: 'figures',
};

/** Why `metric` cannot hold the column's figures, or undefined when it can. */
function misfit(measure: Measure, metric: Metric): string | undefined {
  if (measure === 'given') return undefined;
  const what = `holds ${WHAT[measure]}, and metric "${metric.id}"`;
  if (measure === 'percent')
    return isRate(metric) ? undefined : `${what} is not a rate (give it a unit "%" to hold percentages)`;
  if (isRate(metric)) return `${what} is a rate: only percentages fill it`;
  if (measure === 'amount' && metric.kind !== 'flow') return `${what} is a stock`;
  if (measure === 'level' && metric.kind !== 'stock') return `${what} is a flow`;
  if (measure === 'total' && metric.kind !== 'stock')
    return `${what} is a flow: a total is never spread over days (to keep it, add a stock metric such as "lifetime ${metric.label.toLowerCase()}")`;
  return undefined;
}

/** The metric a column fills, or why it fills none. */
export function mapColumn(column: ExportColumn, metrics: readonly Metric[]): ColumnMapping {
  if (column.metric !== undefined) {
    const metric = metrics.find((m) => m.id === column.metric);
    if (!metric) return { reason: `the mapping names metric "${column.metric}", which the data file lacks` };
    const why = column.measure === 'percent' || isRate(metric) ? misfit(column.measure, metric) : undefined;
    return why ? { reason: why } : { metric };
  }
  const forms = new Set(column.names.flatMap((n) => [...columnForms(n)]));
  // A total first looks for a stock named for totals, so `Views` totals never land in a `views` flow.
  const found = [
    ...(column.measure === 'total' ? [named(metrics, totalForms(forms))] : []),
    named(metrics, forms),
  ].find((list) => list.length > 0);
  if (!found)
    return { reason: 'no metric is called that (add it, or an alias, to the data file to import it)' };
  if (found.length > 1)
    return { reason: `several metrics are called that (${found.map((m) => m.id).join(', ')})` };
  const [metric] = found as [Metric];
  const why = misfit(column.measure, metric);
  return why ? { reason: why } : { metric };
}
