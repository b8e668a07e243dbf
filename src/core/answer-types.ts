import type { Result } from './engine/result.ts';
import type { Dataset } from './model/dataset.ts';
import type { Day } from './model/dates.ts';
import type { QueryPlan } from './plan/plan-schema.ts';
import type { Logger, ModelPlanner, Summarizer } from './ports.ts';
import type { Block } from './render/block-kit.ts';

export interface Viewer {
  /** The Slack channel the question came from: campaigns with `visibility` are hidden elsewhere. */
  channelId?: string;
  userId?: string;
}

export interface AnswerContext {
  dataset: Dataset;
  now: Day;
  viewer?: Viewer;
  /** The thread's previous plan, so follow-ups keep their context. */
  previous?: QueryPlan;
  planner?: ModelPlanner;
  summarizer?: Summarizer;
  logger?: Logger;
}

/** A rendered reply: the same answer for Slack (mrkdwn + blocks) and for a terminal. */
export interface Rendered {
  text: string;
  blocks: Block[];
  terminal: string;
}

export interface Answer extends Rendered {
  question: string;
  plan: QueryPlan;
  result: Result;
  /** Who understood the question. */
  planSource: 'rules' | 'model' | 'context';
  /** Who wrote the narrative, when there is one. */
  narrative?: 'model' | 'template';
  /** A configured model failed or was refused, and the rules or the template answered instead: not cacheable. */
  degraded?: boolean;
}
