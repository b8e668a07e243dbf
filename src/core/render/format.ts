// Figures as people read them: exact with separators first, then a short form; percentages with one decimal.

const exact = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

export const formatExact = (n: number): string => exact.format(n);

/** "185,897 (185.9K)"; below 10,000 the short form adds nothing and is left out. */
export function formatFigure(n: number): string {
  const e = exact.format(n);
  return Math.abs(n) >= 10_000 ? `${e} (${compact.format(n)})` : e;
}

/** A figure with its unit: "185,897 views (185.9K)". */
export function formatWithUnit(n: number, unit: string): string {
  const e = exact.format(n);
  return Math.abs(n) >= 10_000 ? `${e} ${unit} (${compact.format(n)})` : `${e} ${unit}`;
}

export const formatPercent = (ratio: number): string => `${(ratio * 100).toFixed(1)}%`;

export function formatGrowth(ratio: number | undefined): string {
  if (ratio === undefined) return 'n/a (no base to compare)';
  const pct = (ratio * 100).toFixed(1);
  return `${ratio > 0 ? '+' : ''}${pct === '-0.0' ? '0.0' : pct}%`;
}

export function formatDelta(n: number): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${exact.format(Math.abs(n))}`;
}
