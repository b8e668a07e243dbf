import { PNG } from 'pngjs';
import { afterEach, describe, expect, test } from 'vitest';
import type { ChartRenderer } from '../../src/adapters/chart/chart-cache.ts';
import { renderChart } from '../../src/adapters/chart/render-chart.ts';
import { KeyValueFeedbackStore } from '../../src/adapters/store/feedback-store.ts';
import { type Button, buttonsOf, clickButton, findButton, mentionWithButtons } from './buttons.ts';
import { fixture, type Harness, realService, startHarness } from './slack-harness.ts';

// Charts, "Download CSV" and 👍 / 👎 under answers, through the real Bolt app and Web API client against the
// fake Slack over HTTP. Clicks are Slack-shaped block_actions payloads carrying the values Pulse posted.

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const MENTION_TS = '1717400000.000100';
const WEEKLY = '<@UPULSEBOT> views by week in May';

const click = (harness: Harness, button: Button, user?: string) => clickButton(harness, button, {}, user);
const find = findButton;
const methods = (harness: Harness) => harness.api.calls.map((c) => c.method);
const responses = (harness: Harness) => harness.api.callsTo('respond').map((c) => String(c.body.text));

describe('answer charts', () => {
  test('a breakdown by week is posted first, then its chart is uploaded into the same thread', async () => {
    h = await startHarness(realService);
    const { answer } = await mentionWithButtons(h, WEEKLY);
    expect(String(answer.body.text)).toContain('8,400 views');
    await h.api.waitFor(() => (h as Harness).api.uploads.length === 1);
    const calls = methods(h);
    expect(calls.indexOf('chat.postMessage')).toBeLessThan(calls.indexOf('files.getUploadURLExternal'));
    const [upload] = h.api.uploads;
    expect(upload).toMatchObject({
      channel: 'C0MARKETING',
      threadTs: MENTION_TS,
      title: 'Views by week — Pulse Demo Office',
    });
    expect(upload?.filename).toMatch(/\.png$/);
    const image = PNG.sync.read(upload?.bytes ?? Buffer.alloc(0));
    expect(image.width).toBeGreaterThan(1000);
    // The answer went out once.
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  test('the chart never holds up the answer', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slowChart: ChartRenderer = async (chart) => {
      await gate;
      return renderChart(chart);
    };
    h = await startHarness(realService, { renderChart: slowChart });
    await mentionWithButtons(h, WEEKLY);
    expect(h.api.uploads).toHaveLength(0);
    release();
    await h.api.waitFor(() => (h as Harness).api.uploads.length === 1);
  });

  test('a failed upload is logged and never posts the answer again', async () => {
    h = await startHarness(realService);
    h.api.fail('files.getUploadURLExternal', { status: 200, body: { ok: false, error: 'not_in_channel' } });
    await mentionWithButtons(h, WEEKLY);
    await h.app.idle();
    const [line] = h.logger.find('answer chart not posted');
    expect(line?.level).toBe('warn');
    expect(line?.fields).toMatchObject({ channel: 'C0MARKETING', threadTs: MENTION_TS });
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(1);
    expect(h.api.uploads).toHaveLength(0);
  });

  test('a follow-up button answer gets its chart in the thread too', async () => {
    h = await startHarness(realService);
    const { buttons } = await mentionWithButtons(h, '<@UPULSEBOT> views last week');
    await click(h, find(buttons, 'pulse_breakdown_channel'));
    await h.api.waitFor(() => (h as Harness).api.uploads.length === 1);
    expect(h.api.uploads[0]).toMatchObject({ channel: 'C0MARKETING', threadTs: MENTION_TS });
    expect(h.api.uploads[0]?.title).toMatch(/^Views by channel/);
  });

  test('/pulse answers for the channel carry the buttons, and the chart follows in the channel', async () => {
    h = await startHarness(realService);
    await h.sendCommand({
      ...fixture<Record<string, string>>('command-pulse'),
      text: 'views by week in May',
      response_url: h.api.responseUrl('cmd-weekly'),
    });
    await h.api.waitFor(() => (h as Harness).api.uploads.length === 1);
    const [reply] = h.api.callsTo('respond');
    expect(reply?.body.response_type).toBe('in_channel');
    const ids = buttonsOf(reply).map((b) => b.action_id);
    expect(ids).toEqual(
      expect.arrayContaining(['pulse_download_csv', 'pulse_feedback_up', 'pulse_feedback_down']),
    );
    expect(h.api.uploads[0]).toMatchObject({ channel: 'C0MARKETING' });
    expect(h.api.uploads[0]?.threadTs).toBeUndefined();
  });

  test('a single figure gets no chart', async () => {
    h = await startHarness(realService);
    await mentionWithButtons(h, '<@UPULSEBOT> views last week');
    await h.app.idle();
    expect(methods(h)).not.toContain('files.getUploadURLExternal');
  });
});

describe('Download CSV', () => {
  test("uploads the answer's own figures as CSV into the thread, once for a double click", async () => {
    h = await startHarness(realService);
    const { buttons } = await mentionWithButtons(h, WEEKLY);
    const csv = find(buttons, 'pulse_download_csv');
    expect(csv.text.text).toBe('Download CSV');
    await click(h, csv);
    await click(h, csv);
    await h.app.idle();
    const files = h.api.uploads.filter((u) => u.filename.endsWith('.csv'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ channel: 'C0MARKETING', threadTs: MENTION_TS });
    expect(files[0]?.bytes.toString('utf8')).toBe(
      'week starting,Views\r\n2024-05-01,4500\r\n2024-05-06,6300\r\n2024-05-13,6300\r\n2024-05-20,8400\r\n2024-05-27,7500\r\n',
    );
  });

  test('a single figure has no CSV button', async () => {
    h = await startHarness(realService);
    const { buttons } = await mentionWithButtons(h, '<@UPULSEBOT> views last week');
    expect(buttons.map((b) => b.action_id)).not.toContain('pulse_download_csv');
  });
});

describe('feedback', () => {
  test('👍 / 👎 store the verdict with the question and plan, thank privately, and a second click replaces', async () => {
    h = await startHarness(realService);
    const { buttons } = await mentionWithButtons(h, WEEKLY);
    const down = find(buttons, 'pulse_feedback_down');
    const up = find(buttons, 'pulse_feedback_up');
    expect([up.text.text, down.text.text]).toEqual(['👍', '👎']);
    await click(h, down);
    await h.app.idle();
    await click(h, up);
    await click(h, down, 'U0BOB');
    await h.app.idle();
    const list = await new KeyValueFeedbackStore(h.store).list();
    expect(list.map((f) => [f.user, f.verdict])).toEqual(
      expect.arrayContaining([
        ['U0ANNA', 'up'],
        ['U0BOB', 'down'],
      ]),
    );
    expect(list).toHaveLength(2);
    expect(list.find((f) => f.user === 'U0BOB')).toMatchObject({
      question: 'views by week in May',
      plan: { op: 'breakdown', dimension: 'week', metric: 'views' },
      planned: 'views by week, May 2024',
      channel: 'C0MARKETING',
      ts: '1700000001.000100',
      at: '2024-06-05T10:00:00.000Z',
    });
    const thanks = h.api.callsTo('respond');
    expect(thanks).toHaveLength(3);
    expect(thanks.every((c) => c.body.response_type === 'ephemeral')).toBe(true);
    expect(responses(h)[0]).toContain('👎');
    expect(responses(h)[1]).toContain('👍');
    // Only the answer was posted in the thread: thanks are private.
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  test('even a question Pulse could not answer takes feedback', async () => {
    h = await startHarness(realService);
    const { buttons } = await mentionWithButtons(h, '<@UPULSEBOT> blorf the wibble');
    expect(buttons.map((b) => b.action_id)).toEqual(['pulse_feedback_up', 'pulse_feedback_down']);
    await click(h, find(buttons, 'pulse_feedback_down'));
    await h.app.idle();
    const [saved] = await new KeyValueFeedbackStore(h.store).list();
    expect(saved).toMatchObject({ question: 'blorf the wibble', verdict: 'down', plan: { op: 'help' } });
  });

  test('a button whose answer record is gone says so and stores nothing', async () => {
    h = await startHarness(realService);
    await click(h, {
      action_id: 'pulse_feedback_down',
      value: '00000000-0000-0000-0000-000000000000',
      text: { text: '👎' },
    });
    await h.app.idle();
    expect(responses(h)[0]).toContain('no longer works');
    expect(await new KeyValueFeedbackStore(h.store).list()).toEqual([]);
  });
});
