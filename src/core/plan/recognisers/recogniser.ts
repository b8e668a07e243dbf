import { suggest } from '../mentions.ts';
import type { QueryPlan } from '../plan-schema.ts';
import type { RulePlan } from '../rule-planner.ts';
import type { Slots } from '../slots.ts';

export type Planned = Omit<RulePlan, 'understood'>;

/**
 * One kind of question. `matches` says whether a question is of this kind and returns what the plan needs from
 * it (`true` when nothing more than the slots); anything falsy means it is not. The registry tries recognisers in
 * order, and the first that matches builds the plan.
 */
export interface Recogniser<Found = true> {
  readonly name: string;
  matches(s: Slots): Found | false | undefined;
  build(s: Slots, found: Found): Planned;
}

/** A plan from the rules, sure when every word was understood (or as the recogniser says). */
export const done = (s: Slots, plan: QueryPlan, sure = s.confident): Planned => ({
  plan,
  confident: sure,
  unknown: s.r.unknown,
  followUp: false,
});

/** Help, with the names closest to the words that matched nothing. */
export const helpWith = (s: Slots, unknown: string[]): Planned => ({
  plan: {
    op: 'help',
    unknown,
    suggestions: unknown.flatMap((u) => suggest(u, s.ctx.lexicon)).slice(0, 5),
  },
  confident: unknown.length === 0,
  unknown,
  followUp: false,
});
