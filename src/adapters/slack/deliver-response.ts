import { RespondError, type RespondFn, type webApi } from '@slack/bolt';
import type { Logger } from '../../core/ports.ts';
import { errorFields } from './friendly-error.ts';
import { asSlackBlocks, NO_PARSE, respondArguments } from './post-answer.ts';
import type { SlackMessage } from './split-message.ts';

// respond() posts to a response_url without the Web API client's retries. Transient failures (429, 5xx,
// network) are retried here; a URL that is gone (expired, 404) falls back to the Web API, so an answer is
// never dropped without a trace.

export interface ResponseTarget {
  respond: RespondFn;
  client: webApi.WebClient;
  channel: string;
  user: string;
  logger: Logger;
  /** Pause between attempts; tests shorten it. */
  backoffMs?: number;
}

const ATTEMPTS = 3;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const transient = (error: unknown) =>
  !(error instanceof RespondError) || error.statusCode === 429 || error.statusCode >= 500;

async function viaResponseUrl(t: ResponseTarget, m: SlackMessage, ephemeral: boolean): Promise<boolean> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      await t.respond(respondArguments(m, ephemeral));
      return true;
    } catch (error) {
      t.logger.warn(
        { component: 'slack', attempt, channel: t.channel, ...errorFields(error) },
        'response_url post failed',
      );
      if (!transient(error) || attempt === ATTEMPTS) return false;
      await sleep((t.backoffMs ?? 1000) * attempt);
    }
  }
  return false;
}

export async function deliverResponse(
  t: ResponseTarget,
  messages: SlackMessage[],
  ephemeral: boolean,
): Promise<void> {
  for (const m of messages) {
    if (await viaResponseUrl(t, m, ephemeral)) continue;
    const blocks = m.blocks.length ? { blocks: asSlackBlocks(m.blocks) } : {};
    const base = { channel: t.channel, text: m.text, ...blocks, ...NO_PARSE };
    if (ephemeral) await t.client.chat.postEphemeral({ ...base, user: t.user });
    else await t.client.chat.postMessage(base);
    t.logger.info({ component: 'slack', channel: t.channel }, 'answer delivered through the Web API instead');
  }
}
