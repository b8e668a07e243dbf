import type { Dataset } from '../../core/model/dataset.ts';
import { defuseMentions } from './safe-text.ts';

export interface Prompt {
  title: string;
  message: string;
}

/** Slack shows at most four suggested prompts. */
const MAX_PROMPTS = 4;
const MAX_TITLE = 75;

const short = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * Prompts for the assistant panel, built from what this viewer may see: pass `dataset.forChannel(channel)`, so a
 * campaign restricted to other channels is never suggested.
 */
export function suggestedPrompts(view: Dataset): Prompt[] {
  const { metrics, campaigns } = view.catalog;
  const metric =
    metrics.find((m) => m.id === 'views') ?? metrics.find((m) => m.kind === 'flow') ?? metrics[0];
  const order = { active: 0, paused: 1, completed: 2, planned: 3 } as const;
  const named = [...campaigns].sort((a, b) => order[a.status] - order[b.status]).slice(0, 2);
  const prompts: Prompt[] = [];
  if (metric) {
    const label = metric.label.toLowerCase();
    for (const c of named) {
      prompts.push({
        title: `${c.name}: last week`,
        message: `How many ${label} did ${c.name} get last week?`,
      });
    }
    if (campaigns.length > 1) {
      prompts.push({ title: `Top campaigns this month`, message: `Top campaigns by ${label} this month` });
    }
  }
  prompts.push({ title: 'What can you answer?', message: 'help' });
  return prompts.slice(0, MAX_PROMPTS).map((p) => ({
    title: defuseMentions(short(p.title, MAX_TITLE)),
    message: defuseMentions(p.message),
  }));
}
