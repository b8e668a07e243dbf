import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { KeyValueStore, Logger } from '../../core/ports.ts';
import { errorFields } from './friendly-error.ts';
import { claimOnce, eventKey } from './once.ts';

interface EventShape {
  type?: string;
  channel_type?: string;
  thread_ts?: string;
}

/**
 * Only events that can lead to a reply are worth a store write: in a busy workspace most `message` events are
 * top-level channel chatter that Pulse ignores anyway.
 */
function mayReply(event: EventShape | undefined): boolean {
  if (!event?.type) return false;
  if (event.type !== 'message') return true;
  return event.channel_type === 'im' || event.thread_ts !== undefined;
}

/**
 * Drops a second delivery of the same Events API event (Slack's retries carry the same event_id and an
 * x-slack-retry-num header). Runs before every listener; events are already acked by then.
 */
export function dedupeEvents(store: KeyValueStore, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = 'event_id' in body && typeof body.event_id === 'string' ? body.event_id : undefined;
    const event = 'event' in body ? (body.event as EventShape) : undefined;
    if (eventId && mayReply(event)) {
      let first = true;
      try {
        first = await claimOnce(store, eventKey(eventId));
      } catch (error) {
        // The per-message claim further on still guards answers, and reports a store outage to the person.
        logger.warn({ component: 'slack', eventId, ...errorFields(error) }, 'event dedupe unavailable');
      }
      if (!first) {
        logger.info(
          { component: 'slack', eventId, retryNum: context.retryNum },
          'duplicate delivery ignored',
        );
        return;
      }
    }
    await next();
  };
}
