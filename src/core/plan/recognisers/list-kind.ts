import { conceptRe, wordsRe } from '../concepts.ts';
import type { QueryPlan } from '../plan-schema.ts';
import type { Reading } from '../reading.ts';

export type ListWhat = Extract<QueryPlan, { op: 'list' }>['what'];

/** What a count of things lists: "how many videos do we have?" lists the videos. */
export const LIST_OF: Partial<Record<string, 'campaigns' | 'assets' | 'channels' | 'markets' | 'languages'>> =
  {
    asset: 'assets',
    campaign: 'campaigns',
    channel: 'channels',
    market: 'markets',
    language: 'languages',
  };

const ASKING = conceptRe('asking');
const METRIC_LIST = conceptRe('metricList');
const HAVE_ANYTHING = conceptRe('haveAnything');
const AVAILABLE = wordsRe('available');

const names = (r: Reading, kinds: string[]) =>
  r.mentions.some((m) => m.refs.some((x) => kinds.includes(x.kind)));

/** The things a question asks to list, if it asks for a list: "which campaigns…", "videos in Swedish". */
export function listKind(r: Reading, status: string | undefined): ListWhat | undefined {
  // "videos in Swedish", "campaigns targeting Italy": a plural noun with a filter asks for a list as well.
  const filtered = r.nounPlural && names(r, ['language', 'market', 'status']);
  const asking = filtered || ASKING.test(r.norm);
  if (METRIC_LIST.test(r.norm) && asking) return 'metrics';
  // "Which countries do we target?", "what languages are we in?": the markets or languages themselves, unless
  // one is named ("videos for the Japanese market" is about content).
  const placeNamed = names(r, ['market', 'language']);
  const thingNamed = names(r, ['asset', 'campaign']);
  if ((r.noun === 'market' || r.noun === 'language') && r.nounPlural && asking && !placeNamed && !thingNamed)
    return r.noun === 'market' ? 'markets' : 'languages';
  // "What did the Māori video get on Facebook?": one named piece of content is not a list of them.
  if (r.noun === 'asset' && !r.nounPlural && thingNamed) return undefined;
  // "Do we have anything in Italian?", "what have we got for Brazil?": content in that language or for there.
  if (r.noun === undefined && placeNamed && HAVE_ANYTHING.test(r.norm)) return 'assets';
  if (r.noun === 'asset' && (asking || AVAILABLE.test(r.norm))) return 'assets';
  if (r.noun === 'channel' || r.noun === 'platform') return asking ? 'channels' : undefined;
  if (r.noun === 'campaign' && asking && !thingNamed) return 'campaigns';
  if (status && (asking || r.tokens.length <= 3) && !thingNamed) return 'campaigns';
  return undefined;
}

const ENDED = conceptRe('campaignEnd');
const STARTED = conceptRe('campaignStart');

/** "ended in 2023" / "started in 2024" / "ran in May": which campaign date a period filters on. */
export function campaignDates(r: Reading): 'start' | 'end' | 'active' {
  if (ENDED.test(r.norm)) return 'end';
  if (STARTED.test(r.norm)) return 'start';
  return 'active';
}
