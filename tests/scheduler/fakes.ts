import type { ChartImage, DigestPoster } from '../../src/adapters/scheduler/digest-poster.ts';
import type { PulseService } from '../../src/app/pulse-types.ts';
import type { Answer, Rendered, Viewer } from '../../src/core/answer-types.ts';
import type { DigestOptions, DigestResult } from '../../src/core/digest/digest-types.ts';
import { dayInZone, formatDay } from '../../src/core/model/dates.ts';
import type { QueryPlan } from '../../src/core/plan/plan-schema.ts';
import type { Clock } from '../../src/core/ports.ts';

/** A clock the test moves by hand. */
export class FakeClock implements Clock {
  #t: number;
  constructor(iso: string) {
    this.#t = Date.parse(iso);
  }
  now(): Date {
    return new Date(this.#t);
  }
  set(iso: string): void {
    this.#t = Date.parse(iso);
  }
  advance(ms: number): void {
    this.#t += ms;
  }
  ms(): number {
    return this.#t;
  }
}

const metric = { id: 'views', label: 'Views', kind: 'flow' as const };
const week = { kind: 'week' as const, from: '2024-05-27', to: '2024-06-02', label: 'last week' };

/** The service surface the scheduler uses, with figures the test controls. */
export class FakeService implements Pick<PulseService, 'digest' | 'run' | 'today'> {
  readonly digestCalls: (DigestOptions & { viewer?: Viewer })[] = [];
  /** What the next digests report as `unchanged`. */
  unchanged = false;
  /** Week-over-week figures the alerts read: [last week, the week before]. */
  weekly: [number, number] = [100, 100];
  failDigest = 0;

  constructor(
    readonly clock: Clock,
    readonly timezone = 'UTC',
  ) {}

  today(): string {
    return formatDay(dayInZone(this.clock.now(), this.timezone));
  }

  async digest(
    options: DigestOptions & { viewer?: Viewer },
  ): Promise<{ result: DigestResult; rendered: Rendered }> {
    if (this.failDigest > 0) {
      this.failDigest--;
      throw new Error('data file is being replaced');
    }
    this.digestCalls.push(options);
    const result: DigestResult = {
      organization: 'Test Org',
      metric,
      period: week,
      previous: { ...week, from: '2024-05-20', to: '2024-05-26', label: 'the week before' },
      total: { current: 10, previous: 10, delta: 0 },
      campaigns: [],
      goals: [],
      worth: [],
      highlights: [],
      awards: [],
      rankings: [],
      chart: [{ week: '2024-05-27', campaign: 'A', value: 10 }],
      unchanged: this.unchanged,
    };
    const text = `Digest (${options.period}) for ${options.viewer?.channelId} [${(options.campaigns ?? []).join(',')}]`;
    return { result, rendered: { text, blocks: [], terminal: text } };
  }

  async run(plan: QueryPlan, options?: { viewer?: Viewer }): Promise<Answer> {
    if (plan.op !== 'compare') throw new Error(`unexpected plan ${plan.op}`);
    const [current, previous] = this.weekly;
    const text = `Views ${plan.period.label}: ${current} vs ${previous} (${options?.viewer?.channelId})`;
    return {
      question: 'alert',
      plan,
      planSource: 'rules',
      result: {
        op: 'compare',
        metric,
        change: false,
        mode: 'previous',
        items: [
          { subject: 'all', period: plan.period, value: current },
          { subject: 'all', period: plan.period, value: previous },
        ],
        delta: current - previous,
        growth: previous === 0 ? undefined : (current - previous) / previous,
      },
      text,
      blocks: [],
      terminal: text,
    };
  }
}

export interface RecordedPost {
  channelId: string;
  text: string;
  chart?: ChartImage;
  /** The fake clock's time when posted. */
  at: string;
}

/** Records posts; `failures` are thrown by the next posts, in order. */
export class RecordingPoster implements DigestPoster {
  readonly posts: RecordedPost[] = [];
  readonly failures: Error[] = [];

  constructor(readonly clock: Clock) {}

  async post(channelId: string, message: Pick<Rendered, 'text'>, chart?: ChartImage): Promise<void> {
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.posts.push({ channelId, text: message.text, chart, at: this.clock.now().toISOString() });
  }
}
