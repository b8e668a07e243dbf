import type { Dataset } from '../model/dataset.ts';
import { type Day, formatDay } from '../model/dates.ts';
import { countryName, languageName, platformName } from '../model/names.ts';
import type { Metric } from '../model/types.ts';
import { dayOf } from '../plan/period-math.ts';
import type { Dimension, QueryPlan, Scope } from '../plan/plan-schema.ts';
import { reach } from './coverage.ts';
import { goalProjection } from './goal-projection.ts';
import { keyLabel } from './labels.ts';
import { assetLanguages, awardLine, awardsOf } from './lists.ts';
import { groupBy, measure, select } from './measure.ts';
import { metricRef } from './metric-ref.ts';
import type { GoalItem, OverviewFigure, OverviewResult } from './result.ts';

type OverviewPlan = Extract<QueryPlan, { op: 'overview' }>;

/** Goal progress = value from the campaign's start to min(now, by), over the target. */
export function goalItems(ds: Dataset, now: Day, campaignId?: string, metricId?: string): GoalItem[] {
  const out: GoalItem[] = [];
  for (const c of ds.catalog.campaigns) {
    if (campaignId !== undefined && c.id !== campaignId) continue;
    for (const g of c.goals) {
      if (metricId !== undefined && g.metric !== metricId) continue;
      const metric = ds.metrics.get(g.metric);
      if (!metric) continue;
      const limit = Math.min(now, g.by ?? now);
      const reached = reach(ds, metric.id, now);
      const through = reached === undefined ? limit : Math.min(limit, reached);
      const list = select(ds, metric.id, { campaign: c.id });
      const value = measure(metric, list, c.start, through, false).value;
      // No data at all yet: nothing to project from.
      const projection =
        reached === undefined
          ? undefined
          : goalProjection(metric, list, { start: c.start, target: g.target, by: g.by, through, value });
      out.push({
        campaignId: c.id,
        campaign: c.name,
        metric: metricRef(metric),
        target: g.target,
        by: g.by === undefined ? undefined : formatDay(g.by),
        through: formatDay(through),
        ...(through < limit ? { dataThrough: formatDay(through) } : {}),
        value,
        progress: value / g.target,
        ...(projection ? { projection } : {}),
      });
    }
  }
  return out;
}

/** The primary metric: the first flow metric listed (views, usually), else the first metric. */
export const primaryMetric = (ds: Dataset): Metric | undefined =>
  ds.catalog.metrics.find((m) => m.kind === 'flow') ?? ds.catalog.metrics[0];

function figures(ds: Dataset, scope: Scope, from: Day, to: Day, now: Day): OverviewFigure[] {
  const out: OverviewFigure[] = [];
  for (const metric of ds.catalog.metrics) {
    const reached = reach(ds, metric.id, now);
    const end = reached === undefined ? to : Math.min(to, reached);
    const m = measure(metric, select(ds, metric.id, scope), from, end, false);
    if (m.support > 0)
      out.push({
        metric: metricRef(metric),
        value: m.value,
        ...(end < to ? { through: formatDay(end) } : {}),
      });
  }
  return out;
}

function top(ds: Dataset, scope: Scope, dimension: Dimension, from: Day, to: Day): OverviewResult['top'] {
  const metric = primaryMetric(ds);
  if (!metric) return undefined;
  let best: { key: string; value: number } | undefined;
  for (const [key, list] of groupBy(select(ds, metric.id, scope), dimension)) {
    const m = measure(metric, list, from, to, false);
    if (m.support > 0 && (!best || m.value > best.value)) best = { key, value: m.value };
  }
  return (
    best && {
      dimension,
      label: keyLabel(ds, dimension, best.key),
      metric: metricRef(metric),
      value: best.value,
    }
  );
}

const list = (codes: string[], name: (c: string) => string): string => codes.map(name).join(', ');

export function overview(ds: Dataset, plan: OverviewPlan, now: Day): OverviewResult {
  const from = dayOf(plan.period.from);
  const to = dayOf(plan.period.to);
  const base = { op: 'overview' as const, period: plan.period };
  const fact = (label: string, value: string | undefined) => (value ? [{ label, value }] : []);
  if (plan.kind === 'campaign' && plan.id) {
    const c = ds.campaigns.get(plan.id);
    if (c) {
      const assets = ds.catalog.assets.filter((a) => a.campaign === c.id);
      return {
        ...base,
        kind: 'campaign',
        id: c.id,
        name: c.name,
        facts: [
          { label: 'Status', value: c.status },
          c.status === 'planned' && c.start > now
            ? {
                label: 'Starts',
                value: `${formatDay(c.start)}${c.end === undefined ? '' : `, ends ${formatDay(c.end)}`}`,
              }
            : {
                label: 'Runs',
                value: `${formatDay(c.start)} → ${c.end === undefined ? 'ongoing' : formatDay(c.end)}`,
              },
          ...fact('Owner', c.owner),
          ...fact('Languages', list(c.languages, languageName)),
          ...fact('Markets', list(c.markets, countryName)),
          // A few items are named; more are counted (the top one is shown below either way).
          ...fact(
            'Content',
            assets.length === 0
              ? undefined
              : assets.length <= 6
                ? `${assets.length} item${assets.length === 1 ? '' : 's'}: ${assets.map((a) => a.title).join(', ')}`
                : `${assets.length} items`,
          ),
        ],
        description: c.description,
        figures: figures(ds, { campaign: c.id }, from, to, now),
        top: top(ds, { campaign: c.id }, 'asset', from, to),
        goals: goalItems(ds, now, c.id),
        awards: awardsOf(ds, c.id).map((a) => awardLine(a, ds)),
      };
    }
  }
  if (plan.kind === 'asset' && plan.id) {
    const a = ds.assets.get(plan.id);
    if (a) {
      const versions = a.versions.map((v) => v.language);
      return {
        ...base,
        kind: 'asset',
        id: a.id,
        name: a.title,
        facts: [
          { label: 'Campaign', value: ds.nameOf(a.campaign) },
          ...fact('Format', a.format?.replace(/_/g, ' ')),
          ...fact('Language', a.language && languageName(a.language)),
          ...fact(
            'Versions',
            versions.length
              ? `${list(versions, languageName)} (available in ${list(assetLanguages(a), languageName)})`
              : undefined,
          ),
          ...fact('Published', a.published === undefined ? undefined : formatDay(a.published)),
          ...fact('Markets', list(a.markets, countryName)),
          ...fact(
            'Channels',
            list(a.channels, (id) => keyLabel(ds, 'channel', id)),
          ),
        ],
        figures: figures(ds, { asset: a.id }, from, to, now),
        top: top(ds, { asset: a.id }, 'channel', from, to),
        goals: [],
        awards: awardsOf(ds, a.id).map((w) => awardLine(w, ds)),
      };
    }
  }
  if (plan.kind === 'channel' && plan.id) {
    const c = ds.channels.get(plan.id);
    if (c) {
      return {
        ...base,
        kind: 'channel',
        id: c.id,
        name: c.name ?? `${c.handle} on ${platformName(c.platform)}`,
        facts: [
          { label: 'Platform', value: platformName(c.platform) },
          { label: 'Handle', value: c.handle },
          ...fact('Language', c.language && languageName(c.language)),
        ],
        figures: figures(ds, { channel: c.id }, from, to, now),
        top: top(ds, { channel: c.id }, 'asset', from, to),
        goals: [],
        awards: [],
      };
    }
  }
  const byStatus = ['active', 'planned', 'paused', 'completed']
    .map((s) => [s, ds.catalog.campaigns.filter((c) => c.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  return {
    ...base,
    kind: 'organization',
    name: ds.catalog.organization.name,
    facts: [
      ...fact('Campaigns', byStatus.join(', ')),
      ...fact(
        'Channels',
        list(
          ds.catalog.channels.map((c) => c.id),
          (id) => keyLabel(ds, 'channel', id),
        ),
      ),
    ],
    figures: figures(ds, {}, from, to, now),
    top: top(ds, {}, 'campaign', from, to),
    goals: goalItems(ds, now),
    awards: ds.catalog.awards.map((a) => awardLine(a, ds)),
  };
}
