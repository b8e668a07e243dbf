import type { Coverage, MetricRef } from '../engine/result.ts';
import type { Dimension, Period } from '../plan/plan-schema.ts';
import { spell } from './coverage-text.ts';
import { escapeMrkdwn as esc } from './escape.ts';
import { formatWithUnit } from './format.ts';

// The small phrases every answer builds its sentences from: a figure with its unit, a period, a dimension.

/** How a figure is named: "views", "watch hours"; with a unit the label lacks, "minutes of watch time". */
export const unit = (m: MetricRef): string => {
  const label = m.label.toLowerCase();
  const u = m.unit?.trim().toLowerCase();
  if (!u || label.includes(u) || u.includes(label)) return label;
  // A currency or code unit (EUR, USD, kg) reads after the label; a word unit (minutes) before it.
  return u.length <= 3 ? `${label} (${m.unit?.trim()})` : `${u} of ${label}`;
};
export const fig = (n: number, m: MetricRef): string => `*${formatWithUnit(n, unit(m))}*`;
export const when = (p: Period, c?: Coverage): string => {
  if (p.kind === 'all') return `to date (through ${spell(c?.through ?? p.to)})`;
  // "last week", "since May 1", "yesterday" read on their own; "May 2024" and "Q1 2024" take "in".
  if (/^(last|this|since|today|yesterday)\b/i.test(p.label)) return esc(p.label);
  return p.from === p.to ? `on ${esc(p.label)}` : `in ${esc(p.label)}`;
};

export const DIMENSION_WORDS: Record<Dimension, [string, string]> = {
  campaign: ['campaign', 'campaigns'],
  asset: ['video', 'videos'],
  channel: ['channel', 'channels'],
  platform: ['platform', 'platforms'],
  language: ['language', 'languages'],
  market: ['market', 'markets'],
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
};

export function periodNote(p: Period | undefined): string {
  if (!p) return '';
  return p.from === p.to ? `period: ${p.from}` : `period: ${p.from} → ${p.to}`;
}

/** Averages of a few a day keep a decimal; larger ones are whole, as counts are. */
export const roundAverage = (n: number): number =>
  Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 10) / 10;
