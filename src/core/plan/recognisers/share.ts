import type { Metric } from '../../model/types.ts';
import { conceptRe } from '../concepts.ts';
import type { Ref } from '../lexicon.ts';
import type { Dimension } from '../plan-schema.ts';
import { withoutDimension } from '../scopes.ts';
import { done, type Recogniser } from './recogniser.ts';

const SHARE = conceptRe('share');
const KINDS: [Ref['kind'], Dimension][] = [
  ['platform', 'platform'],
  ['channel', 'channel'],
  ['asset', 'asset'],
  ['campaign', 'campaign'],
  ['language', 'language'],
  ['market', 'market'],
];

/** "What share of views came from YouTube?": the breakdown along the named thing's kind, with percentages. */
export const share: Recogniser<{ metric: Metric; along: Dimension }> = {
  name: 'share',
  matches: (s) => {
    if (!s.metric || !s.has(SHARE)) return undefined;
    // "by video" says the dimension; otherwise the kind of the most specific thing named.
    const along = s.r.byDimension ?? KINDS.find(([kind]) => s.first(kind) !== undefined)?.[1];
    return along && { metric: s.metric, along };
  },
  build: (s, { metric, along }) => {
    const base = withoutDimension(s.scope, along);
    // "What share of Trail Tested's likes came from The 50K Shoe Test?": the campaign is the whole.
    const campaign = s.first('campaign');
    if (along === 'asset' && campaign) base.campaign = campaign;
    return done(s, {
      op: 'breakdown',
      metric: metric.id,
      dimension: along,
      scope: base,
      period: s.whole,
      change: s.change,
    });
  },
};
