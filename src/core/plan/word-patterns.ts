import { alternation, type ConceptWord, conceptAlt, conceptRe } from './concepts.ts';

// Patterns over the concepts that more than one rule tests.

/** A stock over a period is its level at the end, unless the question asks what changed: "gained", "lost". */
export const STOCK_CHANGE = conceptRe('rising', 'falling', 'gaining', 'losing', 'changing');

/**
 * A flow that "grew" or "dropped" is compared with the period before. Gains and losses are not: "new videos"
 * and "net views" are not changes of views.
 */
export const FLOW_GROWTH = conceptRe('rising', 'falling', 'changing');

/** "Which campaign grew the most vs last month": a ranking by the change from the period before. */
export const MOVED = conceptRe('rising', 'falling');

export const FALLING = conceptRe('falling');

/** "Which channel lost the most followers?": the largest loss is the most negative change. */
export const LOSSES = conceptRe('losing', 'falling');

const GOT = conceptAlt('getting');
const GAIN = alternation(['gain', 'gained'] satisfies ConceptWord[]);
/** "How many followers did we get more this month?": a gain, unless it compares with something ("than"). */
export const MORE_GAINED = new RegExp(
  `\\b(?:${GOT}|${GAIN}) more\\b|\\b${conceptAlt('howMany')} more\\b(?!.*\\bthan\\b).*\\b(?:${GOT}|${GAIN})\\b`,
);

export const SUPERLATIVE = conceptRe('descending', 'ascending');
export const ASCENDING = conceptRe('ascending');
