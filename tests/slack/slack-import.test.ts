import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FileDataSource } from '../../src/adapters/data/file-data-source.ts';
import { handleScheduleCommand, isScheduleCommand } from '../../src/adapters/scheduler/schedule-commands.ts';
import { fileExportImporter } from '../../src/adapters/slack/export-importer.ts';
import { MemoryStore } from '../../src/adapters/store/memory-store.ts';
import { createPulseService } from '../../src/app/pulse-service.ts';
import type { RecordedCall } from '../fakes/fake-slack-api.ts';
import { type Button, buttonsOf, clickButton, findButton } from './buttons.ts';
import { eventFixture, FIXED_CLOCK, fixture, type Harness, startHarness } from './slack-harness.ts';

// An admin drops a platform export into a DM: the download with the bot token, the dry run with Import / Cancel,
// the import and reload, against the fake Slack API over HTTP and a copy of tests/fixtures/imports.

const IMPORTS = fileURLToPath(new URL('../fixtures/imports/', import.meta.url));
const ADMIN = 'U0ANNA';
const DM = 'D0ANNA';
type Json = Record<string, unknown>;

let dir = '';
let h: Harness | undefined;
let events = 0;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pulse-slack-import-'));
  await cp(IMPORTS, dir, { recursive: true });
});
afterEach(async () => {
  await h?.close();
  h = undefined;
  await rm(dir, { recursive: true, force: true });
});

const dataFile = () => join(dir, 'lumen.yaml');
const seriesCsv = () => readFile(join(dir, 'lumen.csv'), 'utf8');

async function start(adminUsers = [ADMIN], store?: MemoryStore): Promise<Harness> {
  h = await startHarness(
    async (s) =>
      createPulseService({
        data: await FileDataSource.open(dataFile()),
        store: s,
        clock: FIXED_CLOCK,
        fixedNow: '2026-10-01',
        scheduleCommands: handleScheduleCommand,
        isScheduleCommand,
      }),
    { adminUsers, importer: fileExportImporter(dataFile()), ...(store ? { store } : {}) },
  );
  return h;
}

/** The recorded file_share message, carrying a file the fake serves. */
async function dropFile(harness: Harness, name: string, bytes: Buffer | string, event: Json = {}) {
  events += 1;
  const id = `F0EXPORT${events}`;
  const base = fixture('event-message-file-share');
  const [recorded] = (base.event as { files: Json[] }).files;
  const info = harness.api.shareFile(id, name, bytes);
  return harness.sendEvent(
    eventFixture(
      'event-message-file-share',
      { files: [{ ...recorded, ...info }], ...event },
      { event_id: `Ev0FILE${events}` },
    ),
  );
}

const posts = (harness: Harness) => harness.api.callsTo('chat.postMessage');
const textOf = (call: RecordedCall | undefined): string =>
  [
    String(call?.body.text ?? ''),
    ...((call?.body.blocks ?? []) as { text?: { text: string } }[]).map((b) => b.text?.text ?? ''),
  ].join('\n');

async function preview(harness: Harness): Promise<{ post: RecordedCall; buttons: Button[] }> {
  await harness.api.waitFor(() => posts(harness).length === 1);
  const post = posts(harness)[0] as RecordedCall;
  return { post, buttons: buttonsOf(post) };
}

/** A click on a button of the DM message `ts`. */
const click = (harness: Harness, button: Button, user = ADMIN, ts = '1700000001.000100') => {
  const base = fixture('action-button');
  return clickButton(
    harness,
    button,
    {
      channel: { id: DM, name: 'directmessage' },
      container: { type: 'message', message_ts: ts, channel_id: DM, is_ephemeral: false },
      message: { ...(base.message as Json), ts, thread_ts: undefined },
    },
    user,
  );
};

const X_EXPORT = () => readFile(join(IMPORTS, 'x', 'account_overview_analytics.csv'));

describe('import from Slack', () => {
  test('an admin’s export: downloaded with the bot token, dry run, Import writes and answers follow', async () => {
    const harness = await start();
    const before = await seriesCsv();
    await dropFile(harness, 'account_overview_analytics.csv', await X_EXPORT());
    const { post, buttons } = await preview(harness);

    const [download] = harness.api.callsTo('download');
    expect(download?.headers.authorization).toBe('Bearer xoxb-test-token');
    expect(post.body.channel).toBe(DM);
    expect(textOf(post)).toContain('as a *x* export');
    expect(textOf(post)).toMatch(/impressions\s+3 added, 0 replaced, 0 unchanged, 0 skipped/);
    expect(textOf(post)).toContain('"Engagements" not imported');
    expect(buttons.map((b) => b.text.text)).toEqual(['Import', 'Cancel']);
    expect(await seriesCsv()).toBe(before); // a dry run writes nothing

    await click(harness, findButton(buttons, 'pulse_import_apply'));
    await harness.api.waitFor(() => harness.api.callsTo('chat.update').length === 1);
    const [done] = harness.api.callsTo('chat.update');
    expect(done?.body).toMatchObject({ channel: DM, ts: '1700000001.000100' });
    expect(textOf(done)).toContain('wrote `lumen.csv`');
    expect(buttonsOf(done)).toEqual([]);
    const after = await seriesCsv();
    expect(after).toContain('2025-11-03,x-lumen,,impressions,12045');

    const answer = await harness.service.ask('impressions on x in November 2025');
    expect(answer.text).toContain('36,937');

    // A second click finds the decision made: nothing is imported twice, nothing more is said.
    await click(harness, findButton(buttons, 'pulse_import_apply'));
    await click(harness, findButton(buttons, 'pulse_import_cancel'));
    await harness.app.idle();
    expect(harness.api.callsTo('chat.update')).toHaveLength(1);
    expect(harness.logger.find('import written')).toHaveLength(1);
    expect(await seriesCsv()).toBe(after);
  });

  test('Cancel writes nothing, and a later Import does nothing', async () => {
    const harness = await start();
    const before = await seriesCsv();
    await dropFile(harness, 'account_overview_analytics.csv', await X_EXPORT());
    const { buttons } = await preview(harness);
    await click(harness, findButton(buttons, 'pulse_import_cancel'));
    await harness.api.waitFor(() => harness.api.callsTo('chat.update').length === 1);
    expect(textOf(harness.api.callsTo('chat.update')[0])).toContain('Import cancelled: nothing was written.');
    await click(harness, findButton(buttons, 'pulse_import_apply'));
    await harness.app.idle();
    expect(harness.api.callsTo('chat.update')).toHaveLength(1);
    expect(await seriesCsv()).toBe(before);
  });

  test('a click after a restart finds the pending import in the store', async () => {
    const store = new MemoryStore();
    const first = await start([ADMIN], store);
    await dropFile(first, 'account_overview_analytics.csv', await X_EXPORT());
    const { buttons } = await preview(first);
    await first.close();
    h = undefined;
    const second = await start([ADMIN], store);
    await click(second, findButton(buttons, 'pulse_import_apply'));
    await second.api.waitFor(() => second.api.callsTo('chat.update').length === 1);
    expect(await seriesCsv()).toContain('2025-11-01,x-lumen,,likes,120');
  });

  test('someone not in PULSE_ADMIN_USERS is refused politely; nothing is downloaded', async () => {
    const harness = await start(['U0ADMIN']);
    await dropFile(harness, 'account_overview_analytics.csv', await X_EXPORT());
    const { post, buttons } = await preview(harness);
    expect(textOf(post)).toContain("only Pulse's admins can import files");
    expect(buttons).toEqual([]);
    expect(harness.api.callsTo('download')).toEqual([]);
  });

  test('a non-admin clicking an admin’s Import button is refused and nothing is written', async () => {
    const harness = await start();
    const before = await seriesCsv();
    await dropFile(harness, 'account_overview_analytics.csv', await X_EXPORT());
    const { buttons } = await preview(harness);
    await click(harness, findButton(buttons, 'pulse_import_apply'), 'U0BOB');
    await harness.api.waitFor(() => harness.api.callsTo('respond').length === 1);
    expect(String(harness.api.callsTo('respond')[0]?.body.text)).toContain("only Pulse's admins");
    expect(await seriesCsv()).toBe(before);
  });

  test('with PULSE_ADMIN_USERS unset, imports are off', async () => {
    const harness = await start([]);
    await dropFile(harness, 'account_overview_analytics.csv', await X_EXPORT());
    const { post } = await preview(harness);
    expect(textOf(post)).toContain('Imports from Slack are turned off');
    expect(harness.api.callsTo('download')).toEqual([]);
  });

  test('files shared in a channel are ignored', async () => {
    const harness = await start();
    await dropFile(harness, 'account_overview_analytics.csv', await X_EXPORT(), {
      channel: 'C0MARKETING',
      channel_type: 'channel',
    });
    await harness.app.idle();
    await new Promise((r) => setTimeout(r, 100));
    expect(harness.api.callsTo('download')).toEqual([]);
    expect(posts(harness)).toEqual([]);
  });

  test('file_shared and the file_share message of one upload give one dry run', async () => {
    const harness = await start();
    const info = harness.api.shareFile('F0EXPORT01', 'account_overview_analytics.csv', await X_EXPORT());
    await harness.sendEvent(fixture('event-file-shared'));
    const message = fixture('event-message-file-share');
    const [recorded] = (message.event as { files: Json[] }).files;
    await harness.sendEvent({
      ...message,
      event: { ...(message.event as Json), files: [{ ...recorded, ...info }] },
    });
    await preview(harness);
    await harness.app.idle();
    expect(harness.api.callsTo('files.info')).toHaveLength(1);
    expect(harness.api.callsTo('download')).toHaveLength(1);
    expect(posts(harness)).toHaveLength(1);
  });

  test('a YouTube Studio ZIP is recognised, and a video the catalog lacks is listed to paste', async () => {
    const harness = await start();
    const studio = join(IMPORTS, 'youtube-en');
    const zip = zipSync({
      'Chart data.csv': await readFile(join(studio, 'Chart data.csv')),
      'Table data.csv': await readFile(join(studio, 'Table data.csv')),
    });
    await dropFile(harness, 'Content 2026-09-14_2026-09-20 Lumen Arts.zip', Buffer.from(zip));
    const { post } = await preview(harness);
    expect(textOf(post)).toContain('as a *youtube-studio* export');
    expect(textOf(post)).toContain('Not in the catalog: 1 post');
    expect(textOf(post)).toContain('- id: harvest-market');
    expect(textOf(post)).toContain('then send the export again to import their figures');
    expect(textOf(post)).not.toContain('--add-assets');
  });

  test('a file that names no kind is asked about; the kind chosen gets its dry run', async () => {
    const harness = await start();
    const trimmed = 'Date,Likes\n"Mon, Nov 03, 2025",88\n';
    await dropFile(harness, 'figures.csv', trimmed);
    const { post, buttons } = await preview(harness);
    expect(textOf(post)).toContain('Which kind of export is `figures.csv`?');
    expect(buttons.map((b) => b.text.text)).toEqual([
      'youtube-studio',
      'meta',
      'tiktok',
      'x',
      'csv',
      'Cancel',
    ]);
    await click(harness, buttons.find((b) => b.text.text === 'x') as Button);
    await harness.api.waitFor(() => harness.api.callsTo('chat.update').length === 1);
    const update = harness.api.callsTo('chat.update')[0];
    expect(textOf(update)).toMatch(/likes\s+1 added/);
    expect(buttonsOf(update).map((b) => b.text.text)).toEqual(['Import', 'Cancel']);
  });

  test('a year written in the message dates a TikTok export written without one', async () => {
    const harness = await start();
    const overview = await readFile(join(IMPORTS, 'tiktok', 'Overview.csv'));
    await dropFile(harness, 'Overview.csv', overview, { text: 'TikTok for 2027' });
    const { post, buttons } = await preview(harness);
    expect(textOf(post)).toContain('as a *tiktok* export');
    expect(textOf(post)).toMatch(/views\s+\d+ added/);
    expect(buttons.map((b) => b.text.text)).toEqual(['Import', 'Cancel']);
  });

  test('bad input is reported with file, line and column, and offers no Import', async () => {
    const harness = await start();
    const bad = (await X_EXPORT()).toString().replace('12045', '12O45');
    await dropFile(harness, 'account_overview_analytics.csv', bad);
    const { post, buttons } = await preview(harness);
    expect(textOf(post)).toContain('cannot be imported as it is, nothing was written');
    expect(textOf(post)).toMatch(/account_overview_analytics\.csv: line 2, column 2 \(Impressions\)/);
    expect(buttons).toEqual([]);
  });
});

describe('/pulse reload with PULSE_ADMIN_USERS', () => {
  const reload = (harness: Harness, user: string, n: number) =>
    harness.sendCommand({
      ...fixture<Record<string, string>>('command-pulse'),
      text: 'reload',
      user_id: user,
      trigger_id: `7000000000${n}.9.reload`,
      response_url: harness.api.responseUrl(`reload-${n}`),
    });
  const reply = async (harness: Harness, n: number) => {
    await harness.api.waitFor(() => harness.api.callsTo('respond').length === n);
    return String(harness.api.callsTo('respond')[n - 1]?.body.text);
  };

  test('is for admins when admins are set', async () => {
    const harness = await start(['U0ADMIN']);
    await reload(harness, 'U0BOB', 1);
    expect(await reply(harness, 1)).toContain("only Pulse's admins can do that");
    await reload(harness, 'U0ADMIN', 2);
    expect(await reply(harness, 2)).toContain('Reloaded the data file.');
  });

  test('stays open to everyone allowed when no admin is set', async () => {
    const harness = await start([]);
    await reload(harness, 'U0BOB', 1);
    expect(await reply(harness, 1)).toContain('Reloaded the data file.');
  });
});
