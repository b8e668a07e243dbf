import type { App } from '@slack/bolt';
import { ADMIN_ONLY, isAllowed, mayRunCommand, REFUSAL } from './access.ts';
import { deliverResponse, type ResponseTarget } from './deliver-response.ts';
import { friendlyMessage, logFailure } from './friendly-error.ts';
import { claimOnce, conversationKey, triggerKey } from './once.ts';
import { slackMessages } from './post-answer.ts';
import { uploadAnswerChart, withRecord } from './send-answer.ts';
import type { SlackDeps } from './slack-deps.ts';
import { questionFromSlack } from './slack-text.ts';

export const SLASH_COMMAND = '/pulse';

const notice = (text: string) => [{ text, blocks: [] }];

/**
 * Context belongs to a Slack thread: a command sent in one (when Slack says so with `thread_ts`) continues it, as
 * a mention there would. Outside a thread a command has no context at all, so a complete question is never read
 * as a follow-up of an earlier, unrelated command.
 */
export function commandThread(command: { channel_id: string; thread_ts?: unknown }): string | undefined {
  return typeof command.thread_ts === 'string' && command.thread_ts
    ? conversationKey(command.channel_id, command.thread_ts)
    : undefined;
}

/**
 * `/pulse <question>`, `/pulse campaign <name>`, `/pulse digest now`, `/pulse help`: acked before any work,
 * answered through respond(); help and errors only to the person who asked.
 */
export function registerPulseCommand(app: App, deps: SlackDeps): void {
  app.command(SLASH_COMMAND, async ({ ack, command, respond, client }) => {
    await ack();
    await deps.work.run(async () => {
      const log = {
        component: 'slack',
        source: 'command',
        channel: command.channel_id,
        user: command.user_id,
      };
      const target: ResponseTarget = {
        respond,
        client,
        channel: command.channel_id,
        user: command.user_id,
        logger: deps.logger,
        backoffMs: deps.respondBackoffMs,
      };
      try {
        if (!(await claimOnce(deps.store, triggerKey(command.trigger_id)))) return;
        if (!isAllowed(deps.policy, command.channel_id, command.user_id)) {
          deps.logger.info(log, 'refused: channel or user not allowed');
          await deliverResponse(target, notice(REFUSAL), true);
          return;
        }
        const text = questionFromSlack(command.text);
        if (!mayRunCommand(deps.imports.admins, command.user_id, text)) {
          deps.logger.info(log, 'refused: admin command');
          await deliverResponse(target, notice(ADMIN_ONLY), true);
          return;
        }
        const reply = await deps.service.command(text, {
          viewer: { channelId: command.channel_id, userId: command.user_id },
          channelId: command.channel_id,
          userId: command.user_id,
          thread: commandThread(command),
        });
        const { answer, ephemeral } = reply;
        const source = answer && (await withRecord(deps, answer, { ephemeral }));
        await deliverResponse(target, slackMessages(reply.rendered, source), ephemeral);
        deps.logger.info({ ...log, op: answer?.plan.op, ephemeral }, 'command answered');
        // An answer for the channel gets its chart there too (a private one cannot: files are never ephemeral).
        if (answer && !ephemeral) {
          const threadTs = typeof command.thread_ts === 'string' ? command.thread_ts : undefined;
          await uploadAnswerChart(deps, client, { channel: command.channel_id, threadTs }, answer);
        }
      } catch (error) {
        logFailure(deps.logger, error, log, 'command failed');
        await deliverResponse(target, notice(friendlyMessage(error)), true).catch((e: unknown) =>
          logFailure(deps.logger, e, log, 'could not deliver the error notice either'),
        );
      }
    });
  });
}
