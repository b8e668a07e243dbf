import type { DigestResult } from '../../core/digest/digest-types.ts';
import { periodLine } from './answer-chart.ts';
import type { LineChart } from './chart.ts';

/**
 * The digest's chart: weekly figures per campaign over the last weeks, the digest's own period shaded, so the
 * week the text talks about is the one the eye finds first.
 */
export function digestChart(result: DigestResult): LineChart | undefined {
  if (result.chart.length === 0) return undefined;
  const metric = result.metric.label.toLowerCase();
  const weeks = new Set(result.chart.map((p) => p.week)).size;
  const period = result.period;
  return {
    kind: 'line',
    title: `Weekly ${metric} per campaign — ${result.organization}`,
    subtitle: `The last ${weeks} weeks; shaded: ${periodLine(period)}${result.coverage ? ` (data through ${result.coverage.through})` : ''}`,
    unit: 'week',
    xTitle: 'Week starting',
    yTitle: result.metric.label,
    points: result.chart.map((p) => ({
      x: p.week,
      series: p.campaign,
      value: p.value,
      ...(p.partial ? { partial: true } : {}),
    })),
    highlight: { from: period.from, to: period.to, label: period.label },
  };
}
