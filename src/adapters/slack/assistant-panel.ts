import { Assistant, type AssistantConfig } from '@slack/bolt';
import { isAllowed, REFUSAL } from './access.ts';
import { answerQuestion } from './answer-question.ts';
import { logFailure } from './friendly-error.ts';
import { conversationKey } from './once.ts';
import { defuseMentions } from './safe-text.ts';
import type { SlackDeps } from './slack-deps.ts';
import { questionFromSlack } from './slack-text.ts';
import { suggestedPrompts } from './suggested-prompts.ts';

// The assistant side panel. Its threads are DMs, so the viewer is the DM channel: a campaign restricted to some
// channels is neither suggested nor answered there, whichever channel the person happens to be looking at.

type ContextStore = NonNullable<AssistantConfig['threadContextStore']>;
type ThreadContext = Awaited<ReturnType<ContextStore['get']>>;

const CONTEXT_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const WELCOME =
  "Hi! I answer questions about the team's campaigns from the campaign data: views, followers, goals, top " +
  'content, comparisons. Pick a suggestion or ask in your own words.';

function threadOf(payload: object): { channel?: string; threadTs?: string; context?: ThreadContext } {
  if ('assistant_thread' in payload) {
    const t = payload.assistant_thread as {
      channel_id?: string;
      thread_ts?: string;
      context?: ThreadContext;
    };
    return { channel: t.channel_id, threadTs: t.thread_ts, context: t.context };
  }
  const m = payload as { channel?: string; thread_ts?: string };
  return { channel: m.channel, threadTs: m.thread_ts };
}

/** Keeps the panel's context in our store: Bolt's default re-reads thread history from Slack. */
function contextStore(deps: SlackDeps): ContextStore {
  const key = (payload: object) => {
    const { channel, threadTs } = threadOf(payload);
    return `slack:assistant:${channel}:${threadTs}`;
  };
  return {
    get: async ({ payload }) => (await deps.store.get<ThreadContext>(key(payload))) ?? {},
    save: async ({ payload }) => {
      const { context } = threadOf(payload);
      if (context) await deps.store.set(key(payload), context, CONTEXT_TTL_MS);
    },
  };
}

export function createAssistantPanel(deps: SlackDeps): Assistant {
  return new Assistant({
    threadContextStore: contextStore(deps),

    threadStarted: async ({ event, say, setSuggestedPrompts, saveThreadContext }) => {
      const channel = event.assistant_thread.channel_id;
      const user = event.assistant_thread.user_id;
      await deps.work.run(async () => {
        try {
          await saveThreadContext();
          if (!isAllowed(deps.policy, channel, user)) {
            // Not even the campaign names in the prompts.
            await say({ text: REFUSAL, parse: 'none', link_names: false });
            return;
          }
          await say({ text: WELCOME, parse: 'none', link_names: false });
          const view = deps.service.data.current().forChannel(channel);
          await setSuggestedPrompts({ prompts: suggestedPrompts(view), title: 'Try asking' });
        } catch (error) {
          logFailure(
            deps.logger,
            error,
            { component: 'slack', source: 'assistant', channel },
            'could not open thread',
          );
        }
      });
    },

    threadContextChanged: async ({ saveThreadContext }) => {
      await saveThreadContext();
    },

    userMessage: async ({ message, client, setStatus, setTitle }) => {
      if (!('user' in message) || typeof message.user !== 'string') return;
      if ('bot_id' in message && message.bot_id) return;
      const text = 'text' in message && typeof message.text === 'string' ? message.text : '';
      const threadTs =
        'thread_ts' in message && typeof message.thread_ts === 'string' ? message.thread_ts : undefined;
      const user = message.user;
      const log = { component: 'slack', source: 'assistant', channel: message.channel, user };
      await deps.work.run(() =>
        answerQuestion(deps, client, {
          source: 'dm',
          channel: message.channel,
          user,
          ts: message.ts,
          text,
          replyThreadTs: threadTs,
          conversation: conversationKey(message.channel, threadTs),
          onStart: async () => {
            // Cosmetic: a failure here must not cost the answer.
            try {
              const titleKey = `slack:assistant-title:${message.channel}:${threadTs}`;
              const firstQuestion = await deps.store.claim(titleKey, '1', CONTEXT_TTL_MS);
              await Promise.all([
                firstQuestion && setTitle(defuseMentions(questionFromSlack(text).slice(0, 60) || 'Pulse')),
                setStatus('is crunching the numbers…'),
              ]);
            } catch (e) {
              logFailure(deps.logger, e, log, 'could not set the thread status');
            }
          },
        }),
      );
    },
  });
}
