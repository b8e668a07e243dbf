import { conceptRe } from '../concepts.ts';
import type { Slots } from '../slots.ts';
import { listOrAbout } from './list.ts';
import { overviewTarget } from './overview-target.ts';
import { done, type Recogniser } from './recogniser.ts';

const GETTING = conceptRe('getting');
const ABOUT = conceptRe('overview', 'aboutThing');

/** A named thing with no measure asked for: tell about it. "What did it get on Facebook?" asks a figure. */
const asksAbout = (s: Slots): boolean => {
  const entity = overviewTarget(s.refs, s.ctx.dataset);
  const asksFigure =
    s.has(GETTING) ||
    s.first('platform') !== undefined ||
    (entity?.kind !== 'channel' && s.first('channel') !== undefined);
  return (entity !== undefined && !asksFigure) || s.has(ABOUT);
};

/** "How is the spring campaign doing?", "who owns it?", "when did that video come out?": its overview. */
export const aboutThing: Recogniser = {
  name: 'about-thing',
  matches: (s) => listOrAbout(s) && asksAbout(s),
  build: (s) => {
    const entity = overviewTarget(s.refs, s.ctx.dataset);
    return done(s, { op: 'overview', kind: entity?.kind ?? 'organization', id: entity?.id, period: s.whole });
  },
};
