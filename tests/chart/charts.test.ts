import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerChart } from '../../src/adapters/chart/answer-chart.ts';
import { barSpec } from '../../src/adapters/chart/bar-spec.ts';
import type { LineChart } from '../../src/adapters/chart/chart.ts';
import { cachedChartRenderer } from '../../src/adapters/chart/chart-cache.ts';
import { digestChart } from '../../src/adapters/chart/digest-chart.ts';
import { dwarfs, lineSpec } from '../../src/adapters/chart/line-spec.ts';
import { chartSvg, renderChart } from '../../src/adapters/chart/render-chart.ts';
import { shortFigure } from '../../src/adapters/chart/short-figure.ts';
import { digestWebClient, SlackDigestPoster } from '../../src/adapters/scheduler/slack-digest-poster.ts';
import type { DigestResult } from '../../src/core/digest/digest-types.ts';
import type { RankedResult } from '../../src/core/engine/result.ts';
import { FakeSlack } from '../scheduler/fake-slack.ts';

const WEEKS = ['2024-04-29', '2024-05-06', '2024-05-13', '2024-05-20', '2024-05-27'];
const weekly = (series: Record<string, (i: number) => number>): LineChart['points'] =>
  WEEKS.flatMap((x, i) => Object.entries(series).map(([name, f]) => ({ x, series: name, value: f(i) })));
const LINE: LineChart = {
  kind: 'line',
  title: 'Weekly views per campaign — Harbourview',
  subtitle: 'The last 5 weeks',
  unit: 'week',
  xTitle: 'Week starting',
  yTitle: 'Views',
  points: weekly({
    'Taste of Harbourview': (i) => 120_000 + i * 15_000,
    'Harbourview by Night': (i) => 80_000 - i * 5_000,
  }),
};

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

/** The data rows a compiled spec carries (its first inline dataset). */
const specValues = (spec: object): Record<string, unknown>[] =>
  (spec as { data?: { values?: Record<string, unknown>[] } }).data?.values ?? [];

const period = { kind: 'week', from: '2024-05-27', to: '2024-06-02', label: 'last week' } as const;
const metric = { id: 'views', label: 'Views', kind: 'flow' } as const;
const ranked = (over: Partial<RankedResult>): RankedResult => ({
  op: 'top',
  metric,
  dimension: 'asset',
  subject: 'Harbourview',
  period,
  change: false,
  items: [],
  total: 0,
  unattributed: 0,
  order: 'desc',
  ...over,
});

describe('renderChart', () => {
  it('renders a real PNG with lines in several colours', async () => {
    const png = await renderChart(LINE);
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
    const withFonts = inspect(await renderChart(LINE));
    const withoutFonts = inspect(await renderChart(LINE, { systemFonts: false }));
    expect(withoutFonts.inked).toBeGreaterThan(10_000);
    // Titles, labels and legend add ink on top of the same lines and axes.
    expect(withFonts.inked).toBeGreaterThan(withoutFonts.inked * 1.05);
  });

  it('renders an empty chart as a valid (blank-plot) image rather than failing', async () => {
    const info = inspect(await renderChart({ ...LINE, points: [] }));
    expect(info.width).toBeGreaterThan(100);
  });

  it('labels the value axis in the answers\u2019 short form, never "0k"', async () => {
    expect(shortFigure(185_897)).toBe('185.9K');
    expect(shortFigure(2_500)).toBe('2.5K');
    expect(shortFigure(8_000)).toBe('8K');
    expect(shortFigure(0)).toBe('0');
    const svg = await chartSvg(LINE);
    expect(svg).toContain('>180K<');
    expect(svg).toContain('>20K<');
    expect(svg).not.toMatch(/>\d+k</);
    // The title says what and when; the x axis names the weeks.
    expect(svg).toContain('Weekly views per campaign — Harbourview');
    expect(svg).toContain('>May 6<');
  });

  it('renders each distinct chart once when cached', async () => {
    let renders = 0;
    const render = cachedChartRenderer(async (chart) => {
      renders++;
      return Buffer.from(JSON.stringify(chart));
    });
    const [a, b] = await Promise.all([render(LINE), render(LINE)]);
    await render({ ...LINE, title: 'another' });
    expect(a.equals(b)).toBe(true);
    expect(renders).toBe(2);
  });
});

describe('line charts', () => {
  it('puts lines that dwarf one another (over 20× apart) in panels with their own scales', async () => {
    const dwarfed = weekly({ Big: (i) => 200_000 + i, Small: (i) => 3_000 + i, Flat: () => 0 });
    expect(dwarfs(dwarfed)).toBe(true);
    expect(dwarfs(LINE.points)).toBe(false);
    const spec = lineSpec({ ...LINE, points: dwarfed }) as { facet?: unknown; resolve?: unknown };
    expect(spec.facet).toBeDefined();
    expect(spec.resolve).toEqual({ scale: { y: 'independent' } });
    expect((lineSpec(LINE) as { facet?: unknown }).facet).toBeUndefined();
    const info = inspect(await renderChart({ ...LINE, points: dwarfed }));
    expect(info.height).toBeGreaterThan(900);
  });

  it('shades the highlighted week, once', () => {
    const spec = lineSpec({
      ...LINE,
      highlight: { from: '2024-05-20', to: '2024-05-26', label: 'last week' },
    });
    const shaded = specValues(spec).filter((v) => v.shaded);
    expect(shaded.map((v) => v.x)).toEqual(['2024-05-20']);
  });

  it('draws cut buckets hollow on a dashed line', async () => {
    const points = LINE.points.map((p) => (p.x === '2024-05-27' ? { ...p, partial: true } : p));
    const svg = await chartSvg({ ...LINE, points });
    expect(svg).toContain('stroke-dasharray="5,4"');
  });
});

describe('digestChart', () => {
  const digest = {
    organization: 'Harbourview',
    metric,
    period: { kind: 'week', from: '2024-05-20', to: '2024-05-26', label: 'last week' },
    chart: WEEKS.map((week, i) => ({ week, campaign: 'Taste', value: 100 + i })),
  } as unknown as DigestResult;

  it('is weekly lines per campaign with the digest\u2019s own week highlighted', () => {
    const chart = digestChart(digest);
    expect(chart?.title).toBe('Weekly views per campaign — Harbourview');
    expect(chart?.subtitle).toContain('shaded: last week (2024-05-20 to 2024-05-26)');
    expect(chart?.highlight).toEqual({ from: '2024-05-20', to: '2024-05-26', label: 'last week' });
    expect(chart?.points[0]).toEqual({ x: '2024-04-29', series: 'Taste', value: 100 });
    const shaded = specValues(lineSpec(chart as LineChart)).filter((v) => v.shaded);
    expect(shaded.map((v) => v.x)).toEqual(['2024-05-20']);
  });

  it('a month digest shades every week that overlaps the month', () => {
    const month = {
      ...digest,
      period: { kind: 'month', from: '2024-05-01', to: '2024-05-31', label: 'May 2024' },
    };
    const shaded = specValues(lineSpec(digestChart(month as DigestResult) as LineChart)).filter(
      (v) => v.shaded,
    );
    expect(shaded.map((v) => v.x)).toEqual(WEEKS);
  });

  it('has no chart without points', () => {
    expect(digestChart({ ...digest, chart: [] })).toBeUndefined();
  });
});

describe('answerChart', () => {
  it('a breakdown by week is a line over the weeks, cut weeks (as the engine marks them) drawn partial, titled with subject and period', () => {
    const chart = answerChart(
      ranked({
        op: 'breakdown',
        dimension: 'week',
        period: { kind: 'month', from: '2024-05-01', to: '2024-05-31', label: 'May 2024' },
        items: [
          { key: '2024-05-01', label: 'May 1 – May 5, 2024', value: 8_202, partial: true },
          { key: '2024-05-06', label: 'week of May 6, 2024', value: 11_144 },
          { key: '2024-05-13', label: 'week of May 13, 2024', value: 11_074 },
          { key: '2024-05-27', label: 'May 27 – May 31, 2024', value: 7_858, partial: true },
        ],
      }),
    );
    expect(chart?.kind).toBe('line');
    expect(chart?.title).toBe('Views by week — Harbourview');
    expect(chart?.subtitle).toBe('May 2024');
    expect(chart?.kind === 'line' && chart.points).toEqual([
      { x: '2024-05-01', series: 'Harbourview', value: 8_202, partial: true },
      { x: '2024-05-06', series: 'Harbourview', value: 11_144 },
      { x: '2024-05-13', series: 'Harbourview', value: 11_074 },
      { x: '2024-05-27', series: 'Harbourview', value: 7_858, partial: true },
    ]);
  });

  it('a top N is bars in ranking order with exact figures', () => {
    const chart = answerChart(
      ranked({
        n: 2,
        items: [
          { key: 'v1', label: 'Street Food Tour', value: 185_897 },
          { key: 'v2', label: 'Neon Bridges', value: 90_001 },
        ],
      } as Partial<RankedResult>),
    );
    expect(chart).toEqual({
      kind: 'bar',
      title: 'Top 2 videos by views — Harbourview',
      subtitle: 'last week (2024-05-27 to 2024-06-02)',
      xTitle: 'Views',
      bars: [
        { label: 'Street Food Tour', value: 185_897 },
        { label: 'Neon Bridges', value: 90_001 },
      ],
    });
    // Two bars of the same name stay two bars.
    const spec = barSpec({
      kind: 'bar',
      title: 't',
      xTitle: 'x',
      bars: [
        { label: 'A', value: 1 },
        { label: 'A', value: 2 },
      ],
    });
    expect(specValues(spec).map((v) => v.label)).toEqual(['A', 'A (2)']);
  });

  it('none for one item, all zeros, or a single figure', () => {
    expect(answerChart(ranked({ items: [{ key: 'v1', label: 'One', value: 5 }] }))).toBeUndefined();
    expect(
      answerChart(
        ranked({
          items: [
            { key: 'a', label: 'A', value: 0 },
            { key: 'b', label: 'B', value: 0 },
          ],
        }),
      ),
    ).toBeUndefined();
    expect(
      answerChart({ op: 'value', metric, subject: 'x', period, value: 3, change: false, hasData: true }),
    ).toBeUndefined();
  });
});

describe('chart upload to Slack', () => {
  const slack = new FakeSlack();
  beforeAll(() => slack.start());
  afterAll(() => slack.close());

  it('posts the digest, then uploads the PNG through files.uploadV2 into the same channel', async () => {
    const client = digestWebClient('xoxb-test', { apiUrl: slack.apiUrl });
    const poster = new SlackDigestPoster({ client, minIntervalPerChannelMs: 0 });
    const png = await renderChart(LINE);
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
