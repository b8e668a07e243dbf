import type { Dataset } from '../model/dataset.ts';
import { formatDay, parseDay } from '../model/dates.ts';
import type { Asset, Award, Campaign } from '../model/types.ts';
import type { QueryPlan } from '../plan/plan-schema.ts';
import { keyLabel } from './labels.ts';
import { formatMatches } from './measure.ts';
import { metricRef } from './metric-ref.ts';
import type { AssetLine, AwardLine, CampaignLine, ListResult, ReachLine } from './result.ts';

type ListPlan = Extract<QueryPlan, { op: 'list' }>;

export const campaignLine = (c: Campaign): CampaignLine => ({
  id: c.id,
  name: c.name,
  status: c.status,
  start: formatDay(c.start),
  end: c.end === undefined ? undefined : formatDay(c.end),
  markets: c.markets,
  languages: c.languages,
  owner: c.owner,
});

export const assetLanguages = (a: Asset): string[] => [
  ...new Set([...(a.language ? [a.language] : []), ...a.versions.map((v) => v.language)]),
];

/** assetLanguages(a).includes(language), without building the list for every asset. */
const speaks = (a: Asset, language: string): boolean =>
  (!!a.language && a.language === language) || a.versions.some((v) => v.language === language);

export const assetLine = (a: Asset, ds: Dataset): AssetLine => ({
  id: a.id,
  title: a.title,
  campaign: ds.nameOf(a.campaign),
  language: a.language,
  languages: assetLanguages(a),
  format: a.format,
  published: a.published === undefined ? undefined : formatDay(a.published),
});

export const awardLine = (a: Award, ds: Dataset): AwardLine => ({
  ...a,
  date: a.date === undefined ? undefined : formatDay(a.date),
  subjectName: a.subject ? ds.nameOf(a.subject) : undefined,
});

/** Awards won by a subject; a campaign's include those of its assets. */
export function awardsOf(ds: Dataset, subject: string | undefined): Award[] {
  if (subject === undefined) return ds.catalog.awards;
  const c = ds.campaigns.get(subject);
  return ds.catalog.awards.filter(
    (a) =>
      a.subject === subject ||
      (c !== undefined && a.subject !== undefined && ds.assets.get(a.subject)?.campaign === c.id),
  );
}

/** Each campaign's assets in catalog order, once per dataset: lists ask it of every campaign. */
const assetsByCampaign = new WeakMap<Dataset, Map<string, Asset[]>>();

function assetsIn(ds: Dataset, campaign: string): readonly Asset[] {
  let byCampaign = assetsByCampaign.get(ds);
  if (!byCampaign) {
    byCampaign = new Map();
    for (const a of ds.catalog.assets) {
      const own = byCampaign.get(a.campaign);
      if (own) own.push(a);
      else byCampaign.set(a.campaign, [a]);
    }
    assetsByCampaign.set(ds, byCampaign);
  }
  return byCampaign.get(campaign) ?? [];
}

function describe(ds: Dataset, f: ListPlan['filter']): string {
  const parts: string[] = [];
  if (f.status) parts.push(f.status);
  if (f.owner) parts.push(`owned by ${f.owner}`);
  if (f.language) parts.push(`in ${keyLabel(ds, 'language', f.language)}`);
  if (f.market) parts.push(`targeting ${keyLabel(ds, 'market', f.market)}`);
  if (f.platform) parts.push(`on ${keyLabel(ds, 'platform', f.platform)}`);
  if (f.campaign) parts.push(`in ${ds.nameOf(f.campaign)}`);
  if (f.subject) parts.push(`for ${ds.nameOf(f.subject)}`);
  if (f.ownOnly) parts.push(`for ${ds.catalog.organization.name} itself`);
  if (f.levels) parts.push(`${f.levels.join(' or ')} level`);
  if (f.index) parts.push(`in ${f.index}`);
  if (f.period) parts.push(f.period.label);
  return parts.join(', ');
}

export function listItems(ds: Dataset, plan: ListPlan): ListResult {
  const f = plan.filter;
  const filterLabel = describe(ds, f);
  const from = f.period ? (parseDay(f.period.from) ?? 0) : Number.NEGATIVE_INFINITY;
  const to = f.period ? (parseDay(f.period.to) ?? 0) : Number.POSITIVE_INFINITY;
  switch (plan.what) {
    case 'campaigns': {
      const items = ds.catalog.campaigns.filter((c) => {
        const assets = assetsIn(ds, c.id);
        const end = c.end ?? Number.POSITIVE_INFINITY;
        const inPeriod =
          !f.period ||
          (f.dates === 'start'
            ? c.start >= from && c.start <= to
            : f.dates === 'end'
              ? c.end !== undefined && c.end >= from && c.end <= to
              : c.start <= to && end >= from);
        return (
          inPeriod &&
          (!f.status || c.status === f.status) &&
          (!f.owner || c.owner === f.owner) &&
          (!f.market ||
            c.markets.includes(f.market) ||
            assets.some((a) => a.markets.includes(f.market ?? ''))) &&
          (!f.language ||
            c.languages.includes(f.language) ||
            assets.some((a) => assetLanguages(a).includes(f.language ?? ''))) &&
          (!f.platform ||
            assets.some((a) => a.channels.some((ch) => ds.channels.get(ch)?.platform === f.platform)))
        );
      });
      const lines = items.map((c) => {
        const line = campaignLine(c);
        // Matched through its videos' own markets: say so, or the line would contradict the heading.
        if (f.market && !c.markets.includes(f.market))
          line.via = `has content for ${keyLabel(ds, 'market', f.market)}`;
        return line;
      });
      return { op: 'list', what: 'campaigns', filterLabel, items: lines };
    }
    case 'assets': {
      const items = ds.catalog.assets.filter((a) => {
        const c = ds.campaigns.get(a.campaign);
        const markets = a.markets.length ? a.markets : (c?.markets ?? []);
        return (
          (!f.campaign || a.campaign === f.campaign) &&
          (!f.status || c?.status === f.status) &&
          (!f.language || speaks(a, f.language)) &&
          (!f.format || formatMatches(a.format?.toLowerCase(), f.format)) &&
          (!f.market || markets.includes(f.market)) &&
          (!f.platform || a.channels.some((ch) => ds.channels.get(ch)?.platform === f.platform)) &&
          (a.published === undefined || (a.published >= from && a.published <= to))
        );
      });
      return { op: 'list', what: 'assets', filterLabel, items: items.map((a) => assetLine(a, ds)) };
    }
    case 'channels': {
      const items = ds.catalog.channels.filter((c) => !f.platform || c.platform === f.platform);
      return {
        op: 'list',
        what: 'channels',
        filterLabel,
        items: items.map((c) => ({ id: c.id, handle: c.handle, platform: c.platform, name: c.name })),
      };
    }
    case 'awards': {
      const items = awardsOf(ds, f.subject ?? f.campaign).filter(
        (a) =>
          (a.date === undefined ? !f.period : a.date >= from && a.date <= to) &&
          (!f.ownOnly || a.subject === undefined) &&
          (!f.levels || f.levels.some((l) => a.level?.toLowerCase() === l.toLowerCase())),
      );
      items.sort((a, b) => (b.date ?? 0) - (a.date ?? 0));
      return { op: 'list', what: 'awards', filterLabel, items: items.map((a) => awardLine(a, ds)) };
    }
    case 'rankings': {
      const years = f.period
        ? [Number(f.period.from.slice(0, 4)), Number(f.period.to.slice(0, 4))]
        : [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
      const items = ds.catalog.rankings.filter(
        (r) => (!f.index || r.index === f.index) && r.year >= (years[0] ?? 0) && r.year <= (years[1] ?? 0),
      );
      return { op: 'list', what: 'rankings', filterLabel, items };
    }
    case 'metrics':
      return { op: 'list', what: 'metrics', filterLabel, items: ds.catalog.metrics.map(metricRef) };
    case 'markets':
    case 'languages':
      return { op: 'list', what: plan.what, filterLabel, items: reach(ds, plan.what, f) };
  }
}

/**
 * Every market (or language) named by a campaign or a piece of content, with what is made for it. Content
 * counts for a market through its own markets, else its campaign's; for a language through its own language
 * and dubbed versions.
 */
function reach(ds: Dataset, what: 'markets' | 'languages', f: ListPlan['filter']): ReachLine[] {
  const lines = new Map<string, ReachLine>();
  const line = (code: string): ReachLine => {
    let l = lines.get(code);
    if (!l) {
      const name = keyLabel(ds, what === 'markets' ? 'market' : 'language', code);
      l = { code, name, campaigns: [], assets: [] };
      lines.set(code, l);
    }
    return l;
  };
  const campaigns = ds.catalog.campaigns.filter(
    (c) => (!f.status || c.status === f.status) && (!f.campaign || c.id === f.campaign),
  );
  for (const c of campaigns) {
    const codes = what === 'markets' ? c.markets : c.languages;
    for (const code of codes) line(code).campaigns.push(c.name);
    for (const a of assetsIn(ds, c.id)) {
      const own = what === 'markets' ? (a.markets.length ? a.markets : c.markets) : assetLanguages(a);
      for (const code of own) {
        const l = line(code);
        l.assets.push(a.title);
        if (!l.campaigns.includes(c.name)) l.campaigns.push(c.name);
      }
    }
  }
  return [...lines.values()].sort((a, b) => a.name.localeCompare(b.name));
}
