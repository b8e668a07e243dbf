import type { Answer, AnswerContext } from './answer-types.ts';
import { execute } from './engine/execute.ts';
import type { Result } from './engine/result.ts';
import { withFigures } from './engine/with-figures.ts';
import { PulseError, SourceError } from './errors.ts';
import { guardNarrative } from './llm/figure-guard.ts';
import { guardWordsOf } from './llm/guard-words.ts';
import { checkPlan } from './llm/plan-check.ts';
import type { Dataset } from './model/dataset.ts';
import { type Day, formatDay } from './model/dates.ts';
import { sourceLabel } from './model/sample-data.ts';
import { briefOf } from './plan/catalog-brief.ts';
import { Lexicon } from './plan/lexicon.ts';
import { type QueryPlan, queryPlanSchema } from './plan/plan-schema.ts';
import { planQuestion, type RulePlan } from './plan/rule-planner.ts';
import { splitRequests } from './plan/split-requests.ts';
import { describeResult } from './render/describe-result.ts';
import type { Doc } from './render/document.ts';
import { escapeMrkdwn } from './render/escape.ts';
import { formatExact } from './render/format.ts';
import { layout, plain } from './render/layout.ts';
import { planPhrase } from './render/plan-phrase.ts';

const lexicons = new WeakMap<Dataset, Lexicon>();

/** The lexicon is built once per dataset (and per visibility view), then reused for every question. */
export function lexiconOf(ds: Dataset): Lexicon {
  let lex = lexicons.get(ds);
  if (!lex) {
    lex = new Lexicon(ds);
    lexicons.set(ds, lex);
  }
  return lex;
}

/** "data as of": the newest row on or before today (rows after today exist when --now is in the past). */
export function footerOf(ds: Dataset, now?: Day): string {
  const last =
    ds.lastDay === undefined ? undefined : now === undefined ? ds.lastDay : Math.min(ds.lastDay, now);
  return `data as of ${last === undefined ? 'n/a' : formatDay(last)} · ${sourceLabel(ds.meta)}`;
}

/** Narrative only where people ask for a story: overviews and "summarize …". */
const wantsNarrative = (plan: QueryPlan, question: string): boolean =>
  plan.op === 'overview' || /\bsummar(y|i[sz]e)\b/i.test(question);

/**
 * The one use-case: question → plan → result → reply. Rules first; a model planner only when the rules are
 * unsure, and its plan must name real things. Every figure comes from the engine.
 */
export async function answer(question: string, ctx: AnswerContext): Promise<Answer> {
  const ds = ctx.dataset.forChannel(ctx.viewer?.channelId);
  if (question.length > MAX_QUESTION_CHARS) return tooLong(question, ds, ctx);
  const parts = splitRequests(question, lexiconOf(ds));
  const answered = await Promise.all(parts.map((part) => answerPart(part, ds, ctx)));
  const [first] = answered;
  if (!first) throw new Error('a question has at least one part');
  const doc = answered.length === 1 ? first.doc : mergeDocs(answered.map((p) => p.doc));
  const degraded = answered.some((p) => p.degraded);
  return {
    question,
    plan: first.plan,
    result: first.result,
    planSource: first.planSource,
    narrative: first.narrative,
    ...(degraded ? { degraded } : {}),
    ...layout(doc, footerOf(ds, ctx.now)),
  };
}

/**
 * Longer than any question people type. Reading costs time in the words, on the one thread every request shares,
 * so a longer one is refused before it is read.
 */
export const MAX_QUESTION_CHARS = 2000;

/** The no-figure reply to a question over the cap: what the limit is, and what to do. */
function tooLong(question: string, ds: Dataset, ctx: AnswerContext): Answer {
  const plan: QueryPlan = { op: 'help', unknown: [], suggestions: [] };
  const result = execute(ds, plan, ctx.now);
  const doc: Doc = {
    title: 'That question is too long',
    sections: [
      `Questions can be up to ${formatExact(MAX_QUESTION_CHARS)} characters; this one has ${formatExact(question.length)}. Ask one short question at a time, e.g. _views last week_.`,
    ],
    context: [],
  };
  return { question, plan, result, planSource: 'rules', ...layout(doc, footerOf(ds, ctx.now)) };
}

/** One question's plan, result and reply before layout. */
interface Part {
  plan: QueryPlan;
  result: Result;
  doc: Doc;
  planSource: Answer['planSource'];
  narrative: Answer['narrative'];
  degraded: boolean;
}

/** Several requests in one question, answered in one message: each part under its own heading. */
function mergeDocs(docs: Doc[]): Doc {
  return {
    title: docs.map((d) => d.title).join(' · '),
    sections: docs.flatMap((d) => [`*${escapeMrkdwn(d.title)}*`, ...d.sections]),
    context: [...new Set(docs.flatMap((d) => d.context))],
  };
}

async function answerPart(question: string, ds: Dataset, ctx: AnswerContext): Promise<Part> {
  const rule = planQuestion(question, {
    dataset: ds,
    lexicon: lexiconOf(ds),
    now: ctx.now,
    previous: ctx.previous,
  });
  let plan = rule.plan;
  let planSource: Answer['planSource'] = rule.followUp ? 'context' : 'rules';
  let degraded = false;
  if (!rule.confident) {
    // Words the rules could not use: the model reads the question when there is one; otherwise (or when it fails
    // or is refused) the reply says what was understood and gives no figure. The rules' guess is never shown as
    // a figure.
    const modelPlan = ctx.planner ? await planWithModel(question, ds, ctx) : undefined;
    if (modelPlan) {
      plan = clampAllTime(modelPlan, ds);
      planSource = 'model';
    } else {
      degraded = ctx.planner !== undefined;
      plan = plan.op === 'help' ? plan : notUnderstood(rule, ds);
    }
  }
  const ran = await run(ds, plan, ctx);
  const { result, doc } = ran;
  if (ran.unavailable) degraded = true;
  let narrative: Answer['narrative'];
  if (ctx.summarizer && wantsNarrative(plan, question) && result.op !== 'help' && !ran.unavailable) {
    const facts = [doc.title, ...doc.sections].map(plain).join('\n');
    try {
      const text = await ctx.summarizer.summarize({ question, result, facts });
      if (text && guardNarrative(text, facts, guardWordsOf(ds.catalog))) {
        doc.sections.unshift(escapeMrkdwn(text.trim()));
        narrative = 'model';
      } else {
        narrative = 'template';
        if (text) ctx.logger?.warn({ op: plan.op }, 'narrative refused by the figure guard');
      }
    } catch (error) {
      narrative = 'template';
      // The summarizer failed (not declined): the template stands in only until it is back.
      degraded = true;
      ctx.logger?.warn({ err: (error as Error).message }, 'summarizer failed; using the template');
    }
  }
  return { plan, result, doc, planSource, narrative, degraded };
}

/** The model's reading of a question the rules could not fully explain, checked in core; undefined if refused. */
async function planWithModel(
  question: string,
  ds: Dataset,
  ctx: AnswerContext,
): Promise<QueryPlan | undefined> {
  const brief = briefOf(ds, formatDay(ctx.now));
  try {
    const proposed = await ctx.planner?.plan({ question, brief, previous: ctx.previous });
    const parsed = proposed && queryPlanSchema.safeParse(proposed);
    const checked = parsed?.success ? checkPlan(parsed.data, brief, question) : undefined;
    if (checked?.ok) return checked.plan;
    if (proposed)
      ctx.logger?.warn({ reason: checked && !checked.ok ? checked.reason : 'schema' }, 'model plan refused');
  } catch (error) {
    ctx.logger?.warn({ err: (error as Error).message }, 'model planner failed');
  }
  return undefined;
}

/** No figure: what the rules understood, the words they could not use, and the question they would have answered. */
function notUnderstood(rule: RulePlan, ds: Dataset): QueryPlan {
  return {
    op: 'help',
    reason: 'not-understood',
    unknown: rule.unknown,
    suggestions: [],
    understood: rule.understood,
    closest: planPhrase(rule.plan, ds),
  };
}

/** Runs a plan directly (buttons, alerts): same engine, same rendering. */
export async function answerPlan(plan: QueryPlan, ctx: AnswerContext): Promise<Answer> {
  const ds = ctx.dataset.forChannel(ctx.viewer?.channelId);
  const { result, doc, unavailable } = await run(ds, plan, ctx);
  return {
    question: '',
    plan,
    result,
    planSource: 'context',
    ...(unavailable ? { degraded: true } : {}),
    ...layout(doc, footerOf(ds, ctx.now)),
  };
}

/** A model cannot know where the data starts: "all time" begins at the first row, as the rules say. */
function clampAllTime(plan: QueryPlan, ds: Dataset): QueryPlan {
  if (!('period' in plan) || plan.period.kind !== 'all' || ds.firstDay === undefined) return plan;
  const first = formatDay(ds.firstDay);
  return plan.period.from < first ? { ...plan, period: { ...plan.period, from: first } } : plan;
}

async function run(
  ds: Dataset,
  plan: QueryPlan,
  ctx: AnswerContext,
): Promise<{ result: Result; doc: Doc; unavailable?: boolean }> {
  let result: Result;
  try {
    // Lists and help come from the catalog alone: a figures database that is down must not silence them.
    result =
      plan.op === 'list' || plan.op === 'help'
        ? execute(ds, plan, ctx.now)
        : await withFigures(ds, () => execute(ds, plan, ctx.now));
  } catch (error) {
    if (!(error instanceof PulseError)) throw error;
    if (error instanceof SourceError) {
      ctx.logger?.warn({ code: error.code, source: error.source }, 'figures source could not answer');
      const help = execute(ds, { op: 'help', unknown: [], suggestions: [] }, ctx.now);
      return { result: help, doc: figuresUnavailable(error), unavailable: true };
    }
    ctx.logger?.warn({ code: error.code, err: error.message }, 'plan could not run');
    result = execute(ds, { op: 'help', unknown: [], suggestions: [] }, ctx.now);
  }
  return { result, doc: describeResult(result) };
}

/** No figure when the figures cannot be read: say so, and that it is the source, not the question. */
function figuresUnavailable(error: SourceError): Doc {
  const why =
    error.code === 'SOURCE_UNREACHABLE'
      ? `The figures database (${escapeMrkdwn(error.source)}) cannot be reached right now`
      : `The figures database (${escapeMrkdwn(error.source)}) could not answer this question`;
  return {
    title: 'Figures unavailable',
    sections: [
      `${why}, so I won't give a figure. Ask again in a minute: I reconnect on my own, and nothing in your question needs to change.`,
    ],
    context: [],
  };
}
