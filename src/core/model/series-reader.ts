import type { Day } from './dates.ts';

/**
 * What the engine reads of one time series (subject × channel × metric). Every figure goes through these few
 * questions, so a series may live in memory (`Series`) or in a database that answers them with SQL.
 */
export interface SeriesReader {
  readonly subject: string;
  /** The channel id, or '' for a row without one. */
  readonly channel: string;
  readonly metric: string;
  /** First and last day with a row; undefined when the series has none. */
  readonly first: Day | undefined;
  readonly last: Day | undefined;
  /** How many rows the series holds. */
  readonly rows: number;
  /** Sum of rows dated in [from, to]. */
  sum(from: Day, to: Day): number;
  /** Number of rows dated in [from, to]. */
  count(from: Day, to: Day): number;
  /** The latest level on or before `day`, or undefined when none. */
  at(day: Day): number | undefined;
  /** The day of the level `at(day)` reads. */
  dayAt(day: Day): Day | undefined;
}
