import type { App, BlockAction, ButtonAction, webApi } from '@slack/bolt';
import { DataError } from '../../core/errors.ts';
import { EXPORT_KINDS } from '../import/export-kinds.ts';
import { isDirectChannel } from './access.ts';
import { type ButtonArgs, onButton } from './action-handlers.ts';
import { downloadSharedFile, type SharedFile } from './download-file.ts';
import type { ExportImporter } from './export-importer.ts';
import { logFailure } from './friendly-error.ts';
import {
  IMPORT_ACTIONS,
  IMPORT_TEXT,
  type ImportMessage,
  importDone,
  importPreview,
  importRefused,
  kindChoice,
  kindQuestion,
  plainMessage,
} from './import-messages.ts';
import {
  claimDecision,
  claimUpload,
  deletePending,
  loadPending,
  type PendingImport,
  savePending,
} from './pending-import.ts';
import { NO_PARSE } from './post-answer.ts';
import { defuseBlock } from './safe-text.ts';
import type { SlackDeps } from './slack-deps.ts';

// An admin drops a platform export into a DM → Pulse downloads it with the bot token, runs `pulse import` as a
// dry run and shows the summary with Import / Cancel (or first asks which kind of export it is) → Import writes
// and reloads the data; Cancel writes nothing.

export interface ImportSettings {
  /** PULSE_ADMIN_USERS: who may import (and reload). Empty = imports off, reload open to all. */
  admins: readonly string[];
  /** The import machinery over the configured data file; absent = imports off. */
  importer?: ExportImporter;
  botToken: string;
  /** The Web API base, whose host is trusted with the token like Slack's file hosts (tests: a local fake). */
  apiUrl?: string;
}

export interface SharedFiles {
  channel: string;
  user: string;
  /** The message's text: a year in it dates exports written without one (TikTok's `October 1`). */
  text: string;
  files: SharedFile[];
}

const YEAR = /\b(19|20)\d{2}\b/;

type Post = (m: ImportMessage) => Promise<unknown>;

const slackArgs = (m: ImportMessage) => ({ text: m.text, blocks: m.blocks.map(defuseBlock), ...NO_PARSE });

/** A file from a Slack payload (`files[]` of a message, or `files.info`), when it can be downloaded. */
export function sharedFileOf(raw: unknown): SharedFile | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const f = raw as Record<string, unknown>;
  const url = f.url_private_download ?? f.url_private;
  if (typeof f.id !== 'string' || typeof url !== 'string') return undefined;
  return {
    id: f.id,
    name: typeof f.name === 'string' && f.name ? f.name : f.id,
    url,
    ...(typeof f.size === 'number' ? { size: f.size } : {}),
  };
}

/** The dry run of a pending import whose kind is known, or the problems that keep it from importing. */
async function preview(
  importer: ExportImporter,
  p: PendingImport & { kind: string },
): Promise<ImportMessage> {
  try {
    return importPreview(p, await importer.run(p, true));
  } catch (error) {
    if (error instanceof DataError) return importRefused(p.fileName, error.issues);
    throw error;
  }
}

async function receiveOne(deps: SlackDeps, to: SharedFiles, file: SharedFile, post: Post): Promise<void> {
  const { admins, importer, botToken, apiUrl } = deps.imports;
  if (!(await claimUpload(deps.store, file.id))) return;
  const log = { component: 'slack', source: 'import', channel: to.channel, user: to.user, file: file.id };
  if (!importer || admins.length === 0) {
    deps.logger.info(log, 'import refused: imports are off');
    await post(plainMessage(IMPORT_TEXT.off));
    return;
  }
  if (!admins.includes(to.user)) {
    deps.logger.info(log, 'import refused: not an admin');
    await post(plainMessage(IMPORT_TEXT.notAdmin));
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await downloadSharedFile(file, botToken, apiUrl);
  } catch (error) {
    logFailure(deps.logger, error, log, 'import download failed');
    await post(plainMessage(IMPORT_TEXT.failed));
    return;
  }
  const year = YEAR.exec(to.text)?.[0];
  const pending: PendingImport = {
    id: file.id,
    user: to.user,
    channel: to.channel,
    fileName: file.name,
    bytes: Buffer.from(bytes).toString('base64'),
    ...(year ? { year: Number(year) } : {}),
  };
  const kinds = await importer.kindsOf(pending).catch((error: unknown) => {
    if (error instanceof DataError) return error;
    throw error;
  });
  if (kinds instanceof DataError) {
    await post(importRefused(file.name, kinds.issues));
    return;
  }
  const [kind, ...more] = kinds;
  if (kind && more.length === 0) {
    const known = { ...pending, kind };
    await savePending(deps.store, known);
    await post(await preview(importer, known));
  } else {
    await savePending(deps.store, pending);
    await post(kindQuestion(pending, kinds.length > 1 ? kinds : Object.keys(EXPORT_KINDS)));
  }
  deps.logger.info({ ...log, kind, kinds }, 'import previewed');
}

/** Files shared with Pulse: imported from a DM, by an admin; a channel's files are not Pulse's business. */
export async function receiveFiles(
  deps: SlackDeps,
  client: webApi.WebClient,
  to: SharedFiles,
): Promise<void> {
  if (!isDirectChannel(to.channel)) return;
  const post: Post = (m) => client.chat.postMessage({ channel: to.channel, ...slackArgs(m) });
  for (const file of to.files) {
    await receiveOne(deps, to, file, post).catch(async (error: unknown) => {
      logFailure(
        deps.logger,
        error,
        { component: 'slack', source: 'import', file: file.id },
        'import failed',
      );
      await post(plainMessage(IMPORT_TEXT.failed)).catch(() => undefined);
    });
  }
}

/** Replaces the message the button sat under, so its buttons go away with the decision. */
const updater =
  (args: ButtonArgs): Post =>
  (m) => {
    const channel = args.body.channel?.id;
    const ts = args.body.message?.ts;
    if (!channel || !ts) return args.respond({ ...slackArgs(m), replace_original: true });
    return args.client.chat.update({ channel, ts, ...slackArgs(m) });
  };

async function decide(deps: SlackDeps, args: ButtonArgs, apply: boolean): Promise<void> {
  const id = args.action.value ?? '';
  const update = updater(args);
  // First decision wins: a second click, a double click or the other button does nothing.
  if (!(await claimDecision(deps.store, id))) return;
  const pending = await loadPending(deps.store, id);
  await deletePending(deps.store, id);
  const { importer } = deps.imports;
  if (!pending || !importer || (apply && !pending.kind)) {
    await update(plainMessage(apply ? IMPORT_TEXT.expired : IMPORT_TEXT.cancelled));
    return;
  }
  if (!apply || !pending.kind) {
    await update(plainMessage(IMPORT_TEXT.cancelled));
    return;
  }
  const known = { ...pending, kind: pending.kind };
  try {
    const outcome = await importer.run(known, false);
    const reloaded = await deps.service.data.reload();
    deps.logger.info(
      { component: 'slack', source: 'import', user: args.body.user.id, file: id, written: outcome.written },
      'import written',
    );
    await update(importDone(known, outcome, reloaded.ok ? undefined : reloaded.error));
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    await update(importRefused(known.fileName, error.issues));
  }
}

async function chooseKind(deps: SlackDeps, args: ButtonArgs): Promise<void> {
  const choice = kindChoice(args.action.value);
  const pending = choice && (await loadPending(deps.store, choice.id));
  const { importer } = deps.imports;
  if (!choice || !pending || !importer || !EXPORT_KINDS[choice.kind]) {
    await updater(args)(plainMessage(IMPORT_TEXT.expired));
    return;
  }
  const known = { ...pending, kind: choice.kind };
  await savePending(deps.store, known);
  await updater(args)(await preview(importer, known));
}

/** Import, Cancel and the kind choice: for admins only, acked at once, each click worked on once. */
export function registerImportActions(app: App, deps: SlackDeps): void {
  const handlers: Record<string, (args: ButtonArgs) => Promise<void>> = {
    [IMPORT_ACTIONS.apply]: (args) => decide(deps, args, true),
    [IMPORT_ACTIONS.cancel]: (args) => decide(deps, args, false),
    [IMPORT_ACTIONS.kind]: (args) => chooseKind(deps, args),
  };
  for (const [action_id, handle] of Object.entries(handlers)) {
    app.action<BlockAction<ButtonAction>>({ action_id, type: 'block_actions' }, async (args) => {
      await args.ack();
      await deps.work.run(() =>
        onButton(deps, args, async () => {
          if (!deps.imports.admins.includes(args.body.user.id)) {
            await args.respond({
              text: IMPORT_TEXT.notAdmin,
              response_type: 'ephemeral',
              replace_original: false,
            });
            return;
          }
          await handle(args);
        }),
      );
    });
  }
}

/** `file_shared`: Slack names the file and the conversation; the file's details come from `files.info`. */
export function registerFileShared(app: App, deps: SlackDeps): void {
  app.event('file_shared', async ({ event, client }) => {
    if (!isDirectChannel(event.channel_id) || event.user_id === undefined) return;
    await deps.work.run(async () => {
      try {
        const info = await client.files.info({ file: event.file_id });
        const file = sharedFileOf(info.file);
        if (!file) return;
        await receiveFiles(deps, client, {
          channel: event.channel_id,
          user: event.user_id,
          text: '',
          files: [file],
        });
      } catch (error) {
        logFailure(
          deps.logger,
          error,
          { component: 'slack', source: 'import', file: event.file_id },
          'file_shared failed',
        );
      }
    });
  });
}
