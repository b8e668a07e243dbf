import type { RankedResult, Result } from '../../core/engine/result.ts';
import { isTimeDimension } from '../../core/engine/time-buckets.ts';
import type { Period } from '../../core/plan/plan-schema.ts';
import { DIMENSION_WORDS } from '../../core/render/figure-words.ts';
import { type ResultTable, resultTable } from '../../core/render/result-table.ts';
import type { Chart } from './chart.ts';

/** "last week (2024-05-27 to 2024-06-02)": the period as the answer says it, and its days unless it says them. */
export function periodLine(p: Pick<Period, 'label' | 'from' | 'to'>): string {
  if (/\b\d{4}\b/.test(p.label)) return p.label;
  return p.from === p.to ? `${p.label} (${p.from})` : `${p.label} (${p.from} to ${p.to})`;
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function titleOf(r: RankedResult): string {
  const [one, many] = DIMENSION_WORDS[r.dimension];
  const measure = r.versus ? `change in ${r.metric.label.toLowerCase()}` : r.metric.label.toLowerCase();
  const what =
    r.op === 'top'
      ? `${r.order === 'asc' ? 'Bottom' : 'Top'} ${r.items.length} ${many} by ${measure}`
      : `${r.metric.label} by ${one}`;
  return r.subject ? `${what} — ${r.subject}` : what;
}

/** The table's category column (a date or a name) and its first figure column. */
function columnsOf(table: ResultTable): { category: number; value: number } | undefined {
  const category = table.columns.findIndex((c) => c.type === 'date' || c.type === 'text');
  const value = table.columns.findIndex((c) => c.type === 'number');
  return category < 0 || value < 0 ? undefined : { category, value };
}

/**
 * The chart for an answer, drawn from the same table as its CSV: a line over time for a breakdown by day, week
 * or month, bars for any other breakdown or ranking. None for a single figure, or when every figure is 0.
 */
export function answerChart(result: Result): Chart | undefined {
  if (result.op !== 'top' && result.op !== 'breakdown') return undefined;
  const table = resultTable(result);
  const cols = table && columnsOf(table);
  if (!table || !cols || table.rows.length < 2) return undefined;
  const rows = table.rows.map((row) => ({
    category: String(row[cols.category] ?? ''),
    value: Number(row[cols.value] ?? 0),
  }));
  if (rows.every((r) => r.value === 0)) return undefined;
  const title = titleOf(result);
  const through = result.coverage ? ` (data through ${result.coverage.through})` : '';
  const subtitle = `${result.versus ? `${periodLine(result.period)} vs ${periodLine(result.versus)}` : periodLine(result.period)}${through}`;
  const measure = table.columns[cols.value]?.name ?? result.metric.label;
  const time = isTimeDimension(result.dimension) ? result.dimension : undefined;
  if (time && result.op === 'breakdown') {
    // The engine marks the buckets cut short by the period, today or the end of the data.
    const partial = new Set(result.items.filter((i) => i.partial).map((i) => i.key));
    return {
      kind: 'line',
      title,
      subtitle,
      unit: time,
      xTitle: capitalised(table.columns[cols.category]?.name ?? time),
      yTitle: measure,
      points: rows.map((r) => ({
        x: r.category,
        series: result.subject,
        value: r.value,
        ...(partial.has(r.category) ? { partial: true } : {}),
      })),
    };
  }
  // A ranking of weeks or days names them by their label ("week of May 6, 2024"), as the answer does.
  const labels = time ? result.items.map((i) => i.label) : rows.map((r) => r.category);
  return {
    kind: 'bar',
    title,
    subtitle,
    xTitle: measure,
    bars: rows.map((r, i) => ({ label: labels[i] ?? r.category, value: r.value })),
  };
}
