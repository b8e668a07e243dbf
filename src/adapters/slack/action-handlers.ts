import type { App, BlockAction, ButtonAction, SlackActionMiddlewareArgs, webApi } from '@slack/bolt';
import { isAllowed, REFUSAL } from './access.ts';
import { ACTION_IDS, planFromButton } from './answer-actions.ts';
import { deliverResponse, type ResponseTarget } from './deliver-response.ts';
import { friendlyMessage, logFailure } from './friendly-error.ts';
import { claimOnce, conversationKey, markThreadAnswered, triggerKey } from './once.ts';
import { slackMessages } from './post-answer.ts';
import { postAnswer, uploadAnswerChart, withRecord } from './send-answer.ts';
import type { SlackDeps } from './slack-deps.ts';

// The buttons under an answer. Each click is acked at once; the follow-up answer goes into the answer's thread
// (or, for an ephemeral answer, back to the person only).

export const SUBSCRIBE_COMMAND = 'digest subscribe weekly mon 09:00';
export const EXPIRED = 'That button no longer works. Ask the question again and use the new buttons.';

export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & {
  client: webApi.WebClient;
};

export const notice = (text: string) => [{ text, blocks: [] }];

/** Acks nothing (the caller did), claims the click once, checks access, runs it, and answers any failure. */
export async function onButton(deps: SlackDeps, args: ButtonArgs, run: (t: ResponseTarget) => Promise<void>) {
  const { body, respond, client } = args;
  const channel = body.channel?.id;
  const user = body.user.id;
  const log = { component: 'slack', source: 'button', action: args.action.action_id, channel, user };
  const target: ResponseTarget = {
    respond,
    client,
    channel: channel ?? user,
    user,
    logger: deps.logger,
    backoffMs: deps.respondBackoffMs,
  };
  try {
    if (!(await claimOnce(deps.store, triggerKey(body.trigger_id)))) return;
    if (!channel || !isAllowed(deps.policy, channel, user)) {
      deps.logger.info(log, 'refused: channel or user not allowed');
      await deliverResponse(target, notice(REFUSAL), true);
      return;
    }
    await run(target);
  } catch (error) {
    logFailure(deps.logger, error, log, 'button failed');
    await deliverResponse(target, notice(friendlyMessage(error)), true).catch((e: unknown) =>
      logFailure(deps.logger, e, log, 'could not deliver the error notice either'),
    );
  }
}

async function runPlanButton(deps: SlackDeps, args: ButtonArgs, target: ResponseTarget): Promise<void> {
  const { body, client } = args;
  const plan = planFromButton(args.action.value);
  if (!plan) {
    await deliverResponse(target, notice(EXPIRED), true);
    return;
  }
  const ephemeral = body.container.is_ephemeral === true || !body.message;
  const threadTs = body.message
    ? ((body.message.thread_ts as string | undefined) ?? body.message.ts)
    : undefined;
  const answer = await deps.service.run(plan, {
    viewer: { channelId: target.channel, userId: target.user },
    thread: conversationKey(target.channel, threadTs),
  });
  // The feedback on a follow-up is about what the button asked.
  const question = args.action.text.text;
  if (ephemeral || !threadTs) {
    const source = await withRecord(deps, answer, { question, ephemeral: true });
    await deliverResponse(target, slackMessages(answer, source), true);
    return;
  }
  const to = { channel: target.channel, threadTs };
  await postAnswer(deps, client, to, answer, question);
  await markThreadAnswered(deps.store, target.channel, threadTs, deps.threadTtlMs);
  await uploadAnswerChart(deps, client, to, answer);
}

export function registerAnswerButtons(app: App, deps: SlackDeps): void {
  for (const id of [ACTION_IDS.breakdown, ACTION_IDS.compare]) {
    app.action<BlockAction<ButtonAction>>({ action_id: id, type: 'block_actions' }, async (args) => {
      await args.ack();
      await deps.work.run(() => onButton(deps, args, (target) => runPlanButton(deps, args, target)));
    });
  }

  app.action<BlockAction<ButtonAction>>(
    { action_id: ACTION_IDS.subscribe, type: 'block_actions' },
    async (args) => {
      await args.ack();
      await deps.work.run(() =>
        onButton(deps, args, async (target) => {
          const reply = await deps.service.command(SUBSCRIBE_COMMAND, {
            viewer: { channelId: target.channel, userId: target.user },
            channelId: target.channel,
            userId: target.user,
          });
          await deliverResponse(target, slackMessages(reply.rendered, reply.answer), reply.ephemeral);
        }),
      );
    },
  );
}
