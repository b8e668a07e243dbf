import type { Feedback, FeedbackStore } from '../../core/ports.ts';

/** How a plan reads without the data at hand: "top 5 by asset, views, October 2026". */
export function planSummary(plan: Feedback['plan']): string {
  switch (plan.op) {
    case 'help': {
      const unknown = plan.unknown.length ? `, words not understood: ${plan.unknown.join(', ')}` : '';
      return `no figure (${plan.reason ?? 'help'}${unknown})`;
    }
    case 'value':
      return `value: ${plan.metric}, ${plan.period.label}`;
    case 'compare':
      return `compare: ${plan.metric}, ${plan.period.label}${plan.versus ? ` vs ${plan.versus.label}` : ''}`;
    case 'top':
      return `top ${plan.n} by ${plan.dimension}: ${plan.metric}, ${plan.period.label}`;
    case 'breakdown':
      return `breakdown by ${plan.dimension}: ${plan.metric}, ${plan.period.label}`;
    case 'goal':
      return `goals${plan.campaign ? ` of ${plan.campaign}` : ''}`;
    case 'list':
      return `list of ${plan.what}`;
    case 'overview':
      return `overview of ${plan.id ?? plan.kind}, ${plan.period.label}`;
    case 'why':
      return `why: ${plan.metric}, ${plan.period.label}`;
    case 'record':
      return `record: ${plan.metric}, ${plan.period.label}`;
    case 'unusual':
      return `unusual changes: ${plan.metric}, ${plan.span === 'both' ? 'day and week' : plan.span} to ${plan.period.label}`;
  }
}

const VERDICT = { up: '👍', down: '👎' } as const;

/** One line per verdict: date, question, how it was planned. */
export function feedbackLines(list: readonly Feedback[], all: boolean): string[] {
  const shown = all ? list : list.filter((f) => f.verdict === 'down');
  const what = all ? 'verdicts' : 'answers marked 👎';
  if (shown.length === 0) return [`No ${what} yet.`];
  return [
    `${shown.length} ${what}, newest first:`,
    ...shown.map((f) => {
      const mark = all ? `${VERDICT[f.verdict]} ` : '';
      const question = f.question ? `"${f.question}"` : '(no question text)';
      return `${f.at.slice(0, 10)}  ${mark}${question}  → ${f.planned ?? planSummary(f.plan)}  (${f.channel}, ${f.user})`;
    }),
  ];
}

/** `pulse feedback [--all] [--json]`: the team's list of questions to fix, from the configured store. */
export async function runFeedbackCommand(
  options: { all: boolean; json: boolean },
  store: FeedbackStore,
  out: (line: string) => void,
): Promise<number> {
  const list = await store.list();
  if (options.json) {
    for (const f of options.all ? list : list.filter((x) => x.verdict === 'down')) out(JSON.stringify(f));
  } else {
    for (const line of feedbackLines(list, options.all)) out(line);
  }
  return 0;
}
