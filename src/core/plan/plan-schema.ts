import { z } from 'zod';

// The typed query plan: what the rule planner and the model both produce, and the only thing the engine
// executes. Entity references are ids from the catalog; dates are ISO days.

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date');

export const PERIOD_KINDS = [
  'all',
  'day',
  'week',
  'week-to-date',
  'month',
  'month-to-date',
  'quarter',
  'quarter-to-date',
  'year',
  'year-to-date',
  'days',
  'since',
  'range',
] as const;

export const periodSchema = z.object({
  kind: z.enum(PERIOD_KINDS),
  /** First day included; for `all`, the earliest day of the data. */
  from: isoDay,
  /** Last day included. */
  to: isoDay,
  /** How people say it: "last week", "May 2024". */
  label: z.string(),
});
export type Period = z.infer<typeof periodSchema>;

/** Which rows count. Every field narrows; an empty scope is the whole organization. */
export const scopeSchema = z.object({
  campaign: z.string().optional(),
  asset: z.string().optional(),
  channel: z.string().optional(),
  platform: z.string().optional(),
  language: z.string().optional(),
  market: z.string().optional(),
  /** Content of one kind ("post", "video"): assets whose `format` contains one of these stems. */
  format: z.array(z.string()).optional(),
});
export type Scope = z.infer<typeof scopeSchema>;

/** What figures are grouped by: things in the catalog, or calendar buckets of the period (days, weeks, months). */
export const DIMENSIONS = [
  'campaign',
  'asset',
  'channel',
  'platform',
  'language',
  'market',
  'day',
  'week',
  'month',
] as const;
export const TIME_DIMENSIONS = ['day', 'week', 'month'] as const;
export type TimeDimension = (typeof TIME_DIMENSIONS)[number];
export const dimensionSchema = z.enum(DIMENSIONS);
export type Dimension = z.infer<typeof dimensionSchema>;

export const AVERAGE_UNITS = ['day', 'week', 'month'] as const;
export type AverageUnit = (typeof AVERAGE_UNITS)[number];

export const LIST_KINDS = [
  'campaigns',
  'assets',
  'channels',
  'awards',
  'rankings',
  'metrics',
  'markets',
  'languages',
] as const;

export const listFilterSchema = z.object({
  status: z.enum(['planned', 'active', 'paused', 'completed']).optional(),
  market: z.string().optional(),
  language: z.string().optional(),
  campaign: z.string().optional(),
  /** Awards: the campaign or asset that won. */
  subject: z.string().optional(),
  /** Awards: only the organization's own ("what has the museum itself won?"). */
  ownOnly: z.boolean().optional(),
  /** Awards: only those of these levels, as the data writes them ("national"). */
  levels: z.array(z.string()).optional(),
  platform: z.string().optional(),
  /** Assets: only these formats (stems, as in a scope). */
  format: z.array(z.string()).optional(),
  /** Campaigns: those this person owns (the name as in the data). */
  owner: z.string().optional(),
  /** Rankings: the index id-like name as in the catalog. */
  index: z.string().optional(),
  /** Awards and rankings: only those dated inside. Campaigns: see `dates`. */
  period: periodSchema.optional(),
  /** Campaigns with a period: those that started, ended, or ran (default) inside it. */
  dates: z.enum(['start', 'end', 'active']).optional(),
});
export type ListFilter = z.infer<typeof listFilterSchema>;

const valuePlan = z.object({
  op: z.literal('value'),
  metric: z.string(),
  scope: scopeSchema,
  period: periodSchema,
  /** For stocks: the change over the period instead of the level at its end. */
  change: z.boolean().default(false),
  /** For flows: also the average per day, week or month of the period ("average daily views in May"). */
  per: z.enum(AVERAGE_UNITS).optional(),
});

const comparePlan = z.object({
  op: z.literal('compare'),
  metric: z.string(),
  /** Two or more scopes compared over one period; one scope is compared with the previous period. */
  scopes: z.array(scopeSchema).min(1).max(6),
  period: periodSchema,
  /** With one scope: the period to compare against; absent = the period of the same kind just before. */
  versus: periodSchema.optional(),
  /** A further period shown for reference, not in the change ("this week vs last week": last week in full). */
  also: periodSchema.optional(),
  change: z.boolean().default(false),
});

const topPlan = z.object({
  op: z.literal('top'),
  metric: z.string(),
  dimension: dimensionSchema,
  n: z.number().int().min(1).max(50),
  order: z.enum(['desc', 'asc']).default('desc'),
  scope: scopeSchema,
  period: periodSchema,
  change: z.boolean().default(false),
  /** Flows: rank by the change from the period before ("which campaign grew the most vs last month"). */
  delta: z.boolean().optional(),
});

const breakdownPlan = z.object({
  op: z.literal('breakdown'),
  metric: z.string(),
  dimension: dimensionSchema,
  scope: scopeSchema,
  period: periodSchema,
  change: z.boolean().default(false),
  /** Also the average per group ("average likes per video"). */
  mean: z.boolean().optional(),
});

/** "Why did views drop last week?": the change from the period before, split into what drove it. */
const whyPlan = z.object({
  op: z.literal('why'),
  metric: z.string(),
  scope: scopeSchema,
  period: periodSchema,
  /** Flows: the period compared with; absent = the one of the same kind just before. Stocks: the level's change. */
  versus: periodSchema.optional(),
  /** The dimension named ("by market"); absent = one level down from the scope. */
  dimension: dimensionSchema.optional(),
  /** The way the question says it went ("why did views drop?"), to say so when it went the other way. */
  asked: z.enum(['up', 'down']).optional(),
});

/** "Best week ever for X", "highest day this year": the top (or bottom) whole day, week or month of a period. */
const recordPlan = z.object({
  op: z.literal('record'),
  metric: z.string(),
  scope: scopeSchema,
  unit: z.enum(TIME_DIMENSIONS),
  period: periodSchema,
  /** By value: desc = the highest. "Best" for a metric whose good news is down is asc. */
  order: z.enum(['desc', 'asc']),
});

const goalPlan = z.object({
  op: z.literal('goal'),
  /** Campaign id; absent = every campaign with a goal. */
  campaign: z.string().optional(),
  metric: z.string().optional(),
});

const unusualPlan = z.object({
  op: z.literal('unusual'),
  metric: z.string(),
  scope: scopeSchema,
  /** The latest whole day and week up to this period's end (and the data's last day) are judged. */
  period: periodSchema,
  span: z.enum(['day', 'week', 'both']).default('both'),
  /** The scope's own figures, unusual or not ("is that unusual?"), instead of what is unusual inside it. */
  self: z.boolean().default(false),
});

const listPlan = z.object({
  op: z.literal('list'),
  what: z.enum(LIST_KINDS),
  filter: listFilterSchema,
});

const overviewPlan = z.object({
  op: z.literal('overview'),
  kind: z.enum(['campaign', 'asset', 'channel', 'organization']),
  id: z.string().optional(),
  period: periodSchema,
});

const helpPlan = z.object({
  op: z.literal('help'),
  /** Why no figure: the words that did not resolve, if any. */
  unknown: z.array(z.string()).default([]),
  /** Close matches from the catalog, as display names. */
  suggestions: z.array(z.string()).default([]),
  /**
   * Why there is no figure: plain help, small talk, a name not in the data, words the rules could not use, or a
   * period with no figures (the future).
   */
  reason: z.enum(['help', 'greeting', 'unknown-name', 'not-understood', 'no-period']).optional(),
  /** What was understood, as short phrases ("views", "Neon Bridges (video)", "May 2024"). */
  understood: z.array(z.string()).optional(),
  /** The closest question that can be answered, in words; a button in Slack runs it. */
  closest: z.string().optional(),
});

export const queryPlanSchema = z.discriminatedUnion('op', [
  valuePlan,
  comparePlan,
  topPlan,
  breakdownPlan,
  whyPlan,
  recordPlan,
  goalPlan,
  unusualPlan,
  listPlan,
  overviewPlan,
  helpPlan,
]);
export type QueryPlan = z.infer<typeof queryPlanSchema>;
export type QueryOp = QueryPlan['op'];
