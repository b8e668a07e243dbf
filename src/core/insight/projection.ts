import type { Day } from '../model/dates.ts';

// Where a goal's figure goes if it keeps the recent pace: the pace is a straight line through the last days of
// data, so the projection is exact arithmetic on stated figures — and still a projection, never a figure.

export interface PaceInput {
  /** The figure counted so far, through `end`. */
  value: number;
  target: number;
  /** The last day counted: the data-through date. */
  end: Day;
  /** The goal's date; undefined for a goal with none. */
  by?: Day;
  /** What the figure did over the pace window, and how many days that window held. */
  paceValue: number;
  paceDays: number;
}

export interface ProjectedGoal {
  perDay: number;
  /** The figure at the goal's date at this pace (goals with a date). */
  projected?: number;
  /** The first day the target is met at this pace; undefined when the pace never gets there. */
  reachedOn?: Day;
  /** The projection meets the target by the goal's date; undefined for a goal with none. */
  onTrack?: boolean;
}

/** Projects a goal at a constant daily pace from `end`. */
export function projectGoal(p: PaceInput): ProjectedGoal {
  const perDay = p.paceDays > 0 ? p.paceValue / p.paceDays : 0;
  const left = p.target - p.value;
  // Whole days: the target is met at the end of the first day whose running figure reaches it.
  // Multiplying before dividing keeps whole figures exact ((10 × 3) / 10, not 10 / 3.33…).
  const reachedOn =
    left <= 0 ? p.end : perDay > 0 ? p.end + Math.ceil((left * p.paceDays) / p.paceValue) : undefined;
  if (p.by === undefined) return { perDay, ...(reachedOn === undefined ? {} : { reachedOn }) };
  const ahead = Math.max(0, p.by - p.end);
  const projected = p.value + (p.paceDays > 0 ? (p.paceValue * ahead) / p.paceDays : 0);
  return {
    perDay,
    projected,
    ...(reachedOn === undefined ? {} : { reachedOn }),
    onTrack: projected >= p.target,
  };
}
