import type { ListFilter, Period, QueryPlan, Scope } from '../plan/plan-schema.ts';
import type { CatalogBrief } from '../ports.ts';
import { periodLabel, periodProblem } from './period-check.ts';

// A model's plan passed the schema, but its ids may be invented, misspelled or the display name instead of
// the id. Resolve every reference against the catalog brief (to the canonical id) or refuse the plan, so the
// engine only ever runs plans over things that exist. This is the one place a model's plan is checked: every
// caller (the planner adapter, the core's answer) goes through `checkPlan`.

export type PlanCheck = { ok: true; plan: QueryPlan } | { ok: false; reason: string };

class Unresolved extends Error {}

const fold = (s: string): string => s.trim().toLowerCase();

interface Entry {
  id: string;
  names: string[];
}

function resolver(kind: string, entries: Entry[]): (value: string) => string {
  return (value) => {
    const v = fold(value);
    const hit =
      entries.find((e) => fold(e.id) === v) ?? entries.find((e) => e.names.some((n) => fold(n) === v));
    if (!hit) throw new Unresolved(`unknown ${kind} "${value}"`);
    return hit.id;
  };
}

const plainList = (values: string[]): Entry[] => values.map((id) => ({ id, names: [] }));

function resolvers(brief: CatalogBrief) {
  return {
    metric: resolver(
      'metric',
      brief.metrics.map((m) => ({ id: m.id, names: [m.label, ...m.aliases] })),
    ),
    campaign: resolver(
      'campaign',
      brief.campaigns.map((c) => ({ id: c.id, names: [c.name, ...c.aliases] })),
    ),
    asset: resolver(
      'asset',
      brief.assets.map((a) => ({ id: a.id, names: [a.title] })),
    ),
    channel: resolver(
      'channel',
      brief.channels.map((c) => ({ id: c.id, names: [c.handle] })),
    ),
    platform: resolver('platform', plainList(brief.platforms)),
    language: resolver('language', plainList(brief.languages)),
    market: resolver('market', plainList(brief.markets)),
    ranking: resolver('ranking', plainList(brief.rankings)),
  };
}

type Resolvers = ReturnType<typeof resolvers>;

const maybe = (value: string | undefined, resolve: (v: string) => string): string | undefined =>
  value === undefined ? undefined : resolve(value);

function scopeOf(scope: Scope, r: Resolvers): Scope {
  return {
    campaign: maybe(scope.campaign, r.campaign),
    asset: maybe(scope.asset, r.asset),
    channel: maybe(scope.channel, r.channel),
    platform: maybe(scope.platform, r.platform),
    language: maybe(scope.language, r.language),
    market: maybe(scope.market, r.market),
  };
}

function periodOf(period: Period, today: string, anchored = true): Period {
  const problem = periodProblem(period, today, anchored);
  if (problem) throw new Unresolved(`period ${period.from}..${period.to}: ${problem}`);
  // Whatever the model called it, the label is the dates': a plan for May labelled "last week" says "May 2024".
  return { ...period, label: periodLabel(period, today) };
}

function filterOf(filter: ListFilter, r: Resolvers, today: string): ListFilter {
  const subject = (v: string): string => {
    try {
      return r.campaign(v);
    } catch {
      return r.asset(v);
    }
  };
  return {
    status: filter.status,
    market: maybe(filter.market, r.market),
    language: maybe(filter.language, r.language),
    campaign: maybe(filter.campaign, r.campaign),
    subject: maybe(filter.subject, subject),
    platform: maybe(filter.platform, r.platform),
    index: maybe(filter.index, r.ranking),
    period: filter.period && periodOf(filter.period, today),
  };
}

/** Drops keys whose value is undefined, so a checked plan compares equal to a rule planner's plan. */
function compact<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function displayNames(brief: CatalogBrief): Set<string> {
  return new Set(
    [
      ...brief.campaigns.flatMap((c) => [c.name, ...c.aliases]),
      ...brief.assets.map((a) => a.title),
      ...brief.metrics.flatMap((m) => [m.label, ...m.aliases]),
      ...brief.channels.map((c) => c.handle),
    ].map(fold),
  );
}

function resolve(plan: QueryPlan, brief: CatalogBrief, question: string, r: Resolvers): QueryPlan {
  const today = brief.today;
  switch (plan.op) {
    case 'value':
    case 'breakdown':
    case 'top':
    case 'unusual':
    case 'record':
      return {
        ...plan,
        metric: r.metric(plan.metric),
        scope: scopeOf(plan.scope, r),
        period: periodOf(plan.period, today),
      };
    case 'compare':
      return {
        ...plan,
        metric: r.metric(plan.metric),
        scopes: plan.scopes.map((s) => scopeOf(s, r)),
        period: periodOf(plan.period, today),
        versus: plan.versus && periodOf(plan.versus, today, false),
      };
    case 'why':
      return {
        ...plan,
        metric: r.metric(plan.metric),
        scope: scopeOf(plan.scope, r),
        period: periodOf(plan.period, today),
        versus: plan.versus && periodOf(plan.versus, today, false),
      };
    case 'goal':
      return { ...plan, campaign: maybe(plan.campaign, r.campaign), metric: maybe(plan.metric, r.metric) };
    case 'list':
      return { ...plan, filter: filterOf(plan.filter, r, today) };
    case 'overview': {
      const period = periodOf(plan.period, today);
      if (plan.kind === 'organization') return { op: 'overview', kind: 'organization', period };
      if (plan.id === undefined) throw new Unresolved(`an ${plan.kind} overview needs an id`);
      return { ...plan, id: r[plan.kind](plan.id), period };
    }
    case 'help': {
      // Help text is shown to people: keep only words they typed and names the catalog has, so a model
      // cannot be talked into putting arbitrary text in the reply.
      const asked = fold(question);
      const known = displayNames(brief);
      return {
        op: 'help',
        unknown: plan.unknown.filter((w) => w.trim() !== '' && asked.includes(fold(w))),
        suggestions: plan.suggestions.filter((s) => known.has(fold(s))),
      };
    }
  }
}

/** Resolves every id of a model's plan against the catalog and checks its periods; refuses what it cannot. */
export function checkPlan(plan: QueryPlan, brief: CatalogBrief, question: string): PlanCheck {
  try {
    return { ok: true, plan: compact(resolve(plan, brief, question, resolvers(brief))) };
  } catch (error) {
    if (error instanceof Unresolved) return { ok: false, reason: error.message };
    throw error;
  }
}
