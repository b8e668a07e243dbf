import { Cron } from 'croner';
import { ScheduleError } from '../../core/errors.ts';

const HOUR_MS = 3_600_000;

/**
 * One subscription's slots: the instants its cron expression names in its own zone. croner does the calendar
 * and DST work (a time skipped by spring-forward runs once just after the gap; a repeated hour runs once).
 */
export class SlotSchedule {
  readonly #cron: Cron;
  // Every subscription on the same schedule asks about the same minute: remember the last answer to each
  // question (a croner lookup costs ~0.2 ms, times thousands of subscriptions).
  #latest: [number, Date | undefined] = [Number.NaN, undefined];
  #next: [number, Date | undefined] = [Number.NaN, undefined];

  constructor(expression: string, timezone: string) {
    try {
      // 5-part only: slots fall on whole minutes, which the minute heartbeat sees exactly.
      this.#cron = new Cron(expression, { timezone, paused: true, mode: '5-part' });
      this.#cron.nextRun(new Date(0));
    } catch (error) {
      const why = error instanceof Error ? error.message.replace(/^[A-Za-z]+: /, '').split('. ')[0] : '';
      throw new ScheduleError(
        `\`${expression}\` is not a schedule this bot can run (${why}). Use five fields: minute hour day-of-month month day-of-week, e.g. \`0 9 * * 1\`.`,
      );
    }
  }

  /** The latest slot at or before `at`. */
  latestAtOrBefore(at: Date): Date | undefined {
    const t = at.getTime();
    // previousRuns excludes the reference instant itself; a reference 1 ms later includes a slot exactly at `at`.
    if (this.#latest[0] !== t) this.#latest = [t, this.#cron.previousRuns(1, new Date(t + 1))[0]];
    return this.#latest[1];
  }

  /** The first slot strictly after `at`. */
  nextAfter(at: Date): Date | undefined {
    const t = at.getTime();
    if (this.#next[0] !== t) this.#next = [t, this.#cron.nextRun(new Date(t)) ?? undefined];
    return this.#next[1];
  }

  /** Slots in (from, to], oldest first (for tests and previews). */
  between(from: Date, to: Date, max = 1000): Date[] {
    const out: Date[] = [];
    for (let t = this.nextAfter(from); t && t <= to && out.length < max; t = this.nextAfter(t)) out.push(t);
    return out;
  }
}

/**
 * One SlotSchedule per (expression, zone): building a croner job costs ~1 ms and ~80 KB, and thousands of
 * subscriptions usually share a handful of schedules.
 */
export class SlotScheduleCache {
  readonly #byKey = new Map<string, SlotSchedule>();

  get(expression: string, timezone: string): SlotSchedule {
    const key = `${timezone} ${expression}`;
    let schedule = this.#byKey.get(key);
    if (!schedule) {
      schedule = new SlotSchedule(expression, timezone);
      this.#byKey.set(key, schedule);
    }
    return schedule;
  }
}

/** Refuses expressions that never fire or fire more than once an hour (a digest every minute is spam). */
export function checkSchedule(expression: string, timezone: string, from: Date): SlotSchedule {
  const schedule = new SlotSchedule(expression, timezone);
  const runs = [schedule.nextAfter(from)];
  for (let i = 0; i < 24; i++) {
    const last = runs[runs.length - 1];
    runs.push(last ? schedule.nextAfter(last) : undefined);
  }
  const first = runs[0];
  if (!first)
    throw new ScheduleError(`\`${expression}\` never fires. Use e.g. \`0 9 * * 1\` (Mondays at 09:00).`);
  for (let i = 1; i < runs.length; i++) {
    const a = runs[i - 1];
    const b = runs[i];
    if (a && b && b.getTime() - a.getTime() < HOUR_MS) {
      throw new ScheduleError(
        `\`${expression}\` fires more than once an hour; digests can be at most hourly.`,
      );
    }
  }
  return schedule;
}
