import type { MetricRef, UnusualItem, UnusualResult, UnusualRule } from '../engine/result.ts';
import { HISTORY_WEEKS } from '../engine/unusual.ts';
import { DEFAULT_RULE, MAD_SCALE } from '../insight/robust.ts';
import { weekdayOf } from '../model/dates.ts';
import { dayOf, rangeLabel } from '../plan/period-math.ts';
import { spell } from './coverage-text.ts';
import type { Doc } from './document.ts';
import { escapeMrkdwn as esc } from './escape.ts';
import { unit } from './figure-words.ts';
import { formatDeltaWithUnit, formatExact, formatPercent, formatWithUnit } from './format.ts';
import { bullet } from './layout.ts';

// Unusual changes in words: each figure with its usual (the median it was judged against, and over what), and
// the rule itself, so a reader can tell a flag from a guess.

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
/** At most this many flags are listed; the rest are counted. */
const SHOWN = 8;

const weekday = (iso: string): string => WEEKDAYS[weekdayOf(dayOf(iso))] ?? '';
const span = (i: { from: string; to: string }): string => rangeLabel(dayOf(i.from), dayOf(i.to));
const KIND_TAGS: Record<UnusualItem['kind'], string> = {
  whole: '',
  campaign: ' (campaign)',
  asset: ' (video)',
  channel: '',
};

/** "6.1× the usual", "45.3% above the usual", "62.0% below the usual". */
function againstUsual(i: UnusualItem): string {
  if (i.median === 0) return i.value === 0 ? 'the usual' : 'where the usual is none';
  const ratio = i.value / i.median;
  if (ratio >= 2) return `${ratio.toFixed(1)}× the usual`;
  if (ratio === 1) return 'the usual';
  return `${formatPercent(Math.abs(ratio - 1))} ${ratio > 1 ? 'above' : 'below'} the usual`;
}

/** "median 1,604 over the previous 8 Tuesdays", "… over the same days of the previous 8 weeks". */
const usual = (i: UnusualItem): string => {
  const cut = i.span === 'week' && dayOf(i.to) - dayOf(i.from) < 6 ? 'the same days of ' : '';
  return `median ${formatExact(i.median)} over ${cut}the previous ${i.history} ${i.span === 'day' ? `${weekday(i.from)}s` : 'weeks'}`;
};

/**
 * "Tuesday's 9,812 views on June 18, 2024", "5,100 views in the week of Jun 17 – Jun 23, 2024"; a stock's figure
 * is what it gained: "Monday's +120 followers".
 */
function figure(i: UnusualItem, m: MetricRef): string {
  const u = unit(m);
  const n = m.kind === 'stock' ? formatDeltaWithUnit(i.value, u) : formatWithUnit(i.value, u);
  return i.span === 'day'
    ? `${weekday(i.from)}'s ${n} on ${spell(i.from)}`
    : `${n} in the week of ${span(i)}`;
}

/** One flag: "▲ *Neon Bridges* (video): Tuesday's 9,812 views on June 18, 2024 were 6.1× the usual (…)." */
export function unusualLine(i: UnusualItem, m: MetricRef): string {
  const icon = i.value >= i.median ? '▲' : '▼';
  const also = (i.also ?? []).map((a) => `*${esc(a.name)}*${KIND_TAGS[a.kind]}`);
  const carried = also.length ? `, and so ${also.join(' and ')}` : '';
  return `${icon} *${esc(i.name)}*${KIND_TAGS[i.kind]}${carried}: ${figure(i, m)} were ${againstUsual(i)} (${usual(i)}).`;
}

/** The scope's own figure, unusual or not, with how far from the usual it would have to be. */
function ownLine(i: UnusualItem, m: MetricRef): string {
  const f = figure(i, m);
  if (i.unusual) return `*Unusual* — ${f} were ${againstUsual(i)} (${usual(i)}).`;
  return `*Not unusual* — ${f} were ${againstUsual(i)} (${usual(i)}): within ±${formatExact(Math.round(i.threshold))} of it.`;
}

/** The rule in short, under a digest's "Worth a look". */
export const WORTH_RULE = `Each against its own previous ${HISTORY_WEEKS} weeks (a day against the same weekday): unusual when more than ${DEFAULT_RULE.k} × ${MAD_SCALE} × MAD from their median.`;

/** The rule in words, with the floors as figures. */
export function ruleSentence(rule: UnusualRule, u: string): string {
  const { day, week } = rule.minSize;
  const per = (n: number, what: string) => `${formatExact(n)} ${u} a ${what}`;
  const floor =
    day !== undefined && week !== undefined
      ? `${per(day, 'day')} (${formatExact(week)} a week)`
      : day !== undefined
        ? per(day, 'day')
        : week !== undefined
          ? per(week, 'week')
          : '';
  return `Rule: a day is held against the same weekday of the previous ${rule.weeks} weeks, a week (to its latest day) against the same days of the previous ${rule.weeks} weeks; a figure is unusual when it is more than ${rule.k} × ${MAD_SCALE} × MAD (median absolute deviation) from their median, and at least ${formatPercent(rule.minShare)} of the median${floor ? ` and ${floor}` : ''} away from it. Things with less than ${rule.minHistory} weeks of history are not judged.`;
}

/** "the latest day (Thursday, June 27, 2024) and week (Jun 24 – Jun 27, 2024, against the same days before)". */
function judgedSpans(r: UnusualResult): string {
  const cut =
    r.week && dayOf(r.week.to) - dayOf(r.week.from) < 6 ? ', against the same days of the weeks before' : '';
  const parts = [
    r.day ? `day (${weekday(r.day.from)}, ${spell(r.day.from)})` : '',
    r.week ? `week (${span(r.week)}${cut})` : '',
  ].filter(Boolean);
  return `the latest ${parts.join(' and ')}`;
}

export function describeUnusual(r: UnusualResult): Doc {
  const u = unit(r.metric);
  const subject = `*${esc(r.subject)}*`;
  const sections: string[] = [];
  if (!r.day && !r.week) {
    sections.push(`No whole day of ${u} to judge for ${subject}: there are no figures for it by then.`);
  } else if (r.judged === 0) {
    sections.push(
      `Too little history to judge ${u} for ${subject}: it needs ${r.rule.minHistory} of the previous ${r.rule.weeks} weeks.`,
    );
  } else if (r.self) {
    sections.push(
      `${subject}, ${u} in ${judgedSpans(r)}:\n${bullet(r.items.map((i) => ownLine(i, r.metric)))}`,
    );
  } else if (r.items.length === 0) {
    sections.push(
      `Nothing unusual in ${u} for ${subject} in ${judgedSpans(r)}: all ${r.judged} figures judged were within their usual range.`,
    );
  } else {
    const shown = r.items.slice(0, SHOWN).map((i) => unusualLine(i, r.metric));
    const more = r.items.length - shown.length;
    sections.push(
      `${r.items.length} unusual ${r.items.length === 1 ? 'figure' : 'figures'} in ${u} for ${subject} in ${judgedSpans(r)}, biggest first:`,
      `${bullet(shown)}${more > 0 ? `\n…and ${more} more.` : ''}`,
    );
  }
  if (r.through) sections.push(`_Data through ${spell(r.through)}: later days are not judged._`);
  if (r.day || r.week) sections.push(`_${ruleSentence(r.rule, u)}_`);
  return {
    title: `${r.self ? 'Is it unusual?' : 'Unusual changes'} — ${r.metric.label}, ${r.subject}`,
    sections,
    context: [],
  };
}
