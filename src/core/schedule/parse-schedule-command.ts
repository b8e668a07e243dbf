import { ScheduleError } from '../errors.ts';
import type { Dataset } from '../model/dataset.ts';
import { ALERT_USAGE, parseAlert } from './parse-alert.ts';
import { parseSubscribe, SUBSCRIBE_USAGE } from './parse-subscribe.ts';
import type { ScheduleCommand } from './schedule-types.ts';

export const DIGEST_USAGE = [
  SUBSCRIBE_USAGE,
  '`digest list` — this channel’s subscriptions',
  '`digest unsubscribe <id>`',
].join('\n');
export { ALERT_USAGE };

const words = (text: string): string[] => text.trim().split(/\s+/).filter(Boolean);

/** Whether a command line is one of these (the router sends the rest, such as `digest now`, elsewhere). */
export function isScheduleCommand(text: string): boolean {
  const [head, sub] = words(text.toLowerCase());
  if (head === 'alert' || head === 'alerts') return true;
  return (
    head === 'digest' && ['subscribe', 'list', 'unsubscribe', 'help', 'subscriptions'].includes(sub ?? '')
  );
}

const ID = /^[a-z0-9-]{2,40}$/i;

function takeId(rest: string, what: string, list: string): string {
  const id = rest.trim().replace(/^`|`$/g, '');
  if (!ID.test(id)) {
    throw new ScheduleError(
      `${id ? `\`${id}\` is not a ${what} id` : `Which ${what}? Give its id`}: see \`${list}\`.`,
    );
  }
  return id.toLowerCase();
}

/** Parses `digest subscribe|list|unsubscribe …` and `alert …`. Pure: names resolve against `data`. */
export function parseScheduleCommand(text: string, data: Dataset): ScheduleCommand {
  const [head = '', sub = ''] = words(text);
  const headLower = head.toLowerCase();
  const subLower = sub.toLowerCase();
  const afterSub = text.trim().slice(head.length).trim().slice(sub.length).trim();
  if (headLower === 'digest') {
    if (subLower === 'subscribe') return { kind: 'subscribe', draft: parseSubscribe(afterSub, data) };
    if (subLower === 'list' || subLower === 'subscriptions') return { kind: 'list' };
    if (subLower === 'unsubscribe')
      return { kind: 'unsubscribe', id: takeId(afterSub, 'subscription', 'digest list') };
    return { kind: 'help', topic: 'digest' };
  }
  if (headLower === 'alerts' || (headLower === 'alert' && subLower === 'list')) return { kind: 'alerts' };
  if (headLower === 'alert') {
    if (['remove', 'delete', 'stop', 'cancel'].includes(subLower)) {
      return { kind: 'unalert', id: takeId(afterSub, 'alert', 'alert list') };
    }
    if (subLower === '' || subLower === 'help') return { kind: 'help', topic: 'alert' };
    return { kind: 'alert', draft: parseAlert(text.trim().slice(head.length), data) };
  }
  throw new ScheduleError(`Not a digest or alert command. Use:\n${DIGEST_USAGE}\n${ALERT_USAGE}`);
}
