import type { App } from '@slack/bolt';
import { answerQuestion } from './answer-question.ts';
import { receiveFiles, sharedFileOf } from './import-flow.ts';
import { conversationKey, isThreadAnswered } from './once.ts';
import type { SlackDeps } from './slack-deps.ts';
import { isSmallTalk, mentionsUser, questionFromSlack } from './slack-text.ts';

// Mentions answer in a thread; DMs answer in place (files in a DM are exports to import, import-flow.ts); a thread the bot already answered in gets answers without
// a new mention. Bots (including this one) are never answered.

const PERSON_SUBTYPES = new Set([undefined, 'file_share', 'thread_broadcast']);

export function registerConversations(app: App, deps: SlackDeps): void {
  app.event('app_mention', async ({ event, client }) => {
    const user = event.user;
    if (event.bot_id || !user) return;
    const threadTs = event.thread_ts ?? event.ts;
    await deps.work.run(() =>
      answerQuestion(deps, client, {
        source: 'mention',
        channel: event.channel,
        user,
        ts: event.ts,
        text: event.text,
        replyThreadTs: threadTs,
        conversation: conversationKey(event.channel, threadTs),
      }),
    );
  });

  app.event('message', async ({ event, context, client }) => {
    if (!PERSON_SUBTYPES.has(event.subtype)) return;
    if (!('user' in event) || typeof event.user !== 'string' || event.user === context.botUserId) return;
    if ('bot_id' in event && event.bot_id) return;
    const text = 'text' in event && typeof event.text === 'string' ? event.text : '';
    const threadTs =
      'thread_ts' in event && typeof event.thread_ts === 'string' ? event.thread_ts : undefined;
    const base = { channel: event.channel, user: event.user, ts: event.ts, text };

    if (event.channel_type === 'im') {
      const files = 'files' in event && Array.isArray(event.files) ? event.files.map(sharedFileOf) : [];
      if (files.length > 0) {
        const shared = files.filter((f) => f !== undefined);
        await deps.work.run(() => receiveFiles(deps, client, { ...base, files: shared }));
        return;
      }
      await deps.work.run(() =>
        answerQuestion(deps, client, {
          ...base,
          source: 'dm',
          replyThreadTs: threadTs,
          conversation: conversationKey(event.channel, threadTs),
        }),
      );
      return;
    }
    if (mentionsUser(text, context.botUserId)) return; // app_mention owns it
    if (!threadTs || threadTs === event.ts) return;
    if (isSmallTalk(questionFromSlack(text))) return;
    if (!(await isThreadAnswered(deps.store, event.channel, threadTs))) return;
    await deps.work.run(() =>
      answerQuestion(deps, client, {
        ...base,
        source: 'thread',
        replyThreadTs: threadTs,
        conversation: conversationKey(event.channel, threadTs),
      }),
    );
  });
}
