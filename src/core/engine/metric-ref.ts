import type { Metric } from '../model/types.ts';
import type { MetricRef } from './result.ts';

export const metricRef = (m: Metric): MetricRef => ({
  id: m.id,
  label: m.label,
  kind: m.kind,
  unit: m.unit,
  ...(m.better ? { better: m.better } : {}),
});
