import type { Dataset, TaggedSeries } from '../model/dataset.ts';
import { type Day, formatDay } from '../model/dates.ts';
import { dayOf, makePeriod, rangeLabel } from '../plan/period-math.ts';
import type { Period } from '../plan/plan-schema.ts';
import type { Coverage, LevelDates } from './result.ts';

// The contract's "data coverage" rules in one place: figures arrive late, so a period may reach past the last day
// of data. Such a period is counted up to that day and said to be cut; one that starts after it has no figure;
// and a comparison counts the same number of days from the start of each period.

/** The days of a period that are counted, and how they relate to the data's reach. */
export interface Counted {
  from: Day;
  /** Last day counted; before `from` when nothing is (a future period, or one with no data yet). */
  to: Day;
  /** Days the period has up to today. */
  days: number;
  /** The data ends inside the period: it is counted to `through` only. */
  cut: boolean;
  /** The period starts after the data's last day: no figure. */
  noData: boolean;
  through: Day | undefined;
}

/** How far a metric's figures reach today: the file's last day for it, or today when the file runs past it. */
export const reach = (ds: Dataset, metric: string, now: Day): Day | undefined => {
  const through = ds.dataThrough(metric);
  return through === undefined ? undefined : Math.min(through, now);
};

export function countedDays(period: Period, now: Day, through: Day | undefined): Counted {
  const from = dayOf(period.from);
  const end = Math.min(dayOf(period.to), now);
  const days = Math.max(0, end - from + 1);
  if (through === undefined || from > through)
    return { from, to: from - 1, days, cut: false, noData: days > 0, through };
  return { from, to: Math.min(end, through), days, cut: end > through, noData: false, through };
}

/** The period a cut one is compared with: the same number of days from its own start ("Mon–Wed" → "Mon–Wed"). */
export function likeForLike(previous: Period, current: Counted): Period {
  if (!current.cut) return previous;
  const from = dayOf(previous.from);
  const to = Math.min(dayOf(previous.to), from + (current.to - current.from));
  const n = to - from + 1;
  return makePeriod(
    previous.kind,
    from,
    to,
    `the same ${n} ${n === 1 ? 'day' : 'days'} of ${bareLabel(previous)} (${rangeLabel(from, to)})`,
  );
}

/** "the week before (Jun 17 – Jun 23, 2024)" → "the week before": the dates are given again, cut. */
const bareLabel = (p: Period): string =>
  p.label.replace(/\s*\([^)]*\)\s*$/, '').replace(/^the same days of /, '');

/** What a result says about its period's coverage; undefined when the data covers all of it. */
export function coverageNote(c: Counted): Coverage | undefined {
  if (c.through === undefined || (!c.cut && !c.noData)) return undefined;
  return { through: formatDay(c.through), covered: Math.max(0, c.to - c.from + 1), days: c.days };
}

/** The dates of the levels read at `day` across series, when any is not `day` itself (weekly snapshots, lag). */
export function levelDates(list: readonly TaggedSeries[], day: Day): LevelDates | undefined {
  let first: Day | undefined;
  let last: Day | undefined;
  for (const t of list) {
    const d = t.series.dayAt(day);
    if (d === undefined) continue;
    if (first === undefined || d < first) first = d;
    if (last === undefined || d > last) last = d;
  }
  if (first === undefined || last === undefined || (first === day && last === day)) return undefined;
  return { from: formatDay(first), to: formatDay(last) };
}
