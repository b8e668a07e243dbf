import type { Dataset } from '../model/dataset.ts';
import type { Channel, Metric } from '../model/types.ts';
import { currentBeforeBaseline } from './baseline-period.ts';
import { conceptRe, wordsRe } from './concepts.ts';
import { formatFilter } from './format-filter.ts';
import type { Ref } from './lexicon.ts';
import { marketsFromNationalities } from './nationality-markets.ts';
import { allTime } from './period-math.ts';
import type { Period, Scope } from './plan-schema.ts';
import type { Reading } from './reading.ts';
import type { PlanContext } from './rule-planner.ts';
import { buildScope, comparableScopes, withoutDimension } from './scopes.ts';
import { soleContent } from './sole-content.ts';
import { topCount } from './top-count.ts';
import { FLOW_GROWTH, MORE_GAINED, STOCK_CHANGE, SUPERLATIVE } from './word-patterns.ts';

/** What a question says, read once for every recogniser: its measure, things, period and telling words. */
export interface Slots {
  readonly r: Reading;
  readonly ctx: PlanContext;
  /** The things of one kind named, in the order named (each mention's first reading of that kind). */
  readonly refs: (kind: Ref['kind']) => Ref[];
  readonly first: (kind: Ref['kind']) => string | undefined;
  /** Whether the question (normalized) has words of the pattern. */
  readonly has: (re: RegExp) => boolean;
  /** The measure named, else the data's first flow: undefined only for data without metrics. */
  readonly metric: Metric | undefined;
  readonly explicitMetric: boolean;
  readonly period: Period | undefined;
  /** The period named, else all time. */
  readonly whole: Period;
  /** A campaign, a piece of content or an account is named. */
  readonly entityMentioned: boolean;
  readonly scope: Scope;
  /** The content format a noun names ("podcasts"), when it separates some content from the rest. */
  readonly format: string[] | undefined;
  /** Every word was understood. */
  readonly confident: boolean;
  /** A stock asked for what changed over the period ("gained", "grew"), not its level at the end. */
  readonly change: boolean;
  /** "most", "lowest", "rank": a ranking is asked for. */
  readonly superlative: boolean;
  /** The length of the ranking asked for ("top 5"). */
  readonly topN: number | undefined;
  /** "our two YouTube channels": the accounts of the one platform named, when the question is about accounts. */
  readonly platformChannels: Channel[];
  /** "vs", "compared with", "week over week". */
  readonly compareWords: boolean;
  /** A flow asked how it grew or fell: compared with the period before. */
  readonly flowGrowth: boolean;
  /** The things to set side by side: two or more named, or the platform's accounts. */
  readonly subjects: Scope[];
}

const COMPARISON = conceptRe('comparison');
const COMBINED = conceptRe('combined');
const SIDE_BY_SIDE = conceptRe('sideBySide');
const CONJUNCTION = conceptRe('conjunction');
const RANK_VERB = conceptRe('rankVerb');
const AUDIENCE_MOVES = wordsRe('gain', 'gained', 'gains', 'lost', 'lose', 'loses', 'losing', 'shed', 'sheds');

/** Reads the slots of a question. The data refines the reading first (a nationality that names a market…). */
export function slotsOf(r: Reading, ctx: PlanContext): Slots {
  const ds = ctx.dataset;
  marketsFromNationalities(r, ctx.lexicon);
  soleContent(r, ds);
  const refs = (kind: Ref['kind']) =>
    r.mentions.flatMap((m) => m.refs.filter((x) => x.kind === kind).slice(0, 1));
  const first = (kind: Ref['kind']) => refs(kind)[0]?.id;
  // Recognisers ask the same patterns of the same text again and again: each is tested once (a global or
  // sticky one keeps state between tests, so it is tested each time).
  const tested = new Map<RegExp, boolean>();
  const has = (re: RegExp) => {
    if (re.global || re.sticky) return re.test(r.norm);
    let yes = tested.get(re);
    if (yes === undefined) {
      yes = re.test(r.norm);
      tested.set(re, yes);
    }
    return yes;
  };
  const metricIds = refs('metric').map((x) => x.id);
  // "How many did Facebook gain last month?": with no measure named, what an account gains or loses is audience.
  const audience = ds.catalog.metrics.find((m) => m.kind === 'stock');
  const metric =
    metricIds.length === 0 && audience && has(AUDIENCE_MOVES) ? audience : pickMetric(ds, metricIds);
  currentBeforeBaseline(r, ctx.now);
  const period = r.periods[0];
  const scope = buildScope(refs);
  // A content noun beside a named piece ("The Tiles of Marrowgate (the film)") describes it; it filters nothing.
  const format = first('asset') ? undefined : formatFilter(r, ds);
  if (format) scope.format = format;
  const platformChannels =
    r.noun === 'channel' && scope.platform && !scope.channel
      ? ds.catalog.channels.filter((c) => c.platform === scope.platform)
      : [];
  const compareWords = has(COMPARISON);
  return {
    r,
    ctx,
    refs,
    first,
    has,
    metric,
    explicitMetric: metricIds.length > 0,
    period,
    whole: period ?? allTime(ds.firstDay, ctx.now),
    entityMentioned: r.mentions.some((m) =>
      m.refs.some((x) => ['campaign', 'asset', 'channel'].includes(x.kind)),
    ),
    scope,
    format,
    confident: r.unknown.length === 0,
    change: metric?.kind === 'stock' && (has(STOCK_CHANGE) || has(MORE_GAINED)),
    superlative: has(SUPERLATIVE) || has(RANK_VERB),
    topN: topCount(r),
    platformChannels,
    compareWords,
    flowGrowth: metric?.kind === 'flow' && has(FLOW_GROWTH),
    subjects: subjectsOf(r, scope, platformChannels, compareWords),
  };
}

/** The metric named first that the data has; else the first flow, else the first metric. */
function pickMetric(ds: Dataset, ids: string[]): Metric | undefined {
  for (const id of ids) {
    const m = ds.metrics.get(id);
    if (m) return m;
  }
  return ds.catalog.metrics.find((m) => m.kind === 'flow') ?? ds.catalog.metrics[0];
}

function subjectsOf(r: Reading, scope: Scope, platformChannels: Channel[], compareWords: boolean): Scope[] {
  const has = (re: RegExp) => re.test(r.norm);
  // "Compare our two YouTube channels": its channels side by side; "both accounts combined" is one figure.
  const together = has(COMBINED);
  const sideBySide = compareWords || has(SIDE_BY_SIDE);
  return sideBySide &&
    !together &&
    platformChannels.length >= 2 &&
    platformChannels.length <= 6 &&
    r.nounPlural
    ? platformChannels.map((c) => ({ ...withoutDimension(scope, 'platform'), channel: c.id }))
    : comparableScopes(r.mentions, scope, sideBySide || has(CONJUNCTION));
}
