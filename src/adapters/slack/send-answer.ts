import type { webApi } from '@slack/bolt';
import type { Answer } from '../../core/answer-types.ts';
import { answerChart } from '../chart/answer-chart.ts';
import { chartAltText, chartFilename } from '../chart/chart.ts';
import type { ActionSource } from './answer-actions.ts';
import { rememberAnswer } from './answer-record.ts';
import { errorFields } from './friendly-error.ts';
import { type Destination, postRendered, uploadFile } from './post-answer.ts';
import type { SlackDeps } from './slack-deps.ts';

// An answer goes out in two steps: the text with its buttons at once, then its chart, which takes a render and
// an upload. The chart never holds up the answer, and a failed upload is logged: the answer is already there.

/** The answer's record stored, so its 👍 / 👎 and "Download CSV" buttons work when clicked. */
export async function withRecord(
  deps: SlackDeps,
  answer: Answer,
  options: { question?: string; ephemeral?: boolean } = {},
): Promise<ActionSource> {
  const record = await rememberAnswer(deps.store, answer, deps.logger, options.question);
  return { plan: answer.plan, result: answer.result, record, ephemeral: options.ephemeral };
}

/** Posts an answer (text and buttons) into a conversation; returns the first message's ts. */
export async function postAnswer(
  deps: SlackDeps,
  client: webApi.WebClient,
  to: Destination,
  answer: Answer,
  question?: string,
): Promise<string | undefined> {
  return postRendered(client, to, answer, await withRecord(deps, answer, { question }));
}

/** Uploads the answer's chart next to it, when it has one (over time, a breakdown, a ranking). */
export async function uploadAnswerChart(
  deps: SlackDeps,
  client: webApi.WebClient,
  to: Destination,
  answer: Pick<Answer, 'result'>,
): Promise<void> {
  const chart = deps.renderChart ? answerChart(answer.result) : undefined;
  if (!chart || !deps.renderChart) return;
  try {
    const png = await deps.renderChart(chart);
    await uploadFile(client, to, {
      file: png,
      filename: chartFilename(chart),
      title: chart.title,
      altText: chartAltText(chart),
    });
  } catch (error) {
    deps.logger.warn(
      { component: 'slack', channel: to.channel, threadTs: to.threadTs, ...errorFields(error) },
      'answer chart not posted',
    );
  }
}
