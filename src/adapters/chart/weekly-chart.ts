import { Resvg } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { parseDay } from '../../core/model/dates.ts';
import { formatMonthDay } from '../../core/render/format.ts';

export interface WeeklyPoint {
  /** ISO day the week starts on. */
  week: string;
  campaign: string;
  value: number;
}

export interface ChartOptions {
  title?: string;
  metricLabel?: string;
  width?: number;
  height?: number;
  /** Load the machine's fonts for text (default true); false draws lines and axes only. */
  systemFonts?: boolean;
}

// DejaVu ships with most Linux images (fonts-dejavu-core); resvg falls back to any system sans-serif, and the
// lines, bars and axes draw even when the machine has no font at all.
const FONT = 'DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif';

/** `2024-05-06` → `May 6`, as answers write a day (in UTC, so no machine time zone can shift it). */
const weekLabel = (iso: string): string => {
  const day = parseDay(iso);
  return day === undefined ? iso : formatMonthDay(day);
};

function weeklySpec(points: readonly WeeklyPoint[], options: ChartOptions): TopLevelSpec {
  const metric = options.metricLabel ?? 'Views';
  const weeks = [...new Set(points.map((p) => p.week))].sort();
  const campaigns = new Set(points.map((p) => p.campaign)).size;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: options.title ?? `Weekly ${metric.toLowerCase()} per campaign`,
    width: options.width ?? 640,
    height: options.height ?? 300,
    background: 'white',
    padding: 16,
    data: { values: points.map((p) => ({ ...p, label: weekLabel(p.week) })) },
    mark: { type: 'line', point: true, strokeWidth: 2.5 },
    encoding: {
      x: {
        field: 'label',
        type: 'ordinal',
        sort: weeks.map(weekLabel),
        title: 'Week starting',
        axis: { labelAngle: 0 },
      },
      y: { field: 'value', type: 'quantitative', title: metric, axis: { format: '~s' } },
      color: {
        field: 'campaign',
        type: 'nominal',
        title: 'Campaign',
        legend: { orient: 'bottom', columns: campaigns > 4 ? 2 : 1, labelLimit: 420 },
      },
    },
    config: { font: FONT, view: { stroke: null } },
  };
}

/**
 * Weekly figures per campaign as a PNG, with no browser: Vega-Lite → Vega → SVG (headless view) → resvg.
 * Deterministic for the same points, so callers may cache by content.
 */
export async function renderWeeklyChart(
  points: readonly WeeklyPoint[],
  options: ChartOptions = {},
): Promise<Buffer> {
  const vegaSpec = compile(weeklySpec(points, options)).spec;
  const view = new View(parse(vegaSpec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    const png = new Resvg(svg, {
      background: 'white',
      fitTo: { mode: 'zoom', value: 2 },
      font: {
        loadSystemFonts: options.systemFonts ?? true,
        defaultFontFamily: 'DejaVu Sans',
        sansSerifFamily: 'DejaVu Sans',
      },
    }).render();
    return png.asPng();
  } finally {
    view.finalize();
  }
}
