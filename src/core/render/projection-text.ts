import type { GoalItem } from '../engine/result.ts';
import { dayOf, rangeLabel } from '../plan/period-math.ts';
import { spell } from './coverage-text.ts';
import { roundAverage, unit } from './figure-words.ts';
import { formatDeltaWithUnit, formatExact, formatWithUnit } from './format.ts';

// A goal's projection in words. It always says the pace it rests on and that it is a projection: the figure at
// the goal date does not exist yet, and must never read like one that does.

/** "Projection at the pace of the last 28 days (…): on track — …. A projection, not a figure." */
export function projectionSentence(g: GoalItem): string | undefined {
  const p = g.projection;
  if (!p) return undefined;
  const u = unit(g.metric);
  const { pace } = p;
  const span = pace.days === 28 ? 'the last 28 days' : `the ${pace.days} days since the campaign began`;
  const moved =
    g.metric.kind === 'stock' ? formatDeltaWithUnit(pace.value, u) : formatWithUnit(pace.value, u);
  const lead = `Projection at the pace of ${span} of data (${rangeLabel(dayOf(pace.from), dayOf(pace.to))}: ${moved}, ${formatExact(roundAverage(pace.perDay))} a day)`;
  const target = formatExact(g.target);
  const never = 'at this pace the target would not be reached';
  let verdict: string;
  if (g.by === undefined || p.projected === undefined) {
    verdict = p.reachedOn ? `the ${target} target would be reached on ${spell(p.reachedOn)}` : never;
  } else {
    // Whole units; a projection of 4,999,999.6 is short of 5,000,000, and reads so.
    const rounded = Math.round(p.projected);
    const at = !p.onTrack && rounded >= g.target ? Math.floor(p.projected) : rounded;
    verdict = p.onTrack
      ? `*on track* — ${formatWithUnit(at, u)} by ${spell(g.by)} (target ${target})${p.reachedOn ? `, reached on ${spell(p.reachedOn)}` : ''}`
      : `⚠️ *behind* — ${formatWithUnit(at, u)} by ${spell(g.by)}, ${formatExact(g.target - at)} short of ${target}; ${p.reachedOn ? `at this pace the target would be reached on ${spell(p.reachedOn)}` : never}`;
  }
  return `${lead}: ${verdict}. _A projection, not a figure._`;
}

/** A goal projected short of its target by its date: the ones a digest should lead with. */
export const atRisk = (g: GoalItem): boolean => g.projection?.onTrack === false;
