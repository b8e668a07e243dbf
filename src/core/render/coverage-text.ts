import type { Coverage, LevelDates } from '../engine/result.ts';
import { parseDay, spellDay } from '../model/dates.ts';

// How the data's reach is said, the same way in every answer: a cut period names the last day of data and how
// much of the period it covers; a period with none yet names that day instead of a figure.

/** An ISO day spelled for people; anything else as it is. */
export const spell = (iso: string): string => {
  const d = parseDay(iso);
  return d === undefined ? iso : spellDay(d);
};

const days = (n: number): string => `${n} ${n === 1 ? 'day' : 'days'}`;

/** "Data through June 27, 2024: 4 of 7 days." */
export const cutSentence = (c: Coverage): string =>
  `Data through ${spell(c.through)}: ${c.covered} of ${days(c.days)}.`;

/** "the data runs through June 27, 2024" */
export const reachPhrase = (c: Coverage): string => `the data runs through ${spell(c.through)}`;

/** "as of June 24, 2024", or for levels of different dates "as of June 17 – June 24, 2024 (latest values)". */
export function asOfPhrase(asked: string, dates: LevelDates | undefined): string {
  if (!dates) return `as of ${spell(asked)}`;
  if (dates.from === dates.to) return `as of ${spell(dates.to)}`;
  return `as of ${spell(dates.from)} – ${spell(dates.to)} (latest values)`;
}
