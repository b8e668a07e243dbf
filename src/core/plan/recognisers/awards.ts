import type { Dataset } from '../../model/dataset.ts';
import { conceptRe } from '../concepts.ts';
import { normalize } from '../normalize.ts';
import { done, type Recogniser } from './recogniser.ts';

const AWARD = conceptRe('award');
const ITSELF = conceptRe('itself');

/** "Which awards have we won?", "what did that video win?": the awards, of one subject when one is named. */
export const awards: Recogniser = {
  name: 'awards',
  matches: (s) => s.has(AWARD),
  build: (s) => {
    const subject = s.first('asset') ?? s.first('campaign');
    const ownOnly = !subject && s.has(ITSELF);
    const levels = awardLevels(s.ctx.dataset, s.r.norm);
    return done(s, {
      op: 'list',
      what: 'awards',
      filter: {
        subject,
        ...(ownOnly ? { ownOnly } : {}),
        ...(levels.length ? { levels } : {}),
        ...(s.period ? { period: s.period } : {}),
      },
    });
  },
};

/**
 * "Any national-level awards?", "national and regional awards": the levels the data uses that the question
 * names, as whole words ("national" is not "international").
 */
function awardLevels(ds: Dataset, norm: string): string[] {
  const words = ` ${norm} `;
  const levels = ds.catalog.awards.map((a) => a.level).filter((l): l is string => l !== undefined);
  return [...new Set(levels)].filter((l) => words.includes(` ${normalize(l)} `));
}
