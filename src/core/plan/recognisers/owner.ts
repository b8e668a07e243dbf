import type { ListFilter } from '../plan-schema.ts';
import { STOCK_CHANGE } from '../word-patterns.ts';
import { done, type Recogniser } from './recogniser.ts';

/** A person: "which campaigns does Aroha Ngata look after?"; with a measure, their campaigns side by side. */
export const owner: Recogniser<string> = {
  name: 'owner',
  matches: (s) => s.first('owner'),
  build: (s, owner) => {
    const theirs = s.ctx.dataset.catalog.campaigns.filter((c) => c.owner === owner);
    const metric = s.metric;
    if (s.explicitMetric && metric && theirs.length > 0 && theirs.length <= 6) {
      const scopes = theirs.map((c) => ({ campaign: c.id }));
      const gained = metric.kind === 'stock' && s.has(STOCK_CHANGE);
      return scopes.length === 1
        ? done(s, { op: 'value', metric: metric.id, scope: scopes[0] ?? {}, period: s.whole, change: gained })
        : done(s, { op: 'compare', metric: metric.id, scopes, period: s.whole, change: gained });
    }
    const status = s.first('status') as ListFilter['status'];
    return done(s, { op: 'list', what: 'campaigns', filter: { owner, ...(status ? { status } : {}) } });
  },
};
