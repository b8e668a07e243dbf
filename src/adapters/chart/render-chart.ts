import { Resvg } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { barSpec } from './bar-spec.ts';
import type { Chart } from './chart.ts';
import { lineSpec } from './line-spec.ts';

export interface RenderOptions {
  /** Load the machine's fonts for text (default true); false draws lines and axes only. */
  systemFonts?: boolean;
}

export const chartSpec = (chart: Chart): TopLevelSpec =>
  chart.kind === 'line' ? lineSpec(chart) : barSpec(chart);

/** The chart as SVG, drawn by a headless Vega view (no browser, no canvas). */
export async function chartSvg(chart: Chart): Promise<string> {
  const view = new View(parse(compile(chartSpec(chart)).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * A chart as a PNG: Vega-Lite → Vega → SVG → resvg at 2× for sharp text in Slack. Deterministic for the same
 * chart, so callers may cache by content.
 */
export async function renderChart(chart: Chart, options: RenderOptions = {}): Promise<Buffer> {
  return new Resvg(await chartSvg(chart), {
    background: 'white',
    fitTo: { mode: 'zoom', value: 2 },
    font: {
      loadSystemFonts: options.systemFonts ?? true,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
  })
    .render()
    .asPng();
}
