import type { AverageUnit } from './plan-schema.ts';

// "Average daily views", "views per day in May", "mean weekly plays", "how many likes a month on average":
// a flow spread over the period's days, weeks or months. "Per video" and other per-thing averages are not
// this: they are breakdowns.

const AVERAGE = /\b(average|averages|averaged|avg|mean)\b/;
const UNITS: [RegExp, AverageUnit][] = [
  [/\b(daily|per day|a day)\b/, 'day'],
  [/\b(weekly|per week|a week)\b(?! ago)/, 'week'],
  [/\b(monthly|per month|a month)\b(?! ago)/, 'month'],
];
/** A unit on its own asks for an average only in these forms ("views per day", "likes a week"). */
const RATE = /\b(per|a) (day|week|month)\b(?! ago)/;

/** The unit of the average the question asks for, if it asks for one (normalized, lower-case text). */
export function averageUnit(norm: string): AverageUnit | undefined {
  const named = UNITS.filter(([re]) => re.test(norm)).map(([re, unit]) => ({
    unit,
    at: norm.search(re),
  }));
  named.sort((a, b) => a.at - b.at);
  const unit = named[0]?.unit;
  if (AVERAGE.test(norm)) return unit ?? 'day';
  return RATE.test(norm) ? unit : undefined;
}
