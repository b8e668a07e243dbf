import type { Dataset } from '../model/dataset.ts';
import { platformName } from '../model/platforms.ts';
import type { QueryPlan, Scope } from './plan-schema.ts';
import type { Reading } from './reading.ts';

/** Words that point back at the thing the conversation is about: "who owns it?", "how did they do?". */
const POINTERS = /\b(it|its|they|them|their|this one|that one|the same one)\b/i;
const SUBJECT_KINDS = new Set(['campaign', 'asset', 'channel', 'platform']);

function subjectOfScope(scope: Scope | undefined, ds: Dataset): string | undefined {
  if (!scope) return undefined;
  const id = scope.asset ?? scope.campaign;
  if (id) return ds.nameOf(id);
  if (scope.channel) return ds.channels.get(scope.channel)?.handle;
  return scope.platform ? platformName(scope.platform) : undefined;
}

/** The one thing a plan is about, by the name people use, if there is one. */
export function subjectOf(plan: QueryPlan, ds: Dataset): string | undefined {
  switch (plan.op) {
    case 'value':
    case 'top':
    case 'breakdown':
    case 'unusual':
    case 'why':
    case 'record':
      return subjectOfScope(plan.scope, ds);
    case 'compare':
      return plan.scopes.length === 1 ? subjectOfScope(plan.scopes[0], ds) : undefined;
    case 'overview':
      if (!plan.id || plan.kind === 'organization') return undefined;
      return plan.kind === 'channel' ? ds.channels.get(plan.id)?.handle : ds.nameOf(plan.id);
    case 'goal':
      return plan.campaign ? ds.nameOf(plan.campaign) : undefined;
    case 'list':
      return plan.filter.campaign ? ds.nameOf(plan.filter.campaign) : undefined;
    default:
      return undefined;
  }
}

/**
 * "who owns it?" after a question about a campaign: the question with the pronoun replaced by that campaign's
 * name, to be read as a question of its own. Undefined when nothing points back or the question names a thing.
 */
export function resolvePointer(
  question: string,
  r: Reading,
  previous: QueryPlan,
  ds: Dataset,
): string | undefined {
  if (!POINTERS.test(question)) return undefined;
  if (r.mentions.some((m) => m.refs.some((x) => SUBJECT_KINDS.has(x.kind)))) return undefined;
  const name = subjectOf(previous, ds);
  if (!name) return undefined;
  return question.replace(POINTERS, (w) =>
    w.toLowerCase() === 'its' || w.toLowerCase() === 'their' ? `${name}'s` : name,
  );
}
