import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { Feedback } from '../../core/ports.ts';
import { planPhrase } from '../../core/render/plan-phrase.ts';
import { tableToCsv } from '../../core/render/result-table.ts';
import { type ButtonArgs, EXPIRED, notice, onButton } from './action-handlers.ts';
import { ACTION_IDS } from './answer-actions.ts';
import { recallAnswer } from './answer-record.ts';
import { deliverResponse, type ResponseTarget } from './deliver-response.ts';
import { claimOnce } from './once.ts';
import { uploadFile } from './post-answer.ts';
import type { SlackDeps } from './slack-deps.ts';

// The buttons every answer carries: "Download CSV" and 👍 / 👎. Both find the answer through the record id the
// button holds (answer-record.ts).

const THANKS: Record<Feedback['verdict'], string> = {
  up: 'Thanks for the 👍, glad it helped.',
  down: 'Thanks for the 👎, noted. The team goes through these to fix the answers.',
};

/** Two quick clicks upload one file. */
const CSV_CLICK_MS = 60_000;

/** Uploads the answer's table as a CSV into the answer's thread. */
async function sendCsv(deps: SlackDeps, args: ButtonArgs, target: ResponseTarget): Promise<void> {
  const id = args.action.value;
  const record = await recallAnswer(deps.store, id);
  const message = args.body.message;
  if (!record?.table || !message) {
    await deliverResponse(target, notice(EXPIRED), true);
    return;
  }
  const threadTs = (message.thread_ts as string | undefined) ?? message.ts;
  const claim = `slack:csv:${id}:${target.channel}:${threadTs}`;
  if (!(await claimOnce(deps.store, claim, CSV_CLICK_MS))) return;
  const filename = `${record.table.name}.csv`;
  try {
    await uploadFile(
      args.client,
      { channel: target.channel, threadTs },
      { file: tableToCsv(record.table), filename, title: filename },
    );
  } catch (error) {
    // Nothing was uploaded: the next click may try again.
    await deps.store.delete(claim).catch(() => undefined);
    throw error;
  }
}

/** Stores the clicker's verdict (replacing an earlier one of theirs) and thanks them privately. */
async function recordVerdict(
  deps: SlackDeps,
  args: ButtonArgs,
  target: ResponseTarget,
  verdict: Feedback['verdict'],
): Promise<void> {
  const record = await recallAnswer(deps.store, args.action.value);
  if (!record) {
    await deliverResponse(target, notice(EXPIRED), true);
    return;
  }
  const container = args.body.container as { message_ts?: unknown };
  const ts = typeof container.message_ts === 'string' ? container.message_ts : (args.body.message?.ts ?? '');
  const planned = planPhrase(record.plan, deps.service.data.current().forChannel(target.channel));
  await deps.feedback.record({
    question: record.question,
    plan: record.plan,
    ...(planned ? { planned } : {}),
    verdict,
    user: target.user,
    channel: target.channel,
    ts,
    at: deps.clock.now().toISOString(),
  });
  deps.logger.info({ component: 'slack', channel: target.channel, verdict }, 'feedback recorded');
  await deliverResponse(target, notice(THANKS[verdict]), true);
}

export function registerAnswerTools(app: App, deps: SlackDeps): void {
  const on = (actionId: string, run: (args: ButtonArgs, target: ResponseTarget) => Promise<void>) =>
    app.action<BlockAction<ButtonAction>>({ action_id: actionId, type: 'block_actions' }, async (args) => {
      await args.ack();
      await deps.work.run(() => onButton(deps, args, (target) => run(args, target)));
    });
  on(ACTION_IDS.csv, (args, target) => sendCsv(deps, args, target));
  on(ACTION_IDS.feedbackUp, (args, target) => recordVerdict(deps, args, target, 'up'));
  on(ACTION_IDS.feedbackDown, (args, target) => recordVerdict(deps, args, target, 'down'));
}
