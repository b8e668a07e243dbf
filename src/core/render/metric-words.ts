import type { MetricRef } from '../engine/result.ts';

/** How a figure is named: "views", "watch hours"; with a unit the label lacks, "minutes of watch time". */
export const unit = (m: MetricRef): string => {
  const label = m.label.toLowerCase();
  const u = m.unit?.trim().toLowerCase();
  if (!u || label.includes(u) || u.includes(label)) return label;
  // A currency or code unit (EUR, USD, kg) reads after the label; a word unit (minutes) before it.
  return u.length <= 3 ? `${label} (${m.unit?.trim()})` : `${u} of ${label}`;
};

/** Averages of a few a day keep a decimal; larger ones are whole, as counts are. */
export const roundAverage = (n: number): number =>
  Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 10) / 10;
