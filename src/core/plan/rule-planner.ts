import type { Dataset } from '../model/dataset.ts';
import type { Day } from '../model/dates.ts';
import { resolvePointer } from './back-reference.ts';
import type { Lexicon } from './lexicon.ts';
import { futureGuard, smallTalk } from './plan-guards.ts';
import type { QueryPlan } from './plan-schema.ts';
import { type Reading, read } from './reading.ts';
import { helpWith, type Planned } from './recognisers/recogniser.ts';
import { planSlots } from './recognisers/registry.ts';
import { asksWhy } from './recognisers/why.ts';
import { slotsOf } from './slots.ts';
import { understoodOf } from './understood.ts';

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

/** Reads a question with rules and the data's own lexicon: no model, no network. */
export function planQuestion(question: string, ctx: PlanContext): RulePlan {
  const first = read(question, ctx);
  // "who owns it?": the thing the thread is about, named, then read as a question of its own ("why did it
  // drop?" explains the thread's figure itself).
  const pointed =
    ctx.previous && !asksWhy(first) && resolvePointer(question, first, ctx.previous, ctx.dataset);
  const r = pointed ? read(pointed, { ...ctx, previous: undefined }) : first;
  const understood = understoodOf(r, ctx.dataset);
  const planned =
    smallTalk(r) ?? futureGuard(planReading(r, pointed ? { ...ctx, previous: undefined } : ctx), ctx.now);
  return { ...planned, ...(pointed ? { followUp: true } : {}), understood };
}

/** The slots of the question, then the plan of the first kind of question they fit (recognisers/registry.ts). */
function planReading(r: Reading, ctx: PlanContext): Planned {
  const s = slotsOf(r, ctx);
  // `value` matches whenever there is a metric and `no-metric` whenever there is none: one always answers.
  return planSlots(s) ?? helpWith(s, r.unknown);
}
