import { keyLabel, scopeLabel } from '../engine/labels.ts';
import type { Dataset } from '../model/dataset.ts';
import type { Period, QueryPlan } from '../plan/plan-schema.ts';
import { DIMENSION_WORDS } from './figure-words.ts';

const during = (p: Period): string => (p.kind === 'all' ? 'to date' : p.label);

/**
 * A plan said back as a question, with no figure in it: the "closest question I can answer" offered when a
 * question was not fully understood.
 */
export function planPhrase(plan: QueryPlan, ds: Dataset): string | undefined {
  const metric = (id: string) => (ds.metrics.get(id)?.label ?? id).toLowerCase();
  switch (plan.op) {
    case 'value':
      return `${metric(plan.metric)} of ${scopeLabel(ds, plan.scope)}, ${during(plan.period)}`;
    case 'compare':
      return `${metric(plan.metric)} of ${plan.scopes.map((s) => scopeLabel(ds, s)).join(' vs ')}, ${during(plan.period)}${plan.versus ? ` vs ${plan.versus.label}` : ' vs the period before'}`;
    case 'top':
      return `top ${plan.n} ${DIMENSION_WORDS[plan.dimension][1]} by ${metric(plan.metric)}, ${during(plan.period)}`;
    case 'breakdown':
      return `${metric(plan.metric)} by ${DIMENSION_WORDS[plan.dimension][0]}, ${during(plan.period)}`;
    case 'why':
      return `what drove the change in ${metric(plan.metric)} of ${scopeLabel(ds, plan.scope)}, ${during(plan.period)}`;
    case 'record':
      return `the ${plan.order === 'desc' ? 'highest' : 'lowest'} ${plan.unit} of ${metric(plan.metric)} for ${scopeLabel(ds, plan.scope)}, ${during(plan.period)}`;
    case 'goal':
      return plan.campaign ? `goal progress of ${ds.nameOf(plan.campaign)}` : 'goal progress';
    case 'unusual':
      return `anything unusual in ${metric(plan.metric)} for ${scopeLabel(ds, plan.scope)}, ${during(plan.period)}`;
    case 'list':
      return `the list of ${plan.what}`;
    case 'overview':
      return plan.id
        ? `an overview of ${keyLabel(ds, plan.kind === 'organization' ? 'campaign' : plan.kind, plan.id)}`
        : `an overview, ${during(plan.period)}`;
    case 'help':
      return undefined;
  }
}
