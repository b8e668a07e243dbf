import type { Award, CampaignStatus, Metric, Ranking } from '../model/types.ts';
import type { AverageUnit, Dimension, Period, QueryPlan, TimeDimension } from '../plan/plan-schema.ts';

// What the engine computes: figures only, no wording. Renderers and summarizers read these.

export interface MetricRef {
  id: string;
  label: string;
  kind: Metric['kind'];
  unit?: string;
  /** Which way is good news; absent means up. */
  better?: 'up' | 'down';
}

/** A period the data does not cover to its end: counted through `through`, `covered` of its `days` (0: none yet). */
export interface Coverage {
  through: string;
  covered: number;
  days: number;
}

/** The dates of the levels a stock figure reads, when not the date asked for (earliest and latest of them). */
export interface LevelDates {
  from: string;
  to: string;
}

export interface ValueResult {
  op: 'value';
  metric: MetricRef;
  subject: string;
  period: Period;
  value: number;
  /** True when the figure is a stock's change over the period. */
  change: boolean;
  /** False when no row at all fell in scope: the figure is 0 for lack of data. */
  hasData: boolean;
  /** What the data covers, to say so when a period has none. */
  dataRange?: { from: string; to: string };
  /** When asked for: the flow's average per day, week or month over the period. */
  average?: Average;
  coverage?: Coverage;
  levelDates?: LevelDates;
  concentration?: Concentration[];
}

/** One video or channel carrying most of a total (a share of at least one half). */
export interface Concentration {
  dimension: 'asset' | 'channel';
  label: string;
  value: number;
  total: number;
  share: number;
}

export interface Average {
  per: AverageUnit;
  value: number;
  /** The days it is spread over, [from, to], and how many days, weeks or months they make. */
  days: number;
  units: number;
  from: string;
  to: string;
}

export interface CompareItem {
  subject: string;
  period: Period;
  value: number;
  coverage?: Coverage;
  levelDates?: LevelDates;
}

export interface CompareResult {
  op: 'compare';
  metric: MetricRef;
  change: boolean;
  /** Two kinds: several subjects over one period, or one subject over a period and the one before. */
  mode: 'subjects' | 'previous';
  items: CompareItem[];
  /** items[0] - items[1]. */
  delta: number;
  /** (items[0] - items[1]) / items[1]; undefined when the base is 0. */
  growth?: number;
  /** The period compared has no data yet: no figure at all. */
  noData?: Coverage;
}

export interface RankedItem {
  key: string;
  label: string;
  value: number;
  /** Share of the total, 0..1; undefined when the total is 0. */
  share?: number;
  /** A day, week or month cut short by the period, today or the end of the data. */
  partial?: boolean;
  /** Ranked by change: the figures of the period and of the one before. */
  current?: number;
  previous?: number;
}

export interface RankedResult {
  op: 'top' | 'breakdown';
  metric: MetricRef;
  dimension: Dimension;
  subject: string;
  period: Period;
  change: boolean;
  items: RankedItem[];
  total: number;
  /** Part of the scope's value that belongs to no group (e.g. campaign-level rows in a platform breakdown). */
  unattributed: number;
  order: 'desc' | 'asc';
  /** Top N: more than N items because some tie with the Nth. */
  tied?: boolean;
  /** Ranked by the change from this period before (value = current − previous). */
  versus?: Period;
  /** When asked for: the total over the groups listed, divided by their number. */
  mean?: number;
  coverage?: Coverage;
  /** Levels ranked by owner: the dates of the values read, when not the period's end. */
  levelDates?: LevelDates;
  concentration?: Concentration[];
}

/** One group's part of a change: its figure in each window and the difference. */
export interface Contribution {
  key: string;
  label: string;
  current: number;
  previous: number;
  change: number;
}

/** A change split one level down: the largest parts up and down, the rest together, and what no group holds. */
export interface Decomposition {
  dimension: Dimension;
  up: Contribution[];
  down: Contribution[];
  /** The groups not listed, and their change together. */
  others: { count: number; change: number };
  /** The change of rows in no group (campaign-level rows by video, account rows by campaign…). */
  unattributed: number;
  /** Groups share rows (markets): the parts do not add up to the change. */
  overlapping: boolean;
  /** Groups with a figure in either window. */
  groups: number;
}

export interface WhyResult {
  op: 'why';
  metric: MetricRef;
  subject: string;
  period: Period;
  /** Flows: the period compared with, cut like for like. Stocks (the change of the level): absent. */
  versus?: Period;
  current: number;
  previous: number;
  change: number;
  growth?: number;
  /** Some row counted in either window. */
  hasData: boolean;
  asked?: 'up' | 'down';
  parts?: Decomposition;
  coverage?: Coverage;
  /** Stocks: the days the two levels are read at (the day before the period, its last counted day). */
  levels?: { from: string; to: string; fromDates?: LevelDates; toDates?: LevelDates };
}

export interface RecordBucket {
  label: string;
  value: number;
}

export interface RecordResult {
  op: 'record';
  metric: MetricRef;
  subject: string;
  unit: TimeDimension;
  period: Period;
  order: 'desc' | 'asc';
  /** The whole days, weeks or months ranked: from the first one's first day to the last one's last. */
  span?: { from: string; to: string; count: number };
  best?: RecordBucket & { ties: string[] };
  /** The latest whole one of the data, to set the record against. */
  latest?: RecordBucket;
  /** The metric's data-through date, when it ends before the period does. */
  through?: string;
}

export interface GoalItem {
  campaignId: string;
  campaign: string;
  metric: MetricRef;
  target: number;
  by?: string;
  /** The last day counted: the earliest of now, `by` and the metric's data-through date. */
  through: string;
  /** Set when the data's reach, not today or the goal date, ended the count. */
  dataThrough?: string;
  value: number;
  progress: number;
  /** Where the recent pace leads: set for goals neither reached nor closed, when the data allows one. */
  projection?: GoalProjection;
}

/** A goal projected at the pace of its last days of data: never a figure of the data. */
export interface GoalProjection {
  /** The pace window (the last 28 days of data, or the days since the campaign began), its figure and daily mean. */
  pace: { from: string; to: string; days: number; value: number; perDay: number };
  /** The figure at the goal's date at this pace (goals with a date). */
  projected?: number;
  /** The day the target would be met at this pace; absent when it never would. */
  reachedOn?: string;
  /** The projection meets the target by the goal's date (goals with a date). */
  onTrack?: boolean;
}

export interface GoalResult {
  op: 'goal';
  items: GoalItem[];
}

/** One figure against its own history: the latest whole day (vs the same weekday) or week (vs the weeks before). */
export interface UnusualItem {
  /** `whole`: the scope asked about itself (the organization, or a campaign, video, channel… as asked). */
  kind: 'whole' | 'campaign' | 'asset' | 'channel';
  id?: string;
  name: string;
  span: 'day' | 'week';
  from: string;
  to: string;
  value: number;
  /** Median and MAD of the history; `threshold` is how far from the median is unusual. */
  median: number;
  mad: number;
  threshold: number;
  /** The history periods it was judged by (up to 8). */
  history: number;
  unusual: boolean;
  /** Broader things with exactly the same figures (a campaign of one video): said once, with the narrowest. */
  also?: { kind: UnusualItem['kind']; name: string }[];
}

export interface UnusualResult {
  op: 'unusual';
  metric: MetricRef;
  subject: string;
  /** The scope's own figures were asked for ("is that unusual?"), unusual or not. */
  self: boolean;
  /** The latest whole day and week judged, when asked for and the data has them. */
  day?: { from: string; to: string };
  week?: { from: string; to: string };
  /** Self: the scope's own judged figures. Otherwise the unusual ones, biggest departure first. */
  items: UnusualItem[];
  /** How many figures were judged (things × spans with enough history). */
  judged: number;
  rule: UnusualRule;
  /** The data's last day, when it ends before the day the question reached. */
  through?: string;
}

/** The rule, to state in the answer. */
export interface UnusualRule {
  k: number;
  weeks: number;
  minHistory: number;
  /** Least share of the median and least size (per span) of a departure. */
  minShare: number;
  minSize: { day?: number; week?: number };
}

export interface CampaignLine {
  id: string;
  name: string;
  status: CampaignStatus;
  start: string;
  end?: string;
  markets: string[];
  languages: string[];
  owner?: string;
  /** Why it matched when not by its own fields: "content for Tanzania". */
  via?: string;
}

export interface AssetLine {
  id: string;
  title: string;
  campaign: string;
  language?: string;
  /** The languages it is available in: its own and its versions'. */
  languages: string[];
  format?: string;
  published?: string;
}

export interface ChannelLine {
  id: string;
  handle: string;
  platform: string;
  name?: string;
}

export interface AwardLine extends Omit<Award, 'date'> {
  date?: string;
  subjectName?: string;
}

export type ListResult =
  | { op: 'list'; what: 'campaigns'; filterLabel: string; items: CampaignLine[] }
  | { op: 'list'; what: 'assets'; filterLabel: string; items: AssetLine[] }
  | { op: 'list'; what: 'channels'; filterLabel: string; items: ChannelLine[] }
  | { op: 'list'; what: 'awards'; filterLabel: string; items: AwardLine[] }
  | { op: 'list'; what: 'rankings'; filterLabel: string; items: Ranking[] }
  | { op: 'list'; what: 'metrics'; filterLabel: string; items: MetricRef[] }
  | { op: 'list'; what: 'markets' | 'languages'; filterLabel: string; items: ReachLine[] };

/** A market or language the team works in, with the campaigns and content for it. */
export interface ReachLine {
  code: string;
  name: string;
  campaigns: string[];
  assets: string[];
}

export interface OverviewFigure {
  metric: MetricRef;
  value: number;
  /** The data ends before the period does: counted (flows) or read (stocks) through this day. */
  through?: string;
}

export interface OverviewResult {
  op: 'overview';
  kind: 'campaign' | 'asset' | 'channel' | 'organization';
  id?: string;
  name: string;
  period: Period;
  /** Key facts as label/value pairs: status, owner, dates, languages, markets … */
  facts: { label: string; value: string }[];
  description?: string;
  figures: OverviewFigure[];
  top?: { dimension: Dimension; label: string; metric: MetricRef; value: number };
  goals: GoalItem[];
  awards: AwardLine[];
}

export interface HelpResult {
  op: 'help';
  unknown: string[];
  suggestions: string[];
  examples: string[];
  reason?: Extract<QueryPlan, { op: 'help' }>['reason'];
  understood?: string[];
  closest?: string;
}

export type Result =
  | ValueResult
  | CompareResult
  | RankedResult
  | WhyResult
  | RecordResult
  | GoalResult
  | UnusualResult
  | ListResult
  | OverviewResult
  | HelpResult;

export interface Executed {
  plan: QueryPlan;
  result: Result;
}
