import { concentration } from '../engine/concentration.ts';
import { countedDays, coverageNote, likeForLike, reach } from '../engine/coverage.ts';
import { decompose } from '../engine/decompose.ts';
import { growthOf } from '../engine/growth.ts';
import { awardLine } from '../engine/lists.ts';
import { groupBy, measure, select } from '../engine/measure.ts';
import { metricRef } from '../engine/metric-ref.ts';
import { goalItems, primaryMetric } from '../engine/overview.ts';
import type { UnusualItem } from '../engine/result.ts';
import { flagged, judgeAll, latestWholeDay, type Span } from '../engine/unusual.ts';
import { PlanError } from '../errors.ts';
import type { Dataset, TaggedSeries } from '../model/dataset.ts';
import { type Day, formatDay, partsOf } from '../model/dates.ts';
import type { Metric } from '../model/types.ts';
import {
  dayOf,
  endOfMonth,
  makePeriod,
  monthLabel,
  previousPeriod,
  rangeLabel,
  startOfMonth,
  startOfWeek,
} from '../plan/period-math.ts';
import type { Period } from '../plan/plan-schema.ts';
import type { DigestOptions, DigestResult } from './digest-types.ts';
import { highlights } from './highlights.ts';

const CHART_WEEKS = 8;
const MOVERS = 3;
const WORTH = 5;

/** The last complete period before `now`: yesterday, last week (Mon–Sun) or last month. */
export function digestPeriod(kind: DigestOptions['period'], now: Day): Period {
  if (kind === 'day') return makePeriod('day', now - 1, now - 1);
  if (kind === 'week') {
    const s = startOfWeek(now) - 7;
    return makePeriod('week', s, s + 6, `week of ${rangeLabel(s, s + 6)}`);
  }
  const { y, m } = partsOf(startOfMonth(now) - 1);
  return makePeriod('month', startOfMonth(startOfMonth(now) - 1), endOfMonth(y, m), monthLabel(y, m));
}

/** The weekly (or daily/monthly) summary: totals vs the previous period, what moved, goals, new awards. */
export function buildDigest(ds: Dataset, now: Day, options: DigestOptions): DigestResult {
  const metric = primaryMetric(ds);
  if (!metric) throw new PlanError('the data defines no metric to summarize');
  const wanted = options.campaigns?.length ? new Set(options.campaigns) : undefined;
  for (const id of wanted ?? [])
    if (!ds.campaigns.has(id)) throw new PlanError(`unknown campaign "${id}"`, 'PLAN_UNRESOLVED');
  const campaigns = ds.catalog.campaigns.filter((c) => !wanted || wanted.has(c.id));
  const series = select(ds, metric.id, {}).filter(
    (t) => !wanted || (t.campaign !== undefined && wanted.has(t.campaign)),
  );
  const period = digestPeriod(options.period, now);
  // A period the data does not fully cover is compared like for like: the same days of the one before.
  const through = reach(ds, metric.id, now);
  const counted = countedDays(period, now, through);
  const previous = likeForLike(previousPeriod(period), counted);
  const [from, to] = [counted.from, counted.to];
  const [pFrom, pTo] = [dayOf(previous.from), counted.noData ? dayOf(previous.from) - 1 : dayOf(previous.to)];
  const both = (list: readonly TaggedSeries[]) => {
    const current = measure(metric, list, from, to, false);
    const before = measure(metric, list, pFrom, pTo, false);
    return { current: current.value, previous: before.value, support: current.support + before.support };
  };

  const total = both(series);
  const byCampaign = groupBy(series, 'campaign');
  const campaignLines = campaigns
    .map((c) => ({ c, v: both(byCampaign.get(c.id) ?? []) }))
    .filter(({ c, v }) => v.support > 0 || c.status === 'active')
    .map(({ c, v }) => ({
      id: c.id,
      name: c.name,
      current: v.current,
      previous: v.previous,
      delta: v.current - v.previous,
      growth: growthOf(v.current, v.previous),
    }))
    .sort((a, b) => b.current - a.current);

  // What moved the total, video by video: the decomposition a "why" answer gives, top rises and falls and the rest.
  const current = { from, to };
  const moved = counted.noData
    ? undefined
    : decompose(ds, metric, series, 'asset', current, { from: pFrom, to: pTo }, MOVERS);
  const carried = counted.noData ? [] : concentration(ds, metric, series, from, to);

  const awards = ds.catalog.awards
    .filter((a) => a.date !== undefined && a.date >= from && a.date <= to)
    .filter(
      (a) =>
        !wanted ||
        a.subject === undefined ||
        wanted.has(a.subject) ||
        wanted.has(ds.assets.get(a.subject)?.campaign ?? ''),
    )
    .map((a) => awardLine(a, ds));
  // Rankings carry only a year: they are news in the digest whose period holds that year's first day.
  const rankings = ds.catalog.rankings.filter((r) => {
    const jan1 = dayOf(`${r.year}-01-01`);
    return jan1 >= from && jan1 <= to;
  });

  const coverage = coverageNote(counted);
  const shownMoved = moved && total.current !== total.previous ? moved : undefined;
  // A goal whose date passed before the period compared is old news; a question about goals still shows it.
  const goals = goalItems(ds, now).filter(
    (g) => (!wanted || wanted.has(g.campaignId)) && (g.by === undefined || g.by >= previous.from),
  );
  const worth = worthALook(ds, metric, series, wanted === undefined, now, options.period, dayOf(period.to));
  return {
    organization: ds.catalog.organization.name,
    metric: metricRef(metric),
    period,
    previous,
    total: {
      current: total.current,
      previous: total.previous,
      delta: total.current - total.previous,
      growth: growthOf(total.current, total.previous),
    },
    campaigns: campaignLines,
    ...(shownMoved ? { moved: shownMoved } : {}),
    ...(carried.length ? { concentration: carried } : {}),
    goals,
    worth,
    highlights: highlights(shownMoved, worth, goals),
    awards,
    rankings,
    chart: weeklyChart(ds, metric, series, dayOf(period.to), through),
    unchanged: measure(metric, series, from, to, false).support === 0 && awards.length === 0,
    ...(coverage ? { coverage } : {}),
  };
}

/** The unusual figures in the digest's scope: the organization's too when it covers everything. */
function worthALook(
  ds: Dataset,
  metric: Metric,
  series: readonly TaggedSeries[],
  everything: boolean,
  now: Day,
  kind: DigestOptions['period'],
  end: Day,
): UnusualItem[] {
  const anchor = latestWholeDay(ds, metric.id, now, end);
  if (anchor === undefined) return [];
  const spans: Span[] = kind === 'day' ? ['day'] : ['day', 'week'];
  const judged = judgeAll(ds, metric, series, everything ? {} : undefined, anchor, spans);
  return flagged(judged.items).slice(0, WORTH);
}

function weeklyChart(
  ds: Dataset,
  metric: Metric,
  series: readonly TaggedSeries[],
  end: Day,
  through: Day | undefined,
): DigestResult['chart'] {
  // Weeks up to the one holding `end`: one the data cuts short is counted to its last day and marked partial,
  // so the chart draws it as such instead of a plunge; a week the data has not reached is left out.
  const lastWeek = startOfWeek(end);
  const out: DigestResult['chart'] = [];
  for (const [id, list] of groupBy(series, 'campaign')) {
    for (let w = CHART_WEEKS - 1; w >= 0; w--) {
      const s = lastWeek - 7 * w;
      if (through !== undefined && s > through) continue;
      const to = through === undefined ? s + 6 : Math.min(s + 6, through);
      out.push({
        week: formatDay(s),
        campaign: ds.nameOf(id),
        value: measure(metric, list, s, to, false).value,
        ...(to < s + 6 ? { partial: true } : {}),
      });
    }
  }
  return out;
}
