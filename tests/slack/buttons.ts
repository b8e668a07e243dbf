import type { RecordedCall } from '../fakes/fake-slack-api.ts';
import { eventFixture, fixture, type Harness } from './slack-harness.ts';

// Clicking what Pulse posted: Slack-shaped block_actions payloads built from the buttons the fake received, so
// the values are exactly what Pulse put there.

type Json = Record<string, unknown>;

export interface Button {
  action_id: string;
  value?: string;
  text: { text: string };
}

/** Every button of a posted message or response, across its actions blocks. */
export const buttonsOf = (call: RecordedCall | undefined): Button[] =>
  ((call?.body.blocks ?? []) as { type: string; elements?: Button[] }[])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? []);

export const findButton = (buttons: Button[], id: string) =>
  buttons.find((b) => b.action_id === id) as Button;

let clicks = 0;

/** Clicks a button as `user` (default the fixture's), with a fresh trigger id and response_url each time. */
export function clickButton(harness: Harness, button: Button, overrides: Json = {}, user?: string) {
  clicks += 1;
  const base = fixture('action-button');
  const [action] = base.actions as Json[];
  return harness.sendAction({
    ...base,
    ...(user ? { user: { ...(base.user as Json), id: user } } : {}),
    trigger_id: `7000000000${clicks}.2.click`,
    response_url: harness.api.responseUrl(`click-${clicks}`),
    actions: [
      {
        ...action,
        action_id: button.action_id,
        value: button.value,
        text: { type: 'plain_text', ...button.text },
      },
    ],
    ...overrides,
  });
}

/** Mentions Pulse (the recorded mention, or with this text) and returns its answer and buttons. */
export async function mentionWithButtons(
  harness: Harness,
  text?: string,
): Promise<{ answer: RecordedCall; buttons: Button[] }> {
  await harness.sendEvent(eventFixture('event-app-mention', text ? { text } : {}));
  await harness.api.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'));
  const answer = harness.api.callsTo('chat.postMessage')[0] as RecordedCall;
  return { answer, buttons: buttonsOf(answer) };
}
