import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedChartRenderer } from '../../src/adapters/chart/chart-cache.ts';
import { renderWeeklyChart, type WeeklyPoint } from '../../src/adapters/chart/weekly-chart.ts';
import { digestWebClient, SlackDigestPoster } from '../../src/adapters/scheduler/slack-digest-poster.ts';
import { FakeSlack } from '../scheduler/fake-slack.ts';

const WEEKS = ['2024-04-29', '2024-05-06', '2024-05-13', '2024-05-20', '2024-05-27'];
const POINTS: WeeklyPoint[] = WEEKS.flatMap((week, i) => [
  { week, campaign: 'Taste of Harbourview', value: 120_000 + i * 15_000 },
  { week, campaign: 'Harbourview by Night', value: 80_000 - i * 5_000 },
]);

interface Inspection {
  width: number;
  height: number;
  /** Pixels that are not (near) white. */
  inked: number;
  /** Distinct colours among inked pixels, coarsely bucketed. */
  colours: number;
}

function inspect(png: Buffer): Inspection {
  const image = PNG.sync.read(png);
  let inked = 0;
  const colours = new Set<number>();
  for (let i = 0; i < image.data.length; i += 4) {
    const [r = 0, g = 0, b = 0] = [image.data[i], image.data[i + 1], image.data[i + 2]];
    if (r < 235 || g < 235 || b < 235) {
      inked++;
      colours.add(((r >> 5) << 6) | ((g >> 5) << 3) | (b >> 5));
    }
  }
  return { width: image.width, height: image.height, inked, colours: colours.size };
}

describe('renderWeeklyChart', () => {
  it('renders a real PNG with lines in several colours', async () => {
    const png = await renderWeeklyChart(POINTS);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const info = inspect(png);
    // 640×300 plot plus axes, title and legend, drawn at 2× for sharp text in Slack.
    expect(info.width).toBeGreaterThan(1200);
    expect(info.width).toBeLessThan(2000);
    expect(info.height).toBeGreaterThan(600);
    expect(info.inked / (info.width * info.height)).toBeGreaterThan(0.01);
    expect(info.colours).toBeGreaterThan(3);
  });

  it('draws text when fonts are loaded, and still a non-blank chart without any font', async () => {
    const withFonts = inspect(await renderWeeklyChart(POINTS));
    const withoutFonts = inspect(await renderWeeklyChart(POINTS, { systemFonts: false }));
    expect(withoutFonts.inked).toBeGreaterThan(10_000);
    // Titles, labels and legend add ink on top of the same lines and axes.
    expect(withFonts.inked).toBeGreaterThan(withoutFonts.inked * 1.05);
  });

  it('renders an empty series as a valid (blank-plot) image rather than failing', async () => {
    const info = inspect(await renderWeeklyChart([]));
    expect(info.width).toBeGreaterThan(100);
  });

  it('renders each distinct chart once when cached', async () => {
    let renders = 0;
    const render = cachedChartRenderer(async (points) => {
      renders++;
      return Buffer.from(JSON.stringify(points));
    });
    const [a, b] = await Promise.all([render(POINTS), render(POINTS)]);
    await render(POINTS.slice(1));
    expect(a.equals(b)).toBe(true);
    expect(renders).toBe(2);
  });
});

describe('chart upload to Slack', () => {
  const slack = new FakeSlack();
  beforeAll(() => slack.start());
  afterAll(() => slack.close());

  it('posts the digest, then uploads the PNG through files.uploadV2 into the same channel', async () => {
    const client = digestWebClient('xoxb-test', { apiUrl: slack.apiUrl });
    const poster = new SlackDigestPoster({ client, minIntervalPerChannelMs: 0 });
    const png = await renderWeeklyChart(POINTS);
    await poster.post(
      'C0DIGEST',
      {
        text: 'Weekly digest',
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Weekly digest' } }],
      },
      { png, filename: 'weekly-chart.png', title: 'Weekly views per campaign', altText: 'chart' },
    );
    expect(slack.log).toEqual([
      'chat.postMessage',
      'files.getUploadURLExternal',
      'upload',
      'files.completeUploadExternal',
    ]);
    expect(slack.messages[0]?.channel).toBe('C0DIGEST');
    const upload = slack.uploads[0];
    expect(upload?.channel).toBe('C0DIGEST');
    expect(upload?.title).toBe('Weekly views per campaign');
    expect(upload?.bytes.equals(png)).toBe(true);
    expect(inspect(upload?.bytes ?? Buffer.alloc(0)).inked).toBeGreaterThan(10_000);
  });
});
