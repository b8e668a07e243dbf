import { answer, answerPlan, footerOf } from '../core/answer.ts';
import type { Answer, Rendered, Viewer } from '../core/answer-types.ts';
import { describeDigest } from '../core/digest/describe-digest.ts';
import { buildDigest } from '../core/digest/digest.ts';
import type { DigestOptions, DigestResult } from '../core/digest/digest-types.ts';
import { withFigures } from '../core/engine/with-figures.ts';
import { PulseError } from '../core/errors.ts';
import { guardNarrative } from '../core/llm/figure-guard.ts';
import { guardWordsOf } from '../core/llm/guard-words.ts';
import type { Dataset } from '../core/model/dataset.ts';
import { type Day, dayInZone, formatDay, parseDay } from '../core/model/dates.ts';
import { sampleNote, sourceLabel } from '../core/model/sample-data.ts';
import { allTime } from '../core/plan/period-math.ts';
import type { Period, QueryPlan } from '../core/plan/plan-schema.ts';
import {
  type Clock,
  type KeyValueStore,
  type Logger,
  type ModelPlanner,
  type Summarizer,
  silentLogger,
  systemClock,
} from '../core/ports.ts';
import { escapeMrkdwn } from '../core/render/escape.ts';
import { layout, plain } from '../core/render/layout.ts';
import { AnswerCache } from './answer-cache.ts';
import type { AskOptions, CommandOptions, CommandReply, DataSource, PulseService } from './pulse-types.ts';
import { sourceLines } from './source-status-text.ts';

/** How long a thread remembers its last question, for follow-ups. */
export const THREAD_TTL_MS = 24 * 3_600_000;

export type ScheduleCommands = (
  args: string,
  ctx: {
    channelId?: string;
    userId?: string;
    dataset: Dataset;
    store: KeyValueStore;
    now: Date;
    logger?: Logger;
  },
) => Promise<{ ephemeral: boolean; text: string }>;

export interface ServiceDeps {
  data: DataSource;
  store: KeyValueStore;
  clock?: Clock;
  /** A fixed "today" (the CLI's --now); otherwise today in the organization's time zone. */
  fixedNow?: string;
  planner?: ModelPlanner;
  summarizer?: Summarizer;
  logger?: Logger;
  /** `digest subscribe|list|unsubscribe` and `alert …`, when the scheduler is wired in. */
  scheduleCommands?: ScheduleCommands;
  isScheduleCommand?: (text: string) => boolean;
  /** Recent answers kept for repeated questions (default 500); 0 answers every question afresh. */
  answerCacheSize?: number;
}

const notice = (title: string, mrkdwn: string, ds?: Dataset): Rendered =>
  layout({ title, sections: [mrkdwn], context: [] }, ds ? footerOf(ds) : '');

export function createPulseService(deps: ServiceDeps): PulseService {
  const clock = deps.clock ?? systemClock;
  const logger = deps.logger ?? silentLogger;
  const fixed = deps.fixedNow === undefined ? undefined : parseDay(deps.fixedNow);
  const todayDay = (): Day =>
    fixed ?? dayInZone(clock.now(), deps.data.current().catalog.organization.timezone);
  const threadKey = (thread: string) => `thread:${thread}`;
  const answers = new AnswerCache<Answer>(deps.answerCacheSize ?? 500);
  const digests = new AnswerCache<{ result: DigestResult; rendered: Rendered }>(100);
  /** Everything an answer depends on besides thread context: a new data file or a new day changes the key. */
  const cacheKey = (kind: string, channel: string | undefined, text: string) =>
    `${kind}|${deps.data.current().meta.version}|${todayDay()}|${channel ?? ''}|${text}`;

  const context = (viewer: Viewer | undefined, previous?: QueryPlan) => ({
    dataset: deps.data.current(),
    now: todayDay(),
    viewer,
    previous,
    planner: deps.planner,
    summarizer: deps.summarizer,
    logger,
  });

  const remember = async (thread: string | undefined, a: Answer) => {
    if (thread && a.plan.op !== 'help')
      await deps.store.set(
        threadKey(thread),
        focusOf(a, allTime(deps.data.current().firstDay, todayDay())),
        THREAD_TTL_MS,
      );
  };

  const service: PulseService = {
    data: deps.data,
    today: () => formatDay(todayDay()),

    async ask(question: string, options: AskOptions = {}): Promise<Answer> {
      const previous = options.thread
        ? await deps.store.get<QueryPlan>(threadKey(options.thread))
        : undefined;
      // A follow-up depends on the thread's last plan too, so that plan is part of its key. The question keeps
      // its case: the rules read capitals as names ("on the Gram" is not "on the gram").
      const key = cacheKey(
        'ask',
        options.viewer?.channelId,
        `${question.trim().replace(/\s+/g, ' ')}|${previous ? JSON.stringify(previous) : ''}`,
      );
      const cached = answers.get(key);
      const a = cached ?? (await answer(question, context(options.viewer, previous)));
      // A fallback (the configured model failed or was refused) is not the answer once the model is back.
      if (!cached && !a.degraded) answers.set(key, a);
      await remember(options.thread, a);
      return cached ? { ...a, question } : a;
    },

    async run(plan: QueryPlan, options: AskOptions = {}): Promise<Answer> {
      const a = await answerPlan(plan, context(options.viewer));
      await remember(options.thread, a);
      return a;
    },

    async digest(
      options: DigestOptions & { viewer?: Viewer },
    ): Promise<{ result: DigestResult; rendered: Rendered }> {
      const key = cacheKey(
        'digest',
        options.viewer?.channelId,
        `${options.period}|${(options.campaigns ?? []).join(',')}`,
      );
      const cached = digests.get(key);
      if (cached) return cached;
      const ds = deps.data.current().forChannel(options.viewer?.channelId);
      const result = await withFigures(ds, () => buildDigest(ds, todayDay(), options));
      let narrative: string | undefined;
      let degraded = false;
      if (deps.summarizer) {
        const facts = describeDigest(result).sections.map(plain).join('\n');
        try {
          const text = await deps.summarizer.summarize({
            question: `digest for ${result.period.label}`,
            result: digestAsResult(result),
            facts,
          });
          if (text && guardNarrative(text, facts, guardWordsOf(ds.catalog))) narrative = text.trim();
        } catch (error) {
          degraded = true;
          logger.warn({ err: (error as Error).message }, 'digest narrative failed; using the template');
        }
      }
      const out = { result, rendered: layout(describeDigest(result, narrative), footerOf(ds, todayDay())) };
      // The template stands in for a failed summarizer only until it recovers.
      if (!degraded) digests.set(key, out);
      return out;
    },

    async command(text: string, options: CommandOptions = {}): Promise<CommandReply> {
      const line = text
        .trim()
        .replace(/^\/?pulse\b/i, '')
        .trim();
      const [head = '', ...rest] = line.split(/\s+/);
      const verb = head.toLowerCase();
      const ds = deps.data.current();
      if (verb === '' || verb === 'help' || verb === '?')
        return { ephemeral: true, rendered: notice('Pulse — help', helpText(!!deps.scheduleCommands)) };
      if (deps.scheduleCommands && (deps.isScheduleCommand?.(line) ?? false)) {
        const r = await deps.scheduleCommands(line, {
          channelId: options.channelId,
          userId: options.userId,
          dataset: ds,
          store: deps.store,
          now: clock.now(),
          logger,
        });
        return { ephemeral: r.ephemeral, rendered: notice('Pulse', r.text) };
      }
      if (verb === 'digest') {
        const arg = (rest[0] ?? 'now').toLowerCase();
        const period =
          (['day', 'week', 'month'] as const).find((p) => rest.some((w) => w.toLowerCase().startsWith(p))) ??
          'week';
        if (arg !== 'now' && !['day', 'week', 'month', 'daily', 'weekly', 'monthly'].includes(arg)) {
          return {
            ephemeral: true,
            rendered: notice(
              'Pulse — digest',
              'Try `digest now`, `digest now month`, or `digest subscribe weekly mon 09:00`.',
            ),
          };
        }
        try {
          const { rendered } = await service.digest({ period, viewer: options.viewer });
          return { ephemeral: false, rendered };
        } catch (error) {
          if (error instanceof PulseError)
            return { ephemeral: true, rendered: notice('Pulse — digest', escapeMrkdwn(error.message)) };
          throw error;
        }
      }
      if (verb === 'reload' || verb === 'status') {
        const r = verb === 'reload' ? await deps.data.reload() : undefined;
        const current = deps.data.current();
        const refused = r && !r.ok ? r.error : deps.data.lastError();
        const lines = [
          `Serving *${escapeMrkdwn(sourceLabel(current.meta))}* (data as of ${current.asOf ?? 'n/a'}, version ${current.meta.version}).`,
        ];
        const note = sampleNote(current.meta);
        if (note) lines.push(note);
        if (r?.ok) lines.unshift('Reloaded the data file.');
        const sources = deps.data.sources?.() ?? [];
        if (sources.length > 0) lines.push('*Sources*', ...sourceLines(sources, current));
        if (refused)
          lines.push(
            `The newer data was refused, so the last good data keeps serving:\n\`\`\`${escapeMrkdwn(refused.message.slice(0, 2500))}\`\`\``,
          );
        return { ephemeral: true, rendered: notice('Pulse — data', lines.join('\n')) };
      }
      if (verb === 'campaign' || verb === 'campaigns') {
        const name = rest.join(' ');
        const a = await service.ask(
          name ? `summarize the ${name} campaign` : 'which campaigns are there?',
          options,
        );
        return { ephemeral: a.plan.op === 'help', rendered: a, answer: a };
      }
      const a = await service.ask(line, options);
      return { ephemeral: a.plan.op === 'help', rendered: a, answer: a };
    },
  };
  return service;
}

/**
 * What the thread is about next: the plan answered, or the one campaign or piece of content a list found, so that
 * "who owns it?" after "which campaigns target Japan?" is about that campaign.
 */
function focusOf(a: Answer, whole: Period): QueryPlan {
  const r = a.result;
  if (r.op !== 'list' || r.items.length !== 1) return a.plan;
  const [only] = r.items;
  if (r.what === 'campaigns' && only && 'id' in only)
    return { op: 'overview', kind: 'campaign', id: only.id, period: whole };
  if (r.what === 'assets' && only && 'id' in only)
    return { op: 'overview', kind: 'asset', id: only.id, period: whole };
  return a.plan;
}

/** The digest handed to a summarizer as an overview-shaped result, so one prompt serves both. */
function digestAsResult(d: DigestResult) {
  return {
    op: 'overview' as const,
    kind: 'organization' as const,
    name: d.organization,
    period: d.period,
    facts: [{ label: 'Compared with', value: d.previous.label }],
    figures: [{ metric: d.metric, value: d.total.current }],
    goals: d.goals,
    awards: d.awards,
  };
}

function helpText(withSchedules: boolean): string {
  const lines = [
    'Ask me about your campaigns in plain words, for example:',
    '• `/pulse How many views did our top video get last week?`',
    '• `/pulse Which campaigns target Japan?`',
    '• `/pulse How are we tracking against the views goal?`',
    '',
    '*Commands*',
    '• `/pulse <question>` — answer a question',
    '• `/pulse campaign <name>` — a campaign overview',
    '• `/pulse digest now [week|month]` — the digest, now',
    '• `/pulse status` / `/pulse reload` — which data is served; reload it now',
    '• `/pulse help` — this message',
  ];
  if (withSchedules) {
    lines.push(
      '• `/pulse digest subscribe weekly mon 09:00 [Time/Zone] [campaign …]` — post a digest on a schedule',
      '• `/pulse digest list` / `/pulse digest unsubscribe <id>`',
      '• `/pulse alert <metric> <subject> drops|rises <N>% week over week`',
    );
  }
  return lines.join('\n');
}
