import { projectGoal } from '../insight/projection.ts';
import type { TaggedSeries } from '../model/dataset.ts';
import { type Day, formatDay } from '../model/dates.ts';
import type { Metric } from '../model/types.ts';
import { measure } from './measure.ts';
import type { GoalProjection } from './result.ts';

/** The pace is what the last four whole weeks of data did: long enough to smooth a week, short enough to be now. */
export const PACE_DAYS = 28;
/** Fewer days than a week of data since the campaign began is too little to project from. */
const MIN_PACE_DAYS = 7;

export interface GoalState {
  start: Day;
  target: number;
  by?: Day;
  /** The last day counted and the figure counted to it. */
  through: Day;
  value: number;
}

/**
 * A goal's projection from the last day of data to its date. None for a goal already reached, nor for one whose
 * date the data already covers: that is a result.
 */
export function goalProjection(
  metric: Metric,
  list: readonly TaggedSeries[],
  g: GoalState,
): GoalProjection | undefined {
  if (g.value >= g.target || (g.by !== undefined && g.through >= g.by)) return undefined;
  const from = Math.max(g.start, g.through - PACE_DAYS + 1);
  const days = g.through - from + 1;
  if (days < MIN_PACE_DAYS) return undefined;
  // A stock's pace is what it gained over the window; a flow's, what it summed.
  const paceValue = measure(metric, list, from, g.through, metric.kind === 'stock').value;
  const p = projectGoal({
    value: g.value,
    target: g.target,
    end: g.through,
    by: g.by,
    paceValue,
    paceDays: days,
  });
  return {
    pace: { from: formatDay(from), to: formatDay(g.through), days, value: paceValue, perDay: p.perDay },
    ...(p.projected === undefined ? {} : { projected: p.projected }),
    ...(p.reachedOn === undefined ? {} : { reachedOn: formatDay(p.reachedOn) }),
    ...(p.onTrack === undefined ? {} : { onTrack: p.onTrack }),
  };
}
