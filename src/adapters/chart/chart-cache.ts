import { createHash } from 'node:crypto';
import type { Chart } from './chart.ts';
import { renderChart } from './render-chart.ts';

export type ChartRenderer = (chart: Chart) => Promise<Buffer>;

/**
 * Renders each distinct chart once: many subscriptions share the same figures, and a render costs tens of ms.
 * In-flight renders are shared too, so a burst of due digests renders a chart once.
 */
export function cachedChartRenderer(render: ChartRenderer = renderChart, maxEntries = 64): ChartRenderer {
  const cache = new Map<string, Promise<Buffer>>();
  return (chart) => {
    const key = createHash('sha1').update(JSON.stringify(chart)).digest('hex');
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const made = render(chart);
    cache.set(key, made);
    made.catch(() => cache.delete(key));
    while (cache.size > maxEntries) {
      const oldest = cache.keys().next().value;
      if (oldest === undefined) break;
      cache.delete(oldest);
    }
    return made;
  };
}
