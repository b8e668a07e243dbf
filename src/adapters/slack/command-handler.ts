import type { App } from '@slack/bolt';
import { isAllowed, REFUSAL } from './access.ts';
import { deliverResponse, type ResponseTarget } from './deliver-response.ts';
import { friendlyMessage, logFailure } from './friendly-error.ts';
import { claimOnce, triggerKey } from './once.ts';
import { slackMessages } from './post-answer.ts';
import type { SlackDeps } from './slack-deps.ts';
import { questionFromSlack } from './slack-text.ts';

export const SLASH_COMMAND = '/pulse';

const notice = (text: string) => [{ text, blocks: [] }];

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
        const reply = await deps.service.command(questionFromSlack(command.text), {
          viewer: { channelId: command.channel_id, userId: command.user_id },
          channelId: command.channel_id,
          userId: command.user_id,
          // Per person and channel, so "/pulse and last month?" follows that person's previous question.
          thread: `slack:${command.channel_id}:user:${command.user_id}`,
        });
        await deliverResponse(target, slackMessages(reply.rendered, reply.answer), reply.ephemeral);
        deps.logger.info(
          { ...log, op: reply.answer?.plan.op, ephemeral: reply.ephemeral },
          'command answered',
        );
      } catch (error) {
        logFailure(deps.logger, error, log, 'command failed');
        await deliverResponse(target, notice(friendlyMessage(error)), true).catch((e: unknown) =>
          logFailure(deps.logger, e, log, 'could not deliver the error notice either'),
        );
      }
    });
  });
}
