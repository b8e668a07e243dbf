import type { Contribution, Decomposition, LevelDates, MetricRef, WhyResult } from '../engine/result.ts';
import { asOfPhrase, cutSentence, reachPhrase, spell } from './coverage-text.ts';
import type { Doc } from './document.ts';
import { escapeMrkdwn as esc } from './escape.ts';
import { DIMENSION_WORDS, periodNote, unit, when } from './figure-words.ts';
import { formatDeltaWithUnit, formatExact, formatGrowth, formatWithUnit } from './format.ts';
import { bullet } from './layout.ts';

const capital = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/** Which way is good news: a fall in unfollows is one. */
export const isGood = (m: MetricRef, change: number): boolean =>
  m.better === 'down' ? change < 0 : change > 0;

/**
 * "rose by 1,637 views (+0.5%)"; for a measure whose good news is down, the news is said first: "improved: down
 * 12 unfollows (−20.0%)".
 */
function moved(m: MetricRef, change: number, growth: number | undefined): string {
  const amount = `*${formatExact(Math.abs(change))} ${unit(m)}*${growth === undefined ? '' : ` (${formatGrowth(growth)})`}`;
  if (m.better !== 'down') return `${change > 0 ? 'rose' : 'fell'} by ${amount}`;
  return `${isGood(m, change) ? 'improved' : 'worsened'}: ${change > 0 ? 'up' : 'down'} ${amount}`;
}

const UNATTRIBUTED: Partial<Record<Decomposition['dimension'], string>> = {
  campaign: ' (e.g. rows of accounts, not campaigns)',
  asset: ' (e.g. campaign-level rows)',
};

/** Each part of a change on its own line, the way the change went first; then the rest and what no group holds. */
/** "▼ *Izakaya Lane Diaries* -3,264 views (6,842 vs 10,106)"; a stock's "from … to …". */
export function contributionLine(c: Contribution, m: MetricRef): string {
  const figures =
    m.kind === 'stock'
      ? `from ${formatExact(c.previous)} to ${formatExact(c.current)}`
      : `${formatExact(c.current)} vs ${formatExact(c.previous)}`;
  return `${c.change > 0 ? '▲' : '▼'} *${esc(c.label)}* ${formatDeltaWithUnit(c.change, unit(m))} (${figures})`;
}

export function partLines(d: Decomposition, m: MetricRef, change: number): string[] {
  const [one, many] = DIMENSION_WORDS[d.dimension];
  const sides = change < 0 ? [d.down, d.up] : [d.up, d.down];
  const lines = sides.flat().map((c) => contributionLine(c, m));
  if (d.others.count > 0)
    lines.push(
      `Others (${d.others.count} ${d.others.count === 1 ? one : many}): ${d.others.change === 0 ? 'no change' : `${formatDeltaWithUnit(d.others.change, unit(m))}`}`,
    );
  if (d.unattributed !== 0)
    lines.push(
      `Not attributed to any ${one}${UNATTRIBUTED[d.dimension] ?? ''}: ${formatDeltaWithUnit(d.unattributed, unit(m))}`,
    );
  return lines;
}

/** The parts under their heading, and whether they add up to the change. */
export function partsSection(d: Decomposition, m: MetricRef, change: number): string {
  const lines = partLines(d, m, change);
  const sum = d.overlapping
    ? `_${capital(DIMENSION_WORDS[d.dimension][1])} overlap (a video can count in several), so these parts do not add up to the change._`
    : `_Together: ${formatDeltaWithUnit(change, unit(m))}, the whole change._`;
  return `*By ${DIMENSION_WORDS[d.dimension][0]}:*\n${bullet(lines)}\n${sum}`;
}

/** A level read at a day: "1,230 followers as of June 23, 2024", with the dates of older snapshots when so. */
const at = (n: number, m: MetricRef, day: string, dates?: LevelDates): string =>
  `${formatWithUnit(n, unit(m))} ${asOfPhrase(day, dates)}`;

/** "Why did views drop last week?" in words: the change, its parts, and a different answer when it went the other way. */
export function describeWhy(r: WhyResult): Doc {
  const m = r.metric;
  const subject = `*${esc(r.subject)}*`;
  const title = `What moved ${unit(m)} — ${r.subject}`;
  const context = [
    `${periodNote(r.period)}${r.versus ? `, compared with ${r.versus.from} → ${r.versus.to}` : ''}`,
  ];
  if (r.coverage?.covered === 0)
    return {
      title: `${m.label}: no data yet`,
      sections: [`No ${unit(m)} figures yet for ${subject} ${when(r.period)}: ${reachPhrase(r.coverage)}.`],
      context: [],
    };
  const before = r.versus ? esc(r.versus.label) : 'the period before';
  if (!r.hasData)
    return {
      title: `${m.label}: no data`,
      sections: [
        `There are no ${unit(m)} figures for ${subject} ${when(r.period)}${r.versus ? ` or ${before}` : ''}.`,
      ],
      context,
    };
  const cut = r.coverage ? ` ${cutSentence(r.coverage)}` : '';
  const levels = r.levels;
  if (r.change === 0) {
    const same = levels
      ? `${at(r.current, m, levels.to, levels.toDates)}, as on ${spell(levels.from)}`
      : `${formatWithUnit(r.current, unit(m))}, the same as ${before}`;
    return {
      title,
      sections: [`${m.label} for ${subject} did not change ${when(r.period)}: ${same}.${cut}`],
      context,
    };
  }
  const figures = levels
    ? `from ${at(r.previous, m, levels.from, levels.fromDates)} to ${at(r.current, m, levels.to, levels.toDates)}`
    : `${formatExact(r.current)} vs ${formatExact(r.previous)} in ${before}`;
  const went = r.change > 0 ? 'up' : 'down';
  const contrary =
    r.asked && r.asked !== went
      ? `${m.label} did not ${r.asked === 'up' ? 'rise' : 'fall'} ${when(r.period)}: `
      : '';
  const lead = contrary
    ? `${contrary}for ${subject} they ${moved(m, r.change, r.growth)}, ${figures}.`
    : `${m.label} for ${subject} ${moved(m, r.change, r.growth)} ${when(r.period)}: ${figures}.`;
  const sections = [`${lead}${cut}`];
  if (r.parts) sections.push(partsSection(r.parts, m, r.change));
  return { title, sections, context };
}
