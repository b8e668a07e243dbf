import type { TopLevelSpec } from 'vega-lite';
import type { BarChart } from './chart.ts';
import { CHART_CONFIG, chartTitle } from './chart-style.ts';
import { SHORT_FIGURE_EXPR } from './short-figure.ts';

/**
 * Horizontal bars, in the order given (the answer's ranking), each labelled with its figure in the short form;
 * long names are cut on the axis, never dropped.
 */
export function barSpec(chart: BarChart): TopLevelSpec {
  // Bars are keyed by their label, so two items of the same name get told apart rather than drawn as one.
  const seen = new Map<string, number>();
  const values = chart.bars.map((b) => {
    const n = (seen.get(b.label) ?? 0) + 1;
    seen.set(b.label, n);
    return { ...b, label: n === 1 ? b.label : `${b.label} (${n})` };
  });
  const high = Math.max(0, ...values.map((b) => b.value));
  const low = Math.min(0, ...values.map((b) => b.value));
  const span = high - low || 1;
  const y = {
    field: 'label',
    type: 'nominal' as const,
    sort: null,
    title: null,
    axis: { labelLimit: 420, ticks: false },
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: chartTitle(chart.title, chart.subtitle),
    background: 'white',
    padding: 16,
    config: CHART_CONFIG,
    width: 520,
    height: { step: values.length > 12 ? 20 : 28 },
    data: { values },
    transform: [{ calculate: 'shortFigure(datum.value)', as: 'short' }],
    encoding: {
      y,
      x: {
        field: 'value',
        type: 'quantitative',
        title: chart.xTitle,
        // Room past the longest bars (either way) for their figures; none on a side with no bars.
        // A figure takes about a seventh of the plot's width.
        scale: { domainMin: low < 0 ? low - 0.15 * span : 0, domainMax: high > 0 ? high + 0.15 * span : 0 },
        axis: { labelExpr: SHORT_FIGURE_EXPR, tickCount: 5 },
      },
    },
    layer: [
      { mark: { type: 'bar', color: '#4c78a8', cornerRadiusEnd: 2 } },
      {
        // Each figure just past its bar's end: right of a gain, left of a loss.
        mark: {
          type: 'text',
          align: { expr: "datum.value < 0 ? 'right' : 'left'" },
          dx: { expr: 'datum.value < 0 ? -4 : 4' },
          fontSize: 11,
        },
        encoding: { text: { field: 'short', type: 'nominal' } },
      },
    ],
  };
}
