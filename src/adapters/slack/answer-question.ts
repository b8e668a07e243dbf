import type { webApi } from '@slack/bolt';
import { isAllowed, isDirectChannel, REFUSAL } from './access.ts';
import { friendlyMessage, logFailure } from './friendly-error.ts';
import { claimOnce, markThreadAnswered, messageKey } from './once.ts';
import { type Destination, postNotice, postPrivateNotice } from './post-answer.ts';
import { postAnswer, uploadAnswerChart } from './send-answer.ts';
import type { SlackDeps } from './slack-deps.ts';
import { questionFromSlack } from './slack-text.ts';

/** A person's message that Pulse should answer. */
export interface IncomingQuestion {
  source: 'mention' | 'dm' | 'thread';
  channel: string;
  user: string;
  /** The message's own ts: with the channel, its identity for dedupe. */
  ts: string;
  text: string;
  /** Where the answer goes; undefined = the conversation itself (a DM). */
  replyThreadTs?: string;
  /** PulseService's conversation key, so follow-ups reuse the thread's last plan. */
  conversation: string;
  /** Runs once the question is accepted, before the (possibly slow) answer: the panel's status and title. */
  onStart?: () => Promise<void>;
}

/** Answers one message exactly once: claim, check access, ask, post, remember the thread. */
export async function answerQuestion(
  deps: SlackDeps,
  client: webApi.WebClient,
  q: IncomingQuestion,
): Promise<void> {
  const to: Destination = { channel: q.channel, threadTs: q.replyThreadTs };
  const log = { component: 'slack', source: q.source, channel: q.channel, user: q.user, ts: q.ts };
  try {
    // app_mention and message both deliver a mention in an answered thread: whichever comes first answers.
    if (!(await claimOnce(deps.store, messageKey(q.channel, q.ts)))) return;
    if (!isAllowed(deps.policy, q.channel, q.user)) {
      deps.logger.info(log, 'refused: channel or user not allowed');
      if (isDirectChannel(q.channel)) await postNotice(client, to, REFUSAL);
      else await postPrivateNotice(client, { ...to, user: q.user }, REFUSAL);
      return;
    }
    const question = questionFromSlack(q.text) || 'help';
    await q.onStart?.();
    const answer = await deps.service.ask(question, {
      viewer: { channelId: q.channel, userId: q.user },
      thread: q.conversation,
    });
    await postAnswer(deps, client, to, answer);
    if (q.replyThreadTs && !isDirectChannel(q.channel)) {
      await markThreadAnswered(deps.store, q.channel, q.replyThreadTs, deps.threadTtlMs);
    }
    deps.logger.info({ ...log, op: answer.plan.op, planSource: answer.planSource }, 'answered');
    await uploadAnswerChart(deps, client, to, answer);
  } catch (error) {
    logFailure(deps.logger, error, log, 'could not answer');
    await postNotice(client, to, friendlyMessage(error)).catch((e: unknown) =>
      logFailure(deps.logger, e, log, 'could not deliver the error notice either'),
    );
  }
}
