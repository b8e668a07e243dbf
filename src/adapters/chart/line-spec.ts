import type { TopLevelSpec } from 'vega-lite';
import type { LineChart } from './chart.ts';
import { CHART_CONFIG, chartTitle } from './chart-style.ts';
import { SHORT_FIGURE_EXPR } from './short-figure.ts';

/** When the largest line peaks this many times higher than the smallest, the smallest would draw flat on 0. */
export const DWARF_RATIO = 20;

const DAY_MS = 86_400_000;
const LABEL_FORMAT: Record<LineChart['unit'], string> = { day: '%b %-d', week: '%b %-d', month: '%b %Y' };

/** Each line's peak; true when one dwarfs another (lines that are all zero are flat at any scale). */
export function dwarfs(points: LineChart['points']): boolean {
  const peaks = new Map<string, number>();
  for (const p of points) peaks.set(p.series, Math.max(peaks.get(p.series) ?? 0, Math.abs(p.value)));
  const positive = [...peaks.values()].filter((v) => v > 0);
  return positive.length > 1 && Math.max(...positive) > DWARF_RATIO * Math.min(...positive);
}

/** The points whose day, week or month (up to the next point) overlaps the highlighted range. */
function highlighted(
  xs: string[],
  times: number[],
  step: number,
  range: LineChart['highlight'],
): Set<string> {
  const out = new Set<string>();
  if (!range) return out;
  const from = Date.parse(range.from);
  const to = Date.parse(range.to);
  xs.forEach((x, i) => {
    const start = times[i] ?? 0;
    const end = (times[i + 1] ?? start + step) - DAY_MS;
    if (start <= to && end >= from) out.add(x);
  });
  return out;
}

/**
 * Lines over time, one per series: the x axis is UTC days (so no machine time zone moves a week), labelled at
 * each point; the y axis in the answers' short form. Lines of very different size get a panel each, with its
 * own scale, instead of one line drawn flat on zero. A highlighted range is shaded, half a step either side of
 * its points.
 */
export function lineSpec(chart: LineChart): TopLevelSpec {
  const xs = [...new Set(chart.points.map((p) => p.x))].sort();
  const series = [...new Set(chart.points.map((p) => p.series))];
  const panels = dwarfs(chart.points);
  const times = xs.map((x) => Date.parse(x));
  const step = times.length > 1 ? Math.min(...times.slice(1).map((t, i) => t - (times[i] ?? t))) : 7 * DAY_MS;
  const shadedXs = highlighted(xs, times, step, chart.highlight);
  const values = chart.points.map((p) => {
    const t = Date.parse(p.x);
    // One shaded band per panel (or one in all): marked on one series' points only, unless each has a panel.
    const shaded = shadedXs.has(p.x) && (panels || p.series === series[0]);
    return { ...p, t, shaded, bandFrom: t - step / 2, bandTo: t + step / 2 };
  });
  const x = {
    field: 't',
    type: 'temporal' as const,
    title: chart.xTitle,
    scale: { type: 'utc' as const, padding: 14 },
    axis: {
      values: times,
      format: LABEL_FORMAT[chart.unit],
      labelAngle: 0,
      labelOverlap: 'parity' as const,
      grid: false,
    },
  };
  const y = {
    field: 'value',
    type: 'quantitative' as const,
    // Panels each have their own scale; the chart's subtitle names the measure once.
    title: panels ? null : chart.yTitle,
    axis: { labelExpr: SHORT_FIGURE_EXPR, tickCount: panels ? 3 : 6 },
  };
  const several = series.length > 1;
  const color = several
    ? {
        field: 'series',
        type: 'nominal' as const,
        title: null,
        sort: series,
        legend: panels
          ? null
          : { orient: 'bottom' as const, columns: series.length > 4 ? 2 : 1, labelLimit: 640 },
      }
    : { value: '#4c78a8' };
  // A dashed line through every point, solid where the points are whole: a cut first or last bucket reads as
  // unfinished, not as a plunge. Hollow points mark the cut ones.
  const partial = values.some((v) => v.partial);
  const layer = [
    {
      transform: [{ filter: 'datum.shaded' }],
      mark: { type: 'rect' as const, color: '#fde8a6', opacity: 0.7 },
      encoding: { x: { ...x, field: 'bandFrom' }, x2: { field: 'bandTo' } },
    },
    ...(partial
      ? [
          {
            mark: { type: 'line' as const, strokeWidth: 2, strokeDash: [5, 4] },
            encoding: { x, y, color },
          },
        ]
      : []),
    {
      ...(partial ? { transform: [{ filter: '!datum.partial' }] } : {}),
      mark: { type: 'line' as const, strokeWidth: 2.5 },
      encoding: { x, y, color },
    },
    {
      transform: [{ filter: '!datum.partial' }],
      mark: { type: 'point' as const, filled: true, size: 40, opacity: 1 },
      encoding: { x, y, color },
    },
    {
      transform: [{ filter: 'datum.partial' }],
      mark: { type: 'point' as const, filled: false, fill: 'white', size: 40, strokeWidth: 2, opacity: 1 },
      encoding: { x, y, color },
    },
  ];
  const base = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: chartTitle(
      chart.title,
      panels
        ? [chart.subtitle, `${chart.yTitle}: each panel on its own scale`].filter(Boolean).join(' · ')
        : chart.subtitle,
    ),
    background: 'white',
    padding: 16,
    config: CHART_CONFIG,
    data: { values },
  } as const;
  if (!panels) return { ...base, width: 640, height: 300, layer };
  return {
    ...base,
    facet: {
      row: {
        field: 'series',
        type: 'nominal',
        title: null,
        sort: series,
        header: { labelOrient: 'top', labelAnchor: 'start', labelPadding: 4 },
      },
    },
    spec: { width: 640, height: Math.max(70, Math.min(120, 360 / series.length)), layer },
    resolve: { scale: { y: 'independent' } },
  };
}
