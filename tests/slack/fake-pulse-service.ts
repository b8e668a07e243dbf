import type { AskOptions, CommandOptions, CommandReply, PulseService } from '../../src/app/pulse-types.ts';
import type { Answer, Rendered } from '../../src/core/answer-types.ts';
import type { Dataset } from '../../src/core/model/dataset.ts';
import type { QueryPlan } from '../../src/core/plan/plan-schema.ts';

// A scripted PulseService for the adapter's failure paths (errors, oversized answers, hostile text), where the
// real service would need contrived data. Everything else runs against the real service.

export interface ServiceCall {
  fn: 'ask' | 'run' | 'command';
  input: string | QueryPlan;
  options: AskOptions | CommandOptions | undefined;
}

const LAST_WEEK = { kind: 'week', from: '2024-05-27', to: '2024-06-02', label: 'last week' } as const;

export const VALUE_PLAN: QueryPlan = {
  op: 'value',
  metric: 'views',
  scope: {},
  period: LAST_WEEK,
  change: false,
};

export function renderedText(text: string): Rendered {
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }], terminal: text };
}

export class FakePulseService implements PulseService {
  readonly calls: ServiceCall[] = [];
  /** Thrown by the next calls while set. */
  failure: Error | undefined;
  /** What answers look like; tests replace it. */
  render: (input: string) => Rendered = (input) => renderedText(`Answer to: ${input}`);
  readonly #dataset: Dataset;

  constructor(dataset: Dataset) {
    this.#dataset = dataset;
  }

  readonly data = {
    current: () => this.#dataset,
    reload: async () => ({ ok: true as const }),
    lastError: () => undefined,
  };

  today(): string {
    return '2024-06-05';
  }

  #answer(question: string, plan: QueryPlan): Answer {
    const result = {
      op: 'value' as const,
      metric: { id: 'views', label: 'Views', kind: 'flow' as const },
      subject: 'Pulse Demo Office',
      period: LAST_WEEK,
      value: 10_500,
      change: false,
      hasData: true,
    };
    return { ...this.render(question), question, plan, result, planSource: 'rules' };
  }

  async ask(question: string, options?: AskOptions): Promise<Answer> {
    this.calls.push({ fn: 'ask', input: question, options });
    if (this.failure) throw this.failure;
    return this.#answer(question, VALUE_PLAN);
  }

  async run(plan: QueryPlan, options?: AskOptions): Promise<Answer> {
    this.calls.push({ fn: 'run', input: plan, options });
    if (this.failure) throw this.failure;
    return this.#answer(`(${plan.op})`, plan);
  }

  async command(text: string, options?: CommandOptions): Promise<CommandReply> {
    this.calls.push({ fn: 'command', input: text, options });
    if (this.failure) throw this.failure;
    if (text === 'help') return { ephemeral: true, rendered: renderedText('How to use Pulse') };
    const answer = this.#answer(text, VALUE_PLAN);
    return { ephemeral: false, rendered: answer, answer };
  }

  async digest(): Promise<never> {
    throw new Error('digest is not used by the Slack adapter');
  }
}
