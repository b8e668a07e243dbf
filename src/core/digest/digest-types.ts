import type {
  AwardLine,
  Concentration,
  Coverage,
  Decomposition,
  GoalItem,
  MetricRef,
  UnusualItem,
} from '../engine/result.ts';
import type { Ranking } from '../model/types.ts';
import type { Period } from '../plan/plan-schema.ts';
import type { Highlight } from './highlights.ts';

export interface DigestOptions {
  period: 'day' | 'week' | 'month';
  /** Only these campaign ids; empty or absent = all. */
  campaigns?: string[];
}

export interface DigestCampaignLine {
  id: string;
  name: string;
  current: number;
  previous: number;
  delta: number;
  growth?: number;
}

/** Weekly (or daily/monthly) summary figures. All numbers come from the engine. */
export interface DigestResult {
  organization: string;
  metric: MetricRef;
  period: Period;
  previous: Period;
  total: { current: number; previous: number; delta: number; growth?: number };
  campaigns: DigestCampaignLine[];
  /** What moved the total, video by video: the same split as a "why" answer (absent when nothing moved). */
  moved?: Decomposition;
  /** One video or channel carrying most of the period's total. */
  concentration?: Concentration[];
  /** Goals carry their projection: `projection.onTrack === false` is a goal at risk. */
  goals: GoalItem[];
  /** "Worth a look": the unusual figures of the latest whole day and week up to the period's end, biggest first. */
  worth: UnusualItem[];
  /** The few things the digest leads with, drawn from its own sections. */
  highlights: Highlight[];
  awards: AwardLine[];
  rankings: Ranking[];
  /** Weekly totals per campaign over the last weeks, for the chart; `partial`: a week the data cuts short. */
  chart: { week: string; campaign: string; value: number; partial?: boolean }[];
  /** True when nothing changed versus the previous period (for skip-when-unchanged). */
  unchanged: boolean;
  /** The data ends inside the period: figures are counted through it, and compared with as many days before. */
  coverage?: Coverage;
}
