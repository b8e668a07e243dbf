import type { Dataset } from '../model/dataset.ts';
import { type Day, dayFromParts, partsOf } from '../model/dates.ts';
import type { Metric } from '../model/types.ts';
import { averageUnit } from './average-phrases.ts';
import type { Lexicon, Ref } from './lexicon.ts';
import { type Mention, suggest } from './mentions.ts';
import { normalize } from './normalize.ts';
import {
  allTime,
  dayOf,
  endOfMonth,
  makePeriod,
  monthLabel,
  previousPeriod,
  wholeCalendar,
} from './period-math.ts';
import { calendarBack, toDate } from './period-phrases.ts';
import type { Dimension, ListFilter, Period, QueryPlan, Scope } from './plan-schema.ts';
import { futureGuard, smallTalk } from './plan-guards.ts';
import { type Reading, read } from './reading.ts';
import { understoodOf } from './understood.ts';
import { DEMONYMS, FORMAT_NOUNS, NUMBER_WORDS, TYPE_NOUNS } from './vocabulary.ts';

export interface PlanContext {
  dataset: Dataset;
  lexicon: Lexicon;
  now: Day;
  /** The thread's previous plan, for follow-ups. */
  previous?: QueryPlan;
}

export interface RulePlan {
  plan: QueryPlan;
  /** False when the rules guessed: a model planner, if configured, gets a chance. */
  confident: boolean;
  /** Words that looked like a name but matched nothing. */
  unknown: string[];
  /** True when the plan continues the thread's previous one. */
  followUp: boolean;
  /** What was understood, in short phrases, for a reply that says what was not. */
  understood: string[];
}

type ListPlan = Extract<QueryPlan, { op: 'list' }>;

const FLOW_CHANGE =
  /\b(grow|grew|grown|growth|gain|gained|gains|increase|increased|add|adds|added|new|lost|lose|loses|losing|shed|sheds|loss|losses|net|change|changed|rise|rose|risen|climb|climbed|jump|jumped|drop|dropped|(pick|picks|picked|picking|go|goes|went|gone) up|(go|goes|went|gone) down)\b/;
/** "How many followers did we get more this month?": a gain, unless it compares with something ("than"). */
const MORE_GAINED =
  /\b(get|got|gets|getting|gained) more\b|\bhow (many|much) more\b(?!.*\bthan\b).*\b(get|got|gets|gain|gained)\b/;
const FOLLOW_UP = /^(and|what about|how about|same for|same but|now|ok|okay|also|then|what if|but)\b/;

/** Reads a question with rules and the data's own lexicon: no model, no network. */
export function planQuestion(question: string, ctx: PlanContext): RulePlan {
  const r = read(question, ctx);
  const understood = understoodOf(r, ctx.dataset);
  const planned = smallTalk(r) ?? futureGuard(planReading(r, ctx), ctx.now);
  return { ...planned, understood };
}

function planReading(r: Reading, ctx: PlanContext): Omit<RulePlan, 'understood'> {
  marketsFromNationalities(r, ctx.lexicon);
  soleContent(r, ctx.dataset);
  const refs = (kind: Ref['kind']) =>
    r.mentions.flatMap((m) => m.refs.filter((x) => x.kind === kind).slice(0, 1));
  const first = (kind: Ref['kind']) => refs(kind)[0]?.id;
  const has = (re: RegExp) => re.test(r.norm);
  const metric = pickMetric(
    ctx.dataset,
    refs('metric').map((x) => x.id),
  );
  const explicitMetric = refs('metric').length > 0;
  // "…grew the most vs last month": the only period named is the baseline; the current one is this month so far
  // (compared, as the contract says, with the same days before).
  const baseline =
    /\b(?:vs|versus|compared (?:to|with)|against|than|over)\s+(?:the\s+)?(?:last|previous|prior)\s+(week|month|quarter|year)\b/.exec(
      r.norm,
    );
  if (baseline?.[1] && r.periods.length === 1) {
    const current = toDate(baseline[1], ctx.now);
    if (current) r.periods.splice(0, 1, current);
  }
  const period = r.periods[0];
  const entityMentioned = r.mentions.some((m) =>
    m.refs.some((x) => ['campaign', 'asset', 'channel'].includes(x.kind)),
  );

  const help = (unknown: string[]): Omit<RulePlan, 'understood'> => ({
    plan: {
      op: 'help',
      unknown,
      suggestions: unknown.flatMap((u) => suggest(u, ctx.lexicon)).slice(0, 5),
    },
    confident: unknown.length === 0,
    unknown,
    followUp: false,
  });

  if (!r.tokens.length || has(/^(help|what can you do|what can i ask|how do i use|commands|usage)\b/))
    return help([]);

  // A name that resolved to nothing is never answered with a figure.
  if (r.names.length > 0) return help(r.names);

  // Follow-ups in a thread: keep the previous plan, change what the new words change.
  const prev = ctx.previous;
  if (prev && (has(FOLLOW_UP) || (!explicitOp(r) && r.tokens.length <= 6))) {
    const merged = mergeFollowUp(prev, r, ctx, refs, metric && explicitMetric ? metric.id : undefined);
    if (merged) return { plan: merged, confident: true, unknown: r.unknown, followUp: true };
  }

  const scope = buildScope(refs);
  // A content noun beside a named piece ("The Tiles of Marrowgate (the film)") describes it; it filters nothing.
  const format = first('asset') ? undefined : formatFilter(r, ctx.dataset);
  if (format) scope.format = format;
  const whole = period ?? allTime(ctx.dataset.firstDay, ctx.now);
  const confident = r.unknown.length === 0;
  const done = (plan: QueryPlan, sure = confident): Omit<RulePlan, 'understood'> => ({
    plan,
    confident: sure,
    unknown: r.unknown,
    followUp: false,
  });

  // "digest now", "weekly report", "monthly summary": the overview of the last whole week (or month) — what a
  // scheduled digest covers; in Slack, `/pulse digest now` gives the digest itself.
  const report = /\b(digest|report|roundup|round up|summary|recap|update)\b/.exec(r.norm);
  if (
    report &&
    !entityMentioned &&
    !explicitMetric &&
    (/\bdigest\b/.test(r.norm) || /\b(weekly|monthly)\b/.test(r.norm))
  ) {
    const unit = /\b(monthly|month)\b/.test(r.norm) ? 'month' : 'week';
    const last = period ?? calendarBack(unit, ctx.now, 1);
    if (last) return done({ op: 'overview', kind: 'organization', period: last });
  }
  // Awards
  if (
    has(
      /\b(award|awards|awarded|prize|prizes|won|win|wins|winning|honou?rs?|recogni[sz]ed|recognition|took home|take home|bagged|scooped)\b/,
    )
  ) {
    const subject = first('asset') ?? first('campaign');
    const ownOnly = !subject && has(/\b(itself|ourselves|as a whole|as an organi[sz]ation|directly)\b/);
    const levels = awardLevels(ctx.dataset, r.norm);
    return done({
      op: 'list',
      what: 'awards',
      filter: {
        subject,
        ...(ownOnly ? { ownOnly } : {}),
        ...(levels.length ? { levels } : {}),
        ...(period ? { period } : {}),
      },
    });
  }
  // Rankings (of the organization in external indexes), not "rank videos by views".
  const rankingRef = first('ranking');
  if (
    rankingRef ||
    (has(/\b(rankings?|ranked|rank|position|placed|tier|index)\b/) &&
      !explicitMetric &&
      r.noun === undefined &&
      !r.byDimension)
  ) {
    return done({
      op: 'list',
      what: 'rankings',
      filter: { index: rankingRef, ...(period ? { period } : {}) },
    });
  }
  // Goals: "tracking against the goal", "progress toward target" — but "campaigns that target Japan" is a list.
  const market = first('market');
  if (
    has(/\b(goals?|tracking|on track|progress|objectives?|kpis?|pace|quota)\b/) ||
    // "Which countries do we target?" asks for markets, not goal progress.
    (has(/\btargets?\b/) && !market && r.noun !== 'market' && r.noun !== 'language')
  ) {
    return done({ op: 'goal', campaign: first('campaign'), metric: explicitMetric ? metric?.id : undefined });
  }
  // A person: "which campaigns does Aroha Ngata look after?"; with a measure, their campaigns side by side.
  const owner = first('owner');
  if (owner) {
    const theirs = ctx.dataset.catalog.campaigns.filter((c) => c.owner === owner);
    if (explicitMetric && metric && theirs.length > 0 && theirs.length <= 6) {
      const scopes = theirs.map((c) => ({ campaign: c.id }));
      const gained = metric.kind === 'stock' && has(FLOW_CHANGE);
      return scopes.length === 1
        ? done({ op: 'value', metric: metric.id, scope: scopes[0] ?? {}, period: whole, change: gained })
        : done({ op: 'compare', metric: metric.id, scopes, period: whole, change: gained });
    }
    const status = first('status') as ListFilter['status'];
    return done({ op: 'list', what: 'campaigns', filter: { owner, ...(status ? { status } : {}) } });
  }
  if (!metric) return help(r.unknown);
  // "How many downloads…" when the data has no such metric: say so, never answer with another metric.
  if (!explicitMetric && r.unknownMetrics.length > 0) {
    const labels = ctx.dataset.catalog.metrics.map((m) => m.label);
    return {
      ...help(r.unknownMetrics),
      plan: { op: 'help', unknown: r.unknownMetrics, suggestions: labels },
    };
  }

  // A stock over a period is its level at the end, unless the question asks what changed ("gained", "grew").
  const change = metric.kind === 'stock' && (has(FLOW_CHANGE) || has(MORE_GAINED));

  // "What share of views came from YouTube?": the breakdown along the named thing's kind, with percentages.
  if (has(/\b(share|percentage|percent|proportion|fraction) of\b|\bwhat percent\b|\bhow much of\b/)) {
    const kinds: [Ref['kind'], Dimension][] = [
      ['platform', 'platform'],
      ['channel', 'channel'],
      ['asset', 'asset'],
      ['campaign', 'campaign'],
      ['language', 'language'],
      ['market', 'market'],
    ];
    // "by video" says the dimension; otherwise the kind of the most specific thing named.
    const along = r.byDimension ?? kinds.find(([kind]) => first(kind) !== undefined)?.[1];
    if (along) {
      const base = withoutDimension(scope, along);
      // "What share of Trail Tested's likes came from The 50K Shoe Test?": the campaign is the whole.
      const campaign = first('campaign');
      if (along === 'asset' && campaign) base.campaign = campaign;
      return done({
        op: 'breakdown',
        metric: metric.id,
        dimension: along,
        scope: base,
        period: whole,
        change,
      });
    }
  }

  // Days, weeks or months of the period: "which month had the most views?", "views by week in May".
  const time = r.time;
  if (time) {
    const ranks =
      has(
        /\b(most|top|best|highest|biggest|strongest|busiest|peak|favou?rite|least|fewest|lowest|worst|weakest|slowest|quietest|bottom)\b/,
      ) && !time.by;
    if (ranks || time.by) {
      const asc = has(/\b(least|fewest|lowest|worst|weakest|slowest|quietest|bottom)\b/);
      const n = topCount(r) ?? (time.plural ? 5 : 1);
      return done(
        ranks
          ? {
              op: 'top',
              metric: metric.id,
              dimension: time.unit,
              n,
              order: asc ? 'asc' : 'desc',
              scope,
              period: whole,
              change,
            }
          : { op: 'breakdown', metric: metric.id, dimension: time.unit, scope, period: whole, change },
      );
    }
  }

  // Comparisons: two subjects, two periods, or a period against the one before.
  const superlative = has(
    /\b(most|top|best|highest|biggest|largest|leading|strongest|greatest|favou?rite|fastest|quickest|least|fewest|lowest|worst|weakest|smallest|slowest|bottom|rank|ranked)\b/,
  );
  // "our two YouTube channels", "which TikTok account": the platform's channels, side by side or ranked.
  const platformChannels =
    r.noun === 'channel' && scope.platform && !scope.channel
      ? ctx.dataset.catalog.channels.filter((c) => c.platform === scope.platform)
      : [];
  const comparative = has(/\b(which|what)\b/) && has(/\b(more|fewer|less|better|higher|lower|bigger)\b/);
  if (platformChannels.length >= 2 && (comparative || superlative)) {
    const asc = has(/\b(fewer|less|lower|least|fewest|lowest|worst|smallest)\b/);
    return done({
      op: 'top',
      metric: metric.id,
      dimension: 'channel',
      n: topCount(r) ?? 1,
      order: asc ? 'asc' : 'desc',
      scope,
      period: whole,
      change,
    });
  }
  const compareWords = has(
    /\b(compare|compared|comparison|versus|vs|against|week before|month before|year before|period before|previous period|prior period|difference|differ|better or worse|than|(week|month|quarter|year) over (week|month|quarter|year)|wow|mom|qoq|yoy)\b/,
  );
  // "Compare our two YouTube channels": its channels side by side; "both accounts combined" is one figure.
  const together = has(/\b(combined|together|altogether|across|total|overall|in all)\b/);
  const sideBySide = compareWords || has(/\b(side by side|separately|one by one|individually)\b/);
  const subjects =
    sideBySide && !together && platformChannels.length >= 2 && platformChannels.length <= 6 && r.nounPlural
      ? platformChannels.map((c) => ({ ...withoutDimension(scope, 'platform'), channel: c.id }))
      : comparableScopes(r.mentions, scope, sideBySide || has(/\b(and|or)\b/));
  const flowGrowth =
    metric.kind === 'flow' &&
    has(
      /\b(growth|grow|grew|change|changed|trend|trending|increase|increased|decrease|decreased|up or down|rise|rose|risen|fall|fell|fallen|drop|dropped|decline|declined|climb|climbed)\b/,
    );
  // "Which channel grew the most?" ranks; it does not compare periods.
  const dimension = r.noun;
  if ((compareWords || flowGrowth || subjects.length >= 2) && !r.byDimension && !(superlative && dimension)) {
    if (subjects.length >= 2) {
      return done({ op: 'compare', metric: metric.id, scopes: subjects, period: whole, change });
    }
    // "How did views change from January to March?": the two months, not the months between them.
    if (r.periods.length === 1 && whole.kind === 'range' && has(/\bfrom\b/)) {
      const ends = monthEnds(whole);
      if (ends) r.periods.splice(0, 1, ends[0], ends[1]);
    }
    const current = r.periods[0] ?? whole;
    const second = r.periods[1];
    // "last 7 days vs previous 7 days" names the same days twice: the second means the period before.
    // "this month compared with last month": the contract compares a month so far with the same days before.
    const sameDays =
      has(/\bsame (days|period|time|dates)\b/) ||
      (current.kind.endsWith('-to-date') &&
        second !== undefined &&
        second.from === previousPeriod(current).from);
    if (second && !sameDays && !(second.from === current.from && second.to === current.to)) {
      // "from Q1 to Q2" and "between Q1 and Q2" move forward in time: the later one is the current period.
      const forward =
        has(/\b(from|between)\b[^?]*\b(to|and|through|until)\b/) && dayOf(second.from) > dayOf(current.from);
      return done({
        op: 'compare',
        metric: metric.id,
        scopes: [scope],
        period: forward ? second : current,
        versus: forward ? current : second,
        change,
      });
    }
    if (period && (compareWords || flowGrowth)) {
      // A named whole previous period ("this week vs last week") is compared on the same days and shown in full.
      const also =
        second &&
        second.from !== previousPeriod(period).to &&
        second.kind === period.kind.replace('-to-date', '')
          ? second
          : undefined;
      return done({
        op: 'compare',
        metric: metric.id,
        scopes: [scope],
        period,
        ...(also ? { also } : {}),
        change,
      });
    }
  }

  // Top N and breakdowns.
  const topN = topCount(r);
  if (superlative && (dimension || r.byDimension)) {
    // "Which channel lost the most followers?": the largest loss is the most negative change.
    const losses = has(/\b(lost|lose|loses|losing|shed|sheds|loss|losses|dropped|declined|fell)\b/);
    // "Which campaign grew the most vs last month?": a flow ranked by its change from the period before.
    const delta =
      metric.kind === 'flow' &&
      period !== undefined &&
      has(
        /\b(grew|grow|grown|growth|increase|increased|rose|rise|risen|improved|climbed|jumped|declined|dropped|fell|decreased)\b/,
      );
    const falls = delta && has(/\b(declined|dropped|fell|decreased)\b/);
    const asc =
      has(/\b(least|fewest|lowest|worst|weakest|smallest|slowest|bottom)\b/) !==
      ((losses && has(FLOW_CHANGE)) || falls);
    const dim = dimension ?? r.byDimension ?? 'asset';
    // "the biggest account": with no measure named, a channel's size is its audience (the first stock metric).
    // …and the one that grew the most, by the audience it gained.
    const audience = ctx.dataset.catalog.metrics.find((m) => m.kind === 'stock');
    const byAudience = !explicitMetric && dim === 'channel' && audience !== undefined;
    const grew = byAudience && has(FLOW_CHANGE);
    const ranked = byAudience && (grew || has(/\b(biggest|largest|smallest)\b/)) ? audience : metric;
    return done({
      op: 'top',
      metric: ranked.id,
      dimension: dim,
      // "Rank our accounts by followers": all of them.
      n: topN ?? (has(/\b(rank|ranked|ranking|order|sort|sorted)\b/) ? 50 : r.nounPlural ? 5 : 1),
      order: asc ? 'asc' : 'desc',
      scope: withoutDimension(scope, dim),
      period: whole,
      change: change || grew,
      ...(delta && ranked.kind === 'flow' ? { delta } : {}),
    });
  }
  // "…altogether, every channel and campaign": one figure over all of them, not a breakdown.
  const oneFigure = has(/\b(altogether|all together|in total|grand total|all in all)\b/);
  // "What's the status of each campaign?", "where do all our campaigns stand?": the campaigns, listed.
  const standing = !explicitMetric && has(/\b(status|statuses|stand|standing|state of play)\b/);
  if (
    standing &&
    (r.byDimension === 'campaign' ||
      (r.noun === 'campaign' && (r.nounPlural || has(/\b(all|each|every)\b/)))) &&
    !entityMentioned
  )
    return done({ op: 'list', what: 'campaigns', filter: {} });
  if (
    !oneFigure &&
    (r.byDimension ||
      // "list every campaign with its owner" is a list; "views for each campaign" a breakdown.
      (has(/\b(breakdown|break down|broken down|split|each|every|per)\b/) &&
        dimension &&
        (explicitMetric || !has(/\b(list|name|names)\b/))))
  ) {
    const dim = r.byDimension ?? dimension ?? 'campaign';
    const mean = has(/\b(average|averages|avg|mean|typical)\b/);
    return done({
      op: 'breakdown',
      metric: metric.id,
      dimension: dim,
      scope: withoutDimension(scope, dim),
      period: whole,
      change,
      ...(mean ? { mean } : {}),
    });
  }
  if (superlative && topN !== undefined) {
    return done({
      op: 'top',
      metric: metric.id,
      dimension: 'asset',
      n: topN,
      order: 'desc',
      scope,
      period: whole,
      change,
    });
  }

  // "Which videos did we publish in May?": content by its publication date.
  if (
    !explicitMetric &&
    has(
      /\b(publish|published|release|released|launch|launched|post|posted|came out|went live|go live|goes live)\b/,
    ) &&
    // "…that hasn't launched yet", "in the pipeline": a campaign's status, not content by its date.
    !first('status') &&
    !has(/\b(not|hasn t|haven t|isn t|aren t|yet to)\b/) &&
    (r.noun === 'asset' || r.noun === undefined) &&
    !overviewTarget(refs)
  ) {
    const filter: ListFilter = {
      campaign: first('campaign'),
      language: first('language'),
      platform: first('platform'),
      period,
      format,
    };
    return done({
      op: 'list',
      what: 'assets',
      filter: Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)),
    });
  }

  // Lists: "which campaigns target Japan", "videos available in French", "what is planned next", and counts
  // of things ("how many videos do we have?").
  const status = first('status') as ListFilter['status'];
  // "How many videos do we have?"; also "how many video we have", the noun right after "how many/much".
  const countsThings =
    r.noun !== undefined &&
    LIST_OF[r.noun] !== undefined &&
    ((has(/\bhow many\b/) && r.nounPlural) || has(new RegExp(`\\bhow (many|much) ${r.nounWord ?? ''}\\b`)));
  if (!explicitMetric && (countsThings || !has(/\b(how many|how much|total|sum)\b/))) {
    const what = countsThings ? LIST_OF[r.noun ?? 'asset'] : listKind(r, status);
    if (what) {
      const language = first('language');
      const filter: ListFilter = {
        status,
        market,
        language,
        platform: first('platform'),
        // Content, markets and languages can be those of one campaign.
        campaign:
          what === 'assets' || what === 'markets' || what === 'languages' ? first('campaign') : undefined,
        format: what === 'assets' ? format : undefined,
        ...(what === 'campaigns' && period ? { period: wholeCalendar(period), dates: campaignDates(r) } : {}),
        // "Any campaigns ending soon?", "starting soon": the next 30 days.
        ...(what === 'campaigns' && !period && has(/\b(soon|shortly|coming weeks|next few weeks)\b/)
          ? {
              period: makePeriod('range', ctx.now, ctx.now + 30, 'the next 30 days'),
              dates: campaignDates(r),
            }
          : {}),
      };
      return done({
        op: 'list',
        what,
        filter: Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)),
      });
    }
    // A named thing with no measure asked for: tell about it. "What did it get on Facebook?" asks a figure.
    const entity = overviewTarget(refs, ctx.dataset);
    const asksFigure =
      has(/\b(get|got|gets|earn|earned|earns|receive|received|pull|pulled|rack up|racked up)\b/) ||
      first('platform') !== undefined ||
      (entity?.kind !== 'channel' && first('channel') !== undefined);
    if (
      (entity && !asksFigure) ||
      has(
        /\b(summary|summari[sz]e|overview|status|tell me about|how is|how are|doing|details|who owns|owner|when|what happened|recap|round ?up|highlights|how did we do)\b/,
      )
    ) {
      return done({ op: 'overview', kind: entity?.kind ?? 'organization', id: entity?.id, period: whole });
    }
  }
  if (has(/\b(summary|summari[sz]e|overview|tell me about|report on)\b/)) {
    const entity = overviewTarget(refs, ctx.dataset);
    return done({ op: 'overview', kind: entity?.kind ?? 'organization', id: entity?.id, period: whole });
  }

  const sure = confident && (explicitMetric || entityMentioned);
  const per = metric.kind === 'flow' ? averageUnit(r.norm) : undefined;
  return done(
    { op: 'value', metric: metric.id, scope, period: whole, change, ...(per ? { per } : {}) },
    sure,
  );
}

const explicitOp = (r: Reading): boolean =>
  /\b(how many|how much|top|most|which|what|list|compare|summari[sz]e|overview|show|total|breakdown|awards?|rankings?|goals?)\b/.test(
    r.norm,
  );

/**
 * "posts", "podcasts", "videos": a filter on the assets' format, used only when it separates some assets from
 * others (a data file of videos only needs none).
 */
function formatFilter(r: Reading, ds: Dataset): string[] | undefined {
  const word = r.nounWord?.replace(/s$/, '');
  if (!word || r.noun !== 'asset') return undefined;
  const formats = ds.catalog.assets.map((a) => a.format?.toLowerCase());
  const narrows = (stems: string[]) => {
    const matching = formats.filter((f) => f !== undefined && stems.some((s) => f.includes(s))).length;
    return matching > 0 && matching < formats.length;
  };
  // "long-form videos", "short videos": the adjective names the format.
  const at = r.tokens.indexOf(r.nounWord ?? '');
  const before = r.tokens[at - 1] ?? '';
  const adjective = before === 'form' ? (r.tokens[at - 2] ?? '') : before;
  const size = adjective.replace(/form$/, '');
  if ((size === 'long' || size === 'short') && narrows([size])) return [size];
  // "Reels" when some formats say reel: those alone, not every video a reel could be.
  const stems = FORMAT_NOUNS[word];
  if (word !== 'video' && stems?.includes('video') && narrows([word])) return [word];
  return stems && narrows(stems) ? stems : undefined;
}

function pickMetric(ds: Dataset, ids: string[]): Metric | undefined {
  for (const id of ids) {
    const m = ds.metrics.get(id);
    if (m) return m;
  }
  return ds.catalog.metrics.find((m) => m.kind === 'flow') ?? ds.catalog.metrics[0];
}

function buildScope(refs: (kind: Ref['kind']) => Ref[]): Scope {
  const scope: Scope = {};
  const asset = refs('asset')[0]?.id;
  const campaign = refs('campaign')[0]?.id;
  const channel = refs('channel')[0]?.id;
  if (asset) scope.asset = asset;
  else if (campaign) scope.campaign = campaign;
  if (channel) scope.channel = channel;
  const platform = refs('platform')[0]?.id;
  if (platform && !channel) scope.platform = platform;
  const language = refs('language')[0]?.id;
  if (language) scope.language = language;
  const market = refs('market')[0]?.id;
  if (market) scope.market = market;
  return scope;
}

/** Two or more things of one kind named in a question ("YouTube and TikTok") become separate scopes. */
function comparableScopes(mentions: Mention[], base: Scope, mixed: boolean): Scope[] {
  // "Behind the Boats vs the night campaign", "the campaign and its own video": named things of both kinds,
  // each its own subject, in the order named. Without a comparison or a list ("and", "or") a video named
  // with its campaign is only more precise.
  const named = mentions.flatMap((m) =>
    m.refs.filter((r) => r.kind === 'asset' || r.kind === 'campaign').slice(0, 1),
  );
  const distinct = [...new Map(named.map((r) => [`${r.kind}:${r.id}`, r])).values()];
  if (mixed && distinct.length >= 2 && new Set(distinct.map((r) => r.kind)).size === 2) {
    const rest = { ...base };
    delete rest.asset;
    delete rest.campaign;
    return distinct.slice(0, 6).map((r) => ({ ...rest, [r.kind]: r.id }));
  }
  const kinds: (keyof Scope)[] = ['asset', 'campaign', 'channel', 'platform', 'language', 'market'];
  for (const kind of kinds) {
    const ids = [
      ...new Set(
        mentions.flatMap((m) =>
          m.refs
            .filter((r) => r.kind === kind)
            .slice(0, 1)
            .map((r) => r.id),
        ),
      ),
    ];
    if (ids.length >= 2) {
      return ids.map((id) => {
        const s: Scope = { ...base, [kind]: id };
        if (kind === 'asset' || kind === 'campaign') {
          delete s.asset;
          delete s.campaign;
          s[kind] = id;
        }
        if (kind === 'platform' || kind === 'channel') {
          delete s.platform;
          delete s.channel;
          s[kind] = id;
        }
        return s;
      });
    }
  }
  return [];
}

function withoutDimension(scope: Scope, dim: Dimension): Scope {
  const s = { ...scope };
  if (dim === 'asset') delete s.asset;
  if (dim === 'campaign') delete s.campaign;
  if (dim === 'channel') delete s.channel;
  if (dim === 'platform') delete s.platform;
  if (dim === 'language') delete s.language;
  if (dim === 'market') delete s.market;
  return s;
}

function topCount(r: Reading): number | undefined {
  const count = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)';
  const superlative = '(?:most|least|best|worst|top|highest|lowest|biggest|largest|fewest|leading)';
  // Kinds of things and calendar units: "which 2 days", "our four busiest days".
  const plural = [...Object.keys(TYPE_NOUNS), 'days', 'weeks', 'months', 'dates']
    .filter((n) => n.endsWith('s'))
    .join('|');
  const m =
    new RegExp(`\\b(?:top|best|bottom|first|leading|worst|highest|lowest|most)\\s+${count}\\b`).exec(
      r.norm,
    ) ??
    new RegExp(`\\b${count}\\s+${superlative}\\b`).exec(r.norm) ??
    new RegExp(`\\b(?:the|which|what|our)\\s+${count}\\s+(?:[a-z]+\\s+)?(?:${plural})\\b`).exec(r.norm);
  if (!m?.[1]) return undefined;
  const n = NUMBER_WORDS[m[1]] ?? Number(m[1]);
  return Math.min(Math.max(n, 1), 50);
}

/** "the Italian market", "campaigns targeting Swedish audiences": a nationality word names a country there. */
/**
 * "The Korean video", "the video for Vietnam": when a language or a market and a singular content noun
 * point to exactly one piece of content, the question is about that piece (its awards, its publication date).
 */
function soleContent(r: Reading, ds: Dataset): void {
  // "what video is available in Vietnamese?" asks for a list, dubbed versions included.
  if (r.noun !== 'asset' || r.nounPlural || /\b(available|version|versions|dubbed|dub)\b/.test(r.norm))
    return;
  if (r.mentions.some((m) => m.refs.some((x) => x.kind === 'asset' || x.kind === 'campaign'))) return;
  const places = r.mentions.filter((m) => m.refs.some((x) => x.kind === 'language' || x.kind === 'market'));
  const place = places[0];
  if (places.length !== 1 || !place) return;
  const ref = place.refs.find((x) => x.kind === 'language' || x.kind === 'market');
  const matches = ds.catalog.assets.filter((a) => {
    if (ref?.kind === 'language') return a.language === ref.id;
    const markets = a.markets.length ? a.markets : (ds.campaigns.get(a.campaign)?.markets ?? []);
    return ref !== undefined && markets.includes(ref.id);
  });
  const only = matches.length === 1 ? matches[0] : undefined;
  if (only) place.refs = [{ kind: 'asset', id: only.id }];
}

/** A range of whole months, Jan 1 – Mar 31, as its first and last month (the last one capped at its own end). */
function monthEnds(p: Period): [Period, Period] | undefined {
  const from = dayOf(p.from);
  const to = dayOf(p.to);
  const a = partsOf(from);
  const b = partsOf(to);
  if (a.d !== 1 || (a.y === b.y && a.m === b.m)) return undefined;
  const last = makePeriod(
    'month',
    dayFromParts(b.y, b.m, 1),
    Math.min(to, endOfMonth(b.y, b.m)),
    monthLabel(b.y, b.m),
  );
  return [makePeriod('month', from, endOfMonth(a.y, a.m), monthLabel(a.y, a.m)), last];
}

/**
 * "Any national-level awards?", "national and regional awards": the levels the data uses that the question
 * names, as whole words ("national" is not "international").
 */
function awardLevels(ds: Dataset, norm: string): string[] {
  const words = ` ${norm} `;
  const levels = ds.catalog.awards.map((a) => a.level).filter((l): l is string => l !== undefined);
  return [...new Set(levels)].filter((l) => words.includes(` ${normalize(l)} `));
}

const SPEAKING = new Set(['speaking', 'speakers', 'speaker', 'speak', 'language', 'languages']);

function marketsFromNationalities(r: Reading, lexicon: Lexicon): void {
  if (r.mentions.some((m) => m.refs.some((x) => x.kind === 'market'))) return;
  if (
    !/\b(markets?|audiences?|target|targets|targeting|targeted|aimed|viewers?|fans in|people in)\b/.test(
      r.norm,
    )
  )
    return;
  for (const m of r.mentions) {
    const code = DEMONYMS[m.text];
    // "Spanish-speaking audiences" are people of a language, wherever they live.
    if (SPEAKING.has(r.tokens[m.end] ?? '')) continue;
    if (code && lexicon.markets.has(code) && m.refs.some((x) => x.kind === 'language'))
      m.refs = [{ kind: 'market', id: code }];
  }
}

/** "ended in 2023" / "started in 2024" / "ran in May": which campaign date a period filters on. */
function campaignDates(r: Reading): 'start' | 'end' | 'active' {
  if (
    /\b(ended|end|ends|ending|finished|finish|finishing|completed|wrapped up|wrapping up|closed|closing|concluded)\b/.test(
      r.norm,
    )
  )
    return 'end';
  if (
    /\b(started|start|starts|starting|began|begin|launched|launch|launching|kicked off|opened|opening)\b/.test(
      r.norm,
    )
  )
    return 'start';
  return 'active';
}

const LIST_OF: Record<string, 'campaigns' | 'assets' | 'channels' | 'markets' | 'languages'> = {
  asset: 'assets',
  campaign: 'campaigns',
  channel: 'channels',
  market: 'markets',
  language: 'languages',
};

function listKind(r: Reading, status: string | undefined): ListPlan['what'] | undefined {
  // "videos in Swedish", "campaigns targeting Italy": a plural noun with a filter asks for a list as well.
  const filtered =
    r.nounPlural &&
    r.mentions.some((m) =>
      m.refs.some((x) => x.kind === 'language' || x.kind === 'market' || x.kind === 'status'),
    );
  const asking =
    filtered || /\b(which|what|list|show|name|any|anything|do we have|are there|give me)\b/.test(r.norm);
  if (/\b(metrics|measures|kpis)\b/.test(r.norm) && asking) return 'metrics';
  // "Which countries do we target?", "what languages are we in?": the markets or languages themselves, unless
  // one is named ("videos for the Japanese market" is about content).
  const placeNamed = r.mentions.some((m) => m.refs.some((x) => x.kind === 'market' || x.kind === 'language'));
  const thingNamed = r.mentions.some((m) => m.refs.some((x) => x.kind === 'asset' || x.kind === 'campaign'));
  if ((r.noun === 'market' || r.noun === 'language') && r.nounPlural && asking && !placeNamed && !thingNamed)
    return r.noun === 'market' ? 'markets' : 'languages';
  // "What did the Māori video get on Facebook?": one named piece of content is not a list of them.
  if (r.noun === 'asset' && !r.nounPlural && thingNamed) return undefined;
  // "Do we have anything in Italian?", "what have we got for Brazil?": content in that language or for there.
  if (
    r.noun === undefined &&
    placeNamed &&
    /\b(anything|something|what have we got|what do we have|have we got|do we have)\b/.test(r.norm)
  )
    return 'assets';
  if (r.noun === 'asset' && (asking || /\bavailable\b/.test(r.norm))) return 'assets';
  if (r.noun === 'channel' || r.noun === 'platform') return asking ? 'channels' : undefined;
  if (
    r.noun === 'campaign' &&
    asking &&
    !r.mentions.some((m) => m.refs.some((x) => x.kind === 'campaign' || x.kind === 'asset'))
  )
    return 'campaigns';
  if (
    status &&
    (asking || r.tokens.length <= 3) &&
    !r.mentions.some((m) => m.refs.some((x) => x.kind === 'campaign' || x.kind === 'asset'))
  )
    return 'campaigns';
  return undefined;
}

function overviewTarget(
  refs: (kind: Ref['kind']) => Ref[],
  ds?: Dataset,
): { kind: 'campaign' | 'asset' | 'channel'; id: string } | undefined {
  const asset = refs('asset')[0];
  if (asset) return { kind: 'asset', id: asset.id };
  const campaign = refs('campaign')[0];
  if (campaign) return { kind: 'campaign', id: campaign.id };
  const channel = refs('channel')[0];
  if (channel) return { kind: 'channel', id: channel.id };
  // "Tell me about our TikTok": a platform with one account is that account.
  const platform = refs('platform')[0];
  const only = platform ? ds?.catalog.channels.filter((c) => c.platform === platform.id) : undefined;
  if (only?.length === 1 && only[0]) return { kind: 'channel', id: only[0].id };
  return undefined;
}

/** "and last month?", "what about Instagram?": the previous plan with the new period, scope or metric. */
function mergeFollowUp(
  prev: QueryPlan,
  r: Reading,
  ctx: PlanContext,
  refs: (kind: Ref['kind']) => Ref[],
  metric: string | undefined,
): QueryPlan | undefined {
  const period = r.periods[0];
  const newScope = buildScope(refs);
  const changesScope = Object.keys(newScope).length > 0;
  const per = averageUnit(r.norm);
  if (!period && !changesScope && !metric && !r.byDimension && !per) return undefined;
  const mergeScope = (old: Scope): Scope => {
    const s = { ...old };
    if (newScope.asset || newScope.campaign) {
      delete s.asset;
      delete s.campaign;
    }
    if (newScope.channel || newScope.platform) {
      delete s.channel;
      delete s.platform;
    }
    return { ...s, ...newScope };
  };
  switch (prev.op) {
    case 'value':
    case 'top':
    case 'breakdown':
      if (r.byDimension && prev.op !== 'top')
        return {
          op: 'breakdown',
          metric: metric ?? prev.metric,
          dimension: r.byDimension,
          scope: mergeScope(prev.scope),
          period: period ?? prev.period,
          change: prev.change,
        };
      return {
        ...prev,
        metric: metric ?? prev.metric,
        scope: mergeScope(prev.scope),
        period: period ?? prev.period,
        ...(per && prev.op === 'value' ? { per } : {}),
      };
    case 'compare':
      return {
        ...prev,
        metric: metric ?? prev.metric,
        scopes: prev.scopes.length === 1 ? [mergeScope(prev.scopes[0] ?? {})] : prev.scopes,
        period: period ?? prev.period,
        versus: period ? undefined : prev.versus,
      };
    case 'overview': {
      const target = overviewTarget(refs);
      return { ...prev, ...(target ?? {}), period: period ?? prev.period };
    }
    case 'goal':
      return { ...prev, campaign: newScope.campaign ?? prev.campaign, metric: metric ?? prev.metric };
    default:
      return ctx.previous && period ? undefined : undefined;
  }
}
