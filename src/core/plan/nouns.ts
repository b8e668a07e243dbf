import { averageUnit } from './average-phrases.ts';
import type { Mention } from './mentions.ts';
import type { Dimension, TimeDimension } from './plan-schema.ts';
import { TYPE_NOUNS } from './vocabulary.ts';

export type Noun = (typeof TYPE_NOUNS)[string];

export interface Nouns {
  /** The content noun as written ("posts"), for format filters. */
  nounWord?: string;
  /** The kind of thing asked about ("which video…"). */
  noun?: Noun;
  nounPlural: boolean;
  /** The dimension after "by/per". */
  byDimension?: Dimension;
}

/** Days, weeks or months of the period as things to rank or list: "busiest day", "views by month". */
export interface TimeWords {
  unit: TimeDimension;
  by: boolean;
  plural: boolean;
}

/**
 * The kind of thing asked about (the first type noun not taken) and the dimension to break down by (a type noun
 * after "by", "per", "each", "across", "for every", "for all …s").
 */
export function readNouns(
  tokens: readonly string[],
  taken: readonly boolean[],
  mentions: readonly Mention[],
): Nouns {
  const out: Nouns = { nounPlural: false };
  tokens.forEach((t, i) => {
    const kind = TYPE_NOUNS[t];
    if (!kind || taken[i]) return;
    // "Portuguese-language videos", "the Japan market": the noun only qualifies a name just before it.
    const prev = mentions.find((m) => m.end === i);
    if (
      (kind === 'language' || kind === 'market') &&
      prev?.refs.some((x) => x.kind === 'language' || x.kind === 'market')
    )
      return;
    const before = tokens[i - 1] ?? '';
    const before2 = tokens[i - 2] ?? '';
    const plural = t.endsWith('s') && t !== 'series';
    if (
      ['by', 'per', 'each', 'across'].includes(before) ||
      ((before === 'every' || before === 'all') && before2 === 'for' && (plural || before === 'every'))
    ) {
      out.byDimension ??= kind;
      return;
    }
    if (!out.noun) {
      out.noun = kind;
      out.nounWord = t;
      out.nounPlural = t.endsWith('s') && t !== 'series' && t !== 'content';
    }
  });
  return out;
}

const TIME_UNITS: Record<string, TimeDimension> = {
  day: 'day',
  days: 'day',
  date: 'day',
  dates: 'day',
  daily: 'day',
  week: 'week',
  weeks: 'week',
  weekly: 'week',
  month: 'month',
  months: 'month',
  monthly: 'month',
};

/**
 * Days, weeks or months named as things, outside any period phrase ("last week" is taken already): "which
 * day", "by month", "month by month", "each week", "daily views". "Per day", "a day" and "average daily" are
 * rates (average-phrases.ts), not this.
 */
export function timeWords(tokens: readonly string[], taken: readonly boolean[]): TimeWords | undefined {
  if (averageUnit(tokens.join(' ')) !== undefined && !tokens.includes('by')) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    const unit = TIME_UNITS[t];
    if (!unit || taken[i]) continue;
    const before = tokens[i - 1] ?? '';
    if (['per', 'a', 'an', 'one', 'that', 'same'].includes(before)) continue;
    const adjective = t.endsWith('ly');
    const by = adjective || ['by', 'each', 'every'].includes(before) || tokens[i + 1] === 'by';
    return { unit, by, plural: t.endsWith('s') };
  }
  return undefined;
}
