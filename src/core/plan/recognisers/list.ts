import { conceptAlt, conceptRe, wordsRe } from '../concepts.ts';
import { makePeriod, wholeCalendar } from '../period-math.ts';
import type { ListFilter } from '../plan-schema.ts';
import type { Slots } from '../slots.ts';
import { campaignDates, LIST_OF, type ListWhat, listKind } from './list-kind.ts';
import { done, type Recogniser } from './recogniser.ts';

const HOW_MANY = wordsRe('how many');
const FIGURE = conceptRe('howMany', 'sum');
const SOON = conceptRe('soon');

/** "How many videos do we have?"; also "how many video we have", the noun right after "how many/much". */
const countsThings = (s: Slots): boolean =>
  s.r.noun !== undefined &&
  LIST_OF[s.r.noun] !== undefined &&
  ((s.has(HOW_MANY) && s.r.nounPlural) ||
    s.has(new RegExp(`\\b${conceptAlt('howMany')} ${s.r.nounWord ?? ''}\\b`)));

/** No measure named, and no figure asked for ("how many", "total") unless it counts things. */
export const listOrAbout = (s: Slots): boolean => !s.explicitMetric && (countsThings(s) || !s.has(FIGURE));

/**
 * Lists: "which campaigns target Japan", "videos available in French", "what is planned next", and counts of
 * things ("how many videos do we have?").
 */
export const list: Recogniser<ListWhat> = {
  name: 'list',
  matches: (s) =>
    listOrAbout(s) &&
    (countsThings(s)
      ? LIST_OF[s.r.noun ?? 'asset']
      : listKind(s.r, s.first('status') as ListFilter['status'])),
  build: (s, what) => {
    const { period, first } = s;
    const filter: ListFilter = {
      status: first('status') as ListFilter['status'],
      market: first('market'),
      language: first('language'),
      platform: first('platform'),
      // Content, markets and languages can be those of one campaign.
      campaign:
        what === 'assets' || what === 'markets' || what === 'languages' ? first('campaign') : undefined,
      format: what === 'assets' ? s.format : undefined,
      ...(what === 'campaigns' && period ? { period: wholeCalendar(period), dates: campaignDates(s.r) } : {}),
      // "Any campaigns ending soon?", "starting soon": the next 30 days.
      ...(what === 'campaigns' && !period && s.has(SOON)
        ? {
            period: makePeriod('range', s.ctx.now, s.ctx.now + 30, 'the next 30 days'),
            dates: campaignDates(s.r),
          }
        : {}),
    };
    return done(s, {
      op: 'list',
      what,
      filter: Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)),
    });
  },
};
