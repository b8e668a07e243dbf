import type { Concentration, Coverage, MetricRef } from '../engine/result.ts';
import type { Period } from '../plan/plan-schema.ts';
import { escapeMrkdwn as esc } from './escape.ts';
import { DIMENSION_WORDS, unit, when } from './figure-words.ts';
import { formatExact, formatPercent } from './format.ts';

/** "72.3% of views last week (…) came from one video: *Neon Bridges* (221,400 of 306,191)." */
export function concentrationText(
  list: readonly Concentration[] | undefined,
  m: MetricRef,
  p: Period,
  c?: Coverage,
): string[] {
  return (list ?? []).map((k) => {
    const [one] = DIMENSION_WORDS[k.dimension];
    const part = `*${esc(k.label)}* (${formatExact(k.value)} of ${formatExact(k.total)})`;
    return m.kind === 'stock'
      ? `${formatPercent(k.share)} of the ${unit(m)} are with one ${one}: ${part}.`
      : `${formatPercent(k.share)} of ${unit(m)} ${when(p, c)} came from one ${one}: ${part}.`;
  });
}
