// What an answer or a digest asks to be drawn, before any Vega-Lite: plain figures, ISO days, words.

/** One point of a line: `x` is the ISO day a day, week or month starts on. */
export interface LinePoint {
  x: string;
  series: string;
  value: number;
  /** A day, week or month cut short by the period: drawn hollow, on a dashed line, so its dip is not news. */
  partial?: boolean;
}

export interface LineChart {
  kind: 'line';
  title: string;
  subtitle?: string;
  /** What the x values are: the first day of each day, week or month. */
  unit: 'day' | 'week' | 'month';
  xTitle: string;
  yTitle: string;
  points: LinePoint[];
  /** Points to shade, as a day range (inclusive): the digest's own week or month. */
  highlight?: { from: string; to: string; label: string };
}

export interface BarChart {
  kind: 'bar';
  title: string;
  subtitle?: string;
  xTitle: string;
  /** Drawn top to bottom in this order. */
  bars: { label: string; value: number }[];
}

export type Chart = LineChart | BarChart;

/** A drawn chart, ready to upload. */
export interface ChartImage {
  png: Buffer;
  filename: string;
  title: string;
  altText: string;
}

/** "Views by week — Chengdu" → "views-by-week-chengdu.png". */
export function chartFilename(chart: Chart): string {
  const stem = chart.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${stem || 'chart'}.png`;
}

/** What a screen reader says instead of the picture. */
export function chartAltText(chart: Chart): string {
  if (chart.kind === 'bar') return `Bar chart: ${chart.title}, ${chart.bars.length} bars`;
  const series = new Set(chart.points.map((p) => p.series)).size;
  return `Line chart: ${chart.title}${series > 1 ? `, ${series} lines` : ''}`;
}
