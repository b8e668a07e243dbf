import { describe, expect, it } from 'vitest';
import { describeDigest } from '../../src/core/digest/describe-digest.ts';
import type { DigestResult } from '../../src/core/digest/digest-types.ts';
import { MONTH_NAMES, spellDay } from '../../src/core/model/dates.ts';
import { makePeriod, monthLabel, rangeLabel } from '../../src/core/plan/period-math.ts';
import { EN_US, formatDelta, formatGrowth } from '../../src/core/render/format.ts';
import { plain } from '../../src/core/render/layout.ts';
import { createFormat } from '../../src/core/render/locale-format.ts';
import { day } from '../helpers/fixtures.ts';

const ZH = createFormat('zh-CN');

describe('numbers in US English', () => {
  it.each([
    [0, '0', '0', '0', '0'],
    [1, '1', '1', '1', '+1'],
    [999, '999', '999', '999', '+999'],
    [1000, '1,000', '1K', '1,000', '+1,000'],
    [185_897, '185,897', '185.9K', '185,897 (185.9K)', '+185,897'],
    [1_864_671, '1,864,671', '1.9M', '1,864,671 (1.9M)', '+1,864,671'],
    [-6281, '-6,281', '-6.3K', '-6,281', '-6,281'],
    [-141_037, '-141,037', '-141K', '-141,037 (-141K)', '-141,037'],
    [0.4, '0.4', '0.4', '0.4', '+0.4'],
    [-0, '0', '0', '0', '0'],
    [-0.001, '0', '0', '0', '0'],
  ])('%d → exact %s, short %s, figure %s, delta %s', (n, exact, short, figure, delta) => {
    expect(EN_US.exact(n)).toBe(exact);
    expect(EN_US.short(n)).toBe(short);
    expect(EN_US.figure(n)).toBe(figure);
    expect(EN_US.delta(n)).toBe(delta);
  });

  it.each([
    [-0.5757, '-57.6%'],
    [0.125, '+12.5%'],
    [0.0001, '0.0%'],
    [-0.0001, '0.0%'],
    [0, '0.0%'],
    [12.345, '+1,234.5%'],
    [undefined, 'n/a (no base to compare)'],
    [Number.POSITIVE_INFINITY, 'n/a (no base to compare)'],
    [Number.NaN, 'n/a (no base to compare)'],
  ])('growth %s → %s', (ratio, text) => {
    expect(EN_US.growth(ratio)).toBe(text);
  });

  it('a change and its growth carry the same minus sign', () => {
    const line = `${formatDelta(-6281)}, ${formatGrowth(-0.576)}`;
    expect(line).toBe('-6,281, -57.6%');
    expect(line).not.toMatch(/\u2212/);
  });

  it('shares, units and decimals; a figure that is not a number never prints NaN or ∞', () => {
    expect(EN_US.percent(0.8226)).toBe('82.3%');
    expect(EN_US.percent(-0.00001)).toBe('0.0%');
    expect(EN_US.withUnit(12_345_678, 'views')).toBe('12,345,678 views (12.3M)');
    expect(EN_US.oneDecimal(4.2857)).toBe('4.3');
    expect(EN_US.oneDecimal(4)).toBe('4.0');
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      for (const text of [EN_US.exact(bad), EN_US.figure(bad), EN_US.delta(bad), EN_US.percent(bad)])
        expect(text).toBe('n/a');
      expect(EN_US.withUnit(bad, 'views')).toBe('n/a views');
    }
  });
});

// The labels as they were written by hand before Intl made them: every day of three years must match.
const OLD_MONTHS =
  'January February March April May June July August September October November December'.split(' ');
const OLD_SHORT = OLD_MONTHS.map((m) => m.slice(0, 3));

describe('dates in US English', () => {
  it('spells every day, month and range exactly as before', () => {
    for (let d = day('2023-01-01'); d <= day('2025-12-31'); d++) {
      const date = new Date(d * 86_400_000);
      const [y, m, dd] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
      expect(spellDay(d)).toBe(`${OLD_MONTHS[m]} ${dd}, ${y}`);
      expect(EN_US.monthDay(d)).toBe(`${OLD_SHORT[m]} ${dd}`);
      expect(rangeLabel(d, d)).toBe(`${OLD_SHORT[m]} ${dd}, ${y}`);
      expect(EN_US.weekday(d)).toBe(['Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed'][((d % 7) + 7) % 7]);
    }
    expect(monthLabel(2024, 6)).toBe('June 2024');
    expect(MONTH_NAMES).toEqual(OLD_MONTHS);
  });

  it('writes the year once on a range within one year, on both ends across years', () => {
    expect(rangeLabel(day('2024-06-10'), day('2024-06-16'))).toBe('Jun 10 – Jun 16, 2024');
    expect(rangeLabel(day('2024-12-30'), day('2025-01-05'))).toBe('Dec 30, 2024 – Jan 5, 2025');
    expect(makePeriod('range', day('2024-09-01'), day('2024-09-30')).label).toBe('Sep 1 – Sep 30, 2024');
  });

  it('writes an instant as a clock in its zone shows it', () => {
    const at = new Date('2024-05-13T00:00:00Z');
    expect(EN_US.instant(at, 'Asia/Tokyo')).toBe('Mon, May 13, 2024, 09:00');
    expect(EN_US.instant(at, 'America/New_York')).toBe('Sun, May 12, 2024, 20:00');
  });
});

describe('the same formatter in Chinese (zh-CN)', () => {
  it('writes numbers with Chinese short forms and one minus sign', () => {
    expect(ZH.exact(1_864_671)).toBe('1,864,671');
    expect(ZH.figure(185_897)).toBe('185,897 (18.6万)');
    expect(ZH.short(123_456_789)).toBe('1.2亿');
    expect(ZH.delta(-6281)).toBe('-6,281');
    expect(ZH.growth(-0.5757)).toBe('-57.6%');
    expect(ZH.growth(0.125)).toBe('+12.5%');
  });

  it('writes dates in Chinese order, the year once at the front of a range', () => {
    expect(ZH.day(day('2024-06-27'))).toBe('2024年6月27日');
    expect(ZH.monthDay(day('2024-06-27'))).toBe('6月27日');
    expect(ZH.weekday(day('2024-06-27'))).toBe('周四');
    expect(ZH.month(2024, 6)).toBe('2024年6月');
    expect(ZH.range(day('2024-06-10'), day('2024-06-16'))).toBe('2024年6月10日 – 6月16日');
    expect(ZH.range(day('2024-12-30'), day('2025-01-05'))).toBe('2024年12月30日 – 2025年1月5日');
    expect(ZH.instant(new Date('2024-05-13T00:00:00Z'), 'Asia/Shanghai')).toBe('2024年5月13日周一 08:00');
  });

  it('renders a digest with Chinese figures and the US one unchanged', () => {
    const week = makePeriod('week', day('2024-06-24'), day('2024-06-30'), 'last week');
    const digest: DigestResult = {
      organization: 'Org',
      metric: { id: 'views', label: 'Views', kind: 'flow' },
      period: week,
      previous: makePeriod('week', day('2024-06-17'), day('2024-06-23')),
      total: { current: 165_154, previous: 306_191, delta: -141_037, growth: -141_037 / 306_191 },
      campaigns: [],
      worth: [],
      highlights: [],
      goals: [],
      awards: [],
      rankings: [],
      chart: [],
      unchanged: false,
    };
    const text = (fmt?: typeof ZH) => describeDigest(digest, undefined, fmt).sections.map(plain).join('\n');
    expect(text(ZH)).toContain(
      'Total views, last week: 165,154 views (16.5万) (-141,037, -46.1% vs 306,191 views (30.6万))',
    );
    expect(text()).toContain(
      'Total views, last week: 165,154 views (165.2K) (-141,037, -46.1% vs 306,191 views (306.2K))',
    );
  });
});

describe('a figure of exactly one takes the singular of its unit', () => {
  it.each([
    [1, 'views', '1 view'],
    [1, 'followers', '1 follower'],
    [1, 'watch hours', '1 watch hour'],
    [1, 'minutes of watch time', '1 minute of watch time'],
    [1, 'replies', '1 reply'],
    [1, 'watches', '1 watch'],
    [1, 'revenue (EUR)', '1 revenue (EUR)'],
    [1, 'likes (EUR)', '1 like (EUR)'],
    [1, 'reach', '1 reach'],
    [1, 'status', '1 status'],
    [-1, 'views', '-1 view'],
    [0, 'views', '0 views'],
    [1.5, 'views', '1.5 views'],
    [1000, 'views', '1,000 views'],
    [2, 'watch hours', '2 watch hours'],
  ])('%d %s → %s', (n, unit, text) => {
    expect(EN_US.withUnit(n, unit)).toBe(text);
  });
});

describe('terminal text from mrkdwn', () => {
  it('keeps a code span verbatim: a cron keeps its asterisks', () => {
    expect(plain('`digest subscribe cron "0 9 * * 1-5"` — *weekdays*')).toBe(
      '`digest subscribe cron "0 9 * * 1-5"` — weekdays',
    );
    expect(plain('every * minute * of the day')).toBe('every * minute * of the day');
  });
});

describe('a change with its unit', () => {
  it('is singular for exactly one either way, plural otherwise', () => {
    expect(EN_US.deltaWithUnit(1, 'followers')).toBe('+1 follower');
    expect(EN_US.deltaWithUnit(-1, 'followers')).toBe('-1 follower');
    expect(EN_US.deltaWithUnit(-2, 'followers')).toBe('-2 followers');
    expect(EN_US.deltaWithUnit(0, 'views')).toBe('0 views');
    expect(EN_US.deltaWithUnit(1_234, 'minutes of watch time')).toBe('+1,234 minutes of watch time');
    expect(EN_US.deltaWithUnit(1, 'minutes of watch time')).toBe('+1 minute of watch time');
  });
});
