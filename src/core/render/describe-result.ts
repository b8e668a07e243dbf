import type { Average, AwardLine, GoalItem, MetricRef, RankedResult, Result } from '../engine/result.ts';
import { isTimeDimension } from '../engine/time-buckets.ts';
import { countryName, languageName, platformName } from '../model/names.ts';
import type { Ranking } from '../model/types.ts';
import type { Period } from '../plan/plan-schema.ts';
import { concentrationText } from './concentration-text.ts';
import { asOfPhrase, cutSentence, reachPhrase, spell } from './coverage-text.ts';
import { describeHelp } from './describe-help.ts';
import { describeRecord } from './describe-record.ts';
import { describeUnusual } from './describe-unusual.ts';
import { describeWhy } from './describe-why.ts';
import type { Doc } from './document.ts';
import { escapeMrkdwn as esc } from './escape.ts';
import { DIMENSION_WORDS, fig, periodNote, roundAverage, unit, when } from './figure-words.ts';
import {
  formatDelta,
  formatDeltaWithUnit,
  formatExact,
  formatGrowth,
  formatOneDecimal,
  formatPercent,
  formatWithUnit,
} from './format.ts';
import { bullet } from './layout.ts';
import { projectionSentence } from './projection-text.ts';

export function goalLine(g: GoalItem): string {
  const by = g.by ? ` by ${spell(g.by)}` : '';
  // A goal whose date has passed is closed: what is missing is a shortfall, not what is left to do.
  const closed = g.by !== undefined && g.through === g.by;
  const gap = Math.abs(g.target - g.value);
  const status =
    g.progress >= 1
      ? `reached ✅ (${formatExact(g.value - g.target)} over)`
      : closed
        ? `missed ❌ (${formatExact(gap)} short)`
        : `— ${formatExact(gap)} to go`;
  const reach = g.dataThrough ? ` (data through ${spell(g.dataThrough)})` : '';
  const projection = projectionSentence(g);
  return `*${esc(g.campaign)}* — ${formatWithUnit(g.value, unit(g.metric))} of ${formatExact(g.target)} target${by}: *${formatPercent(g.progress)}* ${status}${reach}${projection ? `\n    ↳ ${projection}` : ''}`;
}

export function awardLineText(a: AwardLine): string {
  const parts = [`*${esc(a.name)}*`];
  if (a.event) parts.push(`— ${esc(a.event)}`);
  const extra = [
    a.subjectName && `for ${esc(a.subjectName)}`,
    a.date && spell(a.date),
    a.level && esc(a.level),
  ].filter(Boolean);
  return `${parts.join(' ')}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

export function rankingLineText(r: Ranking): string {
  const pos = [r.rank !== undefined ? `#${r.rank}` : '', r.tier ? `tier ${esc(r.tier)}` : '']
    .filter(Boolean)
    .join(', ');
  const by = r.publisher ? ` (${esc(r.publisher)})` : '';
  const note = r.note ? ` — ${esc(r.note)}` : '';
  return `*${esc(r.index)}* ${r.year}${by}: ${pos}${note}`;
}

function averageSentence(subject: string, total: number, a: Average, p: Period, m: MetricRef): string {
  const span = p.kind === 'all' ? ` from ${spell(a.from)} to ${spell(a.to)}` : ` ${when(p)}`;
  const units = a.per === 'day' ? '' : ` (${formatOneDecimal(a.units)} ${a.per}s)`;
  return `${subject} averaged ${fig(roundAverage(a.value), m)} a ${a.per}${span}: ${formatWithUnit(total, unit(m))} over ${formatExact(a.days)} ${a.days === 1 ? 'day' : 'days'}${units}.`;
}

/** Puts a result into words. Every figure printed here comes from the result: nothing is estimated. */
export function describeResult(result: Result): Doc {
  switch (result.op) {
    case 'value': {
      const m = result.metric;
      const subject = `*${esc(result.subject)}*`;
      if (result.coverage?.covered === 0) {
        return {
          title: `${m.label}: no data yet`,
          sections: [
            `No ${unit(m)} figures yet for ${subject} ${when(result.period)}: ${reachPhrase(result.coverage)}.`,
          ],
          context: [],
        };
      }
      if (!result.hasData) {
        return {
          title: `${m.label}: no data`,
          sections: [
            `There are no ${unit(m)} figures for ${subject} ${when(result.period)}.${result.dataRange ? ` The data covers ${result.dataRange.from} → ${result.dataRange.to}.` : ''}`,
          ],
          context: [],
        };
      }
      const text = result.average
        ? averageSentence(subject, result.value, result.average, result.period, m)
        : result.change
          ? `${subject} ${result.value >= 0 ? 'gained' : 'lost'} ${fig(Math.abs(result.value), m)} ${when(result.period, result.coverage)} (net change ${formatDelta(result.value)}).`
          : m.kind === 'stock'
            ? `${subject} had ${fig(result.value, m)} ${asOfPhrase(result.period.to, result.levelDates)}.`
            : `${subject} got ${fig(result.value, m)} ${when(result.period, result.coverage)}.`;
      // A stock's level is read at one date, already in the sentence; a period note would only confuse.
      const counted = result.average
        ? { ...result.period, from: result.average.from, to: result.average.to }
        : result.period;
      const note = m.kind === 'stock' && !result.change ? [] : [periodNote(counted)];
      const cut = result.coverage && result.period.kind !== 'all' ? [cutSentence(result.coverage)] : [];
      const carried = concentrationText(result.concentration, m, result.period, result.coverage);
      return {
        title: `${m.label} — ${result.subject}`,
        sections: [[text, ...cut, ...carried].join(' ')],
        context: note,
      };
    }
    case 'compare': {
      const m = result.metric;
      const [a, b] = result.items;
      if (result.noData)
        return {
          title: `${m.label}: no data yet`,
          sections: [
            `No ${unit(m)} figures yet for *${esc(a?.subject ?? '')}* ${a ? when(a.period) : ''} to compare: ${reachPhrase(result.noData)}.`,
          ],
          context: [],
        };
      const lines = result.items.map((i) => {
        const label = result.mode === 'previous' ? ` (${esc(i.period.label)})` : '';
        const asOf = i.levelDates ? ` ${asOfPhrase(i.period.to, i.levelDates)}` : '';
        return `*${esc(i.subject)}*${label}: ${fig(i.value, m)}${asOf}`;
      });
      const growth = formatGrowth(result.growth);
      const verdict =
        a && b
          ? result.mode === 'previous'
            ? `Change: ${formatDeltaWithUnit(result.delta, unit(m))} (*${growth}*) versus ${esc(b.period.label)}.`
            : `*${esc(a.subject)}* ${result.delta >= 0 ? 'leads' : 'trails'} *${esc(b.subject)}* by ${formatExact(Math.abs(result.delta))} ${unit(m)} (${growth}).${
                m.kind === 'flow' || !result.change
                  ? ` Together: ${formatWithUnit(
                      result.items.reduce((sum, i) => sum + i.value, 0),
                      unit(m),
                    )}.`
                  : ''
              }`
          : '';
      const title =
        result.mode === 'previous'
          ? `${m.label} — ${a?.subject ?? ''}: ${a?.period.label ?? ''} vs before`
          : `${m.label} compared — ${a?.period.label ?? ''}`;
      const cut = a?.coverage ? cutSentence(a.coverage) : '';
      return {
        title,
        sections: [bullet(lines), [verdict, cut].filter(Boolean).join(' ')].filter(Boolean),
        context: [periodNote(a?.period)],
      };
    }
    case 'top':
    case 'breakdown': {
      const m = result.metric;
      const [one, many] = DIMENSION_WORDS[result.dimension];
      const what = result.change ? `${unit(m)} gained` : unit(m);
      if (result.items.length === 0) {
        const yet = result.coverage?.covered === 0 ? ` yet: ${reachPhrase(result.coverage)}` : '';
        return {
          title: `${m.label} by ${one}`,
          sections: [`No ${what} recorded for any ${one} ${when(result.period)}${yet}.`],
          context: [],
        };
      }
      if (result.versus) return describeRise(result, one, many);
      const lines = result.items.map(
        (i, k) =>
          `${result.op === 'top' ? `${k + 1}. ` : ''}*${esc(i.label)}* — ${formatWithUnit(i.value, unit(m))}${i.share !== undefined && result.op === 'breakdown' ? ` (${formatPercent(i.share)})` : ''}`,
      );
      const scope = result.subject && result.op === 'breakdown' ? ` for ${esc(result.subject)}` : '';
      const asc = result.order === 'asc';
      const first = result.items[0];
      const lostMost = result.change && asc && first !== undefined && first.value < 0;
      // A stock by day or month: levels at each one's end, which do not add up.
      const levels = m.kind === 'stock' && !result.change && isTimeDimension(result.dimension);
      const lead =
        result.op === 'top' && result.items.length === 1 && first && lostMost
          ? `The ${one} that lost the most ${unit(m)} ${when(result.period, result.coverage)} is *${esc(first.label)}*: ${fig(-first.value, m)} lost (net change ${formatDelta(first.value)}).`
          : result.op === 'top' && result.items.length === 1 && first
            ? `The ${one} with the ${asc ? 'fewest' : 'most'} ${what} ${m.kind === 'stock' && !result.change ? asOfPhrase(result.period.to, result.levelDates) : when(result.period, result.coverage)} is *${esc(first.label)}* with ${fig(first.value, m)}.`
            : result.op === 'top'
              ? `${asc ? 'Bottom' : 'Top'} ${result.items.length} ${many} by ${what} ${when(result.period, result.coverage)}${asc ? ' (fewest first)' : ''}:`
              : `${m.label} by ${one}${scope} ${when(result.period, result.coverage)} — ${levels ? 'latest' : 'total'} ${fig(result.total, m)}:`;
      const title =
        result.op === 'top' ? `${asc ? 'Bottom' : 'Top'} ${many} by ${unit(m)}` : `${m.label} by ${one}`;
      const sections = result.op === 'top' && result.items.length === 1 ? [lead] : [lead, lines.join('\n')];
      if (result.mean !== undefined)
        sections.push(
          `Average per ${one}: ${fig(roundAverage(result.mean), m)} (${formatWithUnit(
            result.items.reduce((sum, i) => sum + i.value, 0),
            unit(m),
          )} over ${result.items.length} ${result.items.length === 1 ? one : many}).`,
        );
      const last = result.items[result.items.length - 1];
      if (result.tied && last) {
        const level = result.items.filter((i) => i.value === last.value).map((i) => `*${esc(i.label)}*`);
        sections.push(`_Tied at ${formatWithUnit(last.value, unit(m))}: ${level.join(', ')}._`);
      }
      if (result.coverage && result.period.kind !== 'all') sections.push(`_${cutSentence(result.coverage)}_`);
      sections.push(...concentrationText(result.concentration, m, result.period, result.coverage));
      if (result.op === 'breakdown' && result.unattributed > 0)
        sections.push(
          `_Not attributed to any ${one} (e.g. campaign-level rows): ${formatWithUnit(result.unattributed, unit(m))}._`,
        );
      return { title, sections, context: [periodNote(result.period)] };
    }
    case 'why':
      return describeWhy(result);
    case 'record':
      return describeRecord(result);
    case 'goal': {
      const firstGoal = result.items[0];
      if (!firstGoal)
        return { title: 'Goals', sections: ['No goal is set for that in the data.'], context: [] };
      const sections = [bullet(result.items.map(goalLine))];
      const single = result.items.length === 1 ? result.items[0] : undefined;
      return {
        title: single ? `Goal progress — ${single.campaign}` : 'Goal progress',
        sections,
        context: [
          `progress = ${result.items.every((g) => g.metric.id === firstGoal.metric.id) ? unit(firstGoal.metric) : 'the goal metric'} from the campaign start to the earliest of today, the goal date and the last day of data`,
        ],
      };
    }
    case 'unusual':
      return describeUnusual(result);
    case 'list':
      return describeList(result);
    case 'overview': {
      const facts = result.facts.map((f) => `*${esc(f.label)}:* ${esc(f.value)}`).join('\n');
      const figures = result.figures.map((f) =>
        f.metric.kind === 'stock'
          ? `${fig(f.value, f.metric)} (latest${f.through ? `, ${spell(f.through)}` : ''})`
          : `${fig(f.value, f.metric)}${f.through ? ` (through ${spell(f.through)})` : ''}`,
      );
      const sections = [facts];
      if (result.description) sections.push(`_${esc(result.description)}_`);
      // Figures that end before today carry their own date; "to date" then needs no second one.
      const span =
        result.period.kind === 'all' && result.figures.some((f) => f.through)
          ? 'to date'
          : when(result.period);
      if (figures.length) sections.push(`*Totals ${span}:* ${figures.join(' · ')}`);
      if (result.top) {
        const [one] = DIMENSION_WORDS[result.top.dimension];
        sections.push(
          `*Top ${one}:* ${esc(result.top.label)} — ${formatWithUnit(result.top.value, unit(result.top.metric))}`,
        );
      }
      if (result.goals.length) sections.push(`*Goals*\n${bullet(result.goals.map(goalLine))}`);
      if (result.awards.length) sections.push(`*Awards*\n${bullet(result.awards.map(awardLineText))}`);
      return { title: result.name, sections, context: [] };
    }
    case 'help':
      return describeHelp(result);
  }
}

/** A top N ranked by the change from the period before: each with its rise or fall and both figures. */
function describeRise(result: RankedResult, one: string, many: string): Doc {
  const m = result.metric;
  const versus = result.versus?.label ?? 'the period before';
  const falls = result.order === 'asc';
  const change = (i: (typeof result.items)[number]) =>
    `${formatDeltaWithUnit(i.value, unit(m))} (${formatGrowth(i.previous ? i.value / i.previous : undefined)}), ${formatExact(i.current ?? 0)} vs ${formatExact(i.previous ?? 0)}`;
  const [first] = result.items;
  const sections =
    result.items.length === 1 && first
      ? [
          `The ${one} whose ${unit(m)} ${falls ? 'fell' : 'rose'} the most ${when(result.period)} against ${esc(versus)} is *${esc(first.label)}*: ${change(first)}.`,
        ]
      : [
          `${many[0]?.toUpperCase()}${many.slice(1)} by change in ${unit(m)} ${when(result.period)} against ${esc(versus)}${falls ? ' (largest fall first)' : ''}:`,
          result.items.map((i, k) => `${k + 1}. *${esc(i.label)}* — ${change(i)}`).join('\n'),
        ];
  if (result.coverage) sections.push(`_${cutSentence(result.coverage)}_`);
  return {
    title: `${m.label}: ${falls ? 'falls' : 'rises'} by ${one}`,
    sections,
    context: [periodNote(result.period)],
  };
}

function describeList(result: Extract<Result, { op: 'list' }>): Doc {
  const filter = result.filterLabel ? ` (${esc(result.filterLabel)})` : '';
  const none = (what: string): Doc => ({
    title: what,
    sections: [`No ${what.toLowerCase()} match${filter}.`],
    context: [],
  });
  switch (result.what) {
    case 'campaigns': {
      if (!result.items.length) return none('Campaigns');
      const lines = result.items.map((c) => {
        const extra = [
          c.status,
          c.markets.length ? `markets: ${c.markets.map(countryName).join(', ')}` : '',
          c.languages.length ? `languages: ${c.languages.map(languageName).join(', ')}` : '',
          `from ${c.start}${c.end ? ` to ${c.end}` : ''}`,
          c.owner ? `owner: ${c.owner}` : '',
          c.via ?? '',
        ].filter(Boolean);
        return `*${esc(c.name)}* — ${esc(extra.join('; '))}`;
      });
      return {
        title: 'Campaigns',
        sections: [
          `${result.items.length} campaign${result.items.length === 1 ? '' : 's'}${filter}:`,
          bullet(lines),
        ],
        context: [],
      };
    }
    case 'assets': {
      if (!result.items.length) return none('Videos');
      const lines = result.items.map((a) => {
        const langs = a.languages.map(languageName).join(', ');
        const extra = [a.campaign, langs && `in ${langs}`, a.published && `published ${a.published}`].filter(
          Boolean,
        );
        return `*${esc(a.title)}* — ${esc(extra.join('; '))}`;
      });
      return {
        title: 'Content',
        sections: [
          `${result.items.length} item${result.items.length === 1 ? '' : 's'}${filter}:`,
          bullet(lines),
        ],
        context: [],
      };
    }
    case 'channels': {
      if (!result.items.length) return none('Channels');
      const lines = result.items.map(
        (c) => `*${esc(c.handle)}* on ${platformName(c.platform)}${c.name ? ` — ${esc(c.name)}` : ''}`,
      );
      const count = `${result.items.length} channel${result.items.length === 1 ? '' : 's'}${filter}:`;
      return { title: 'Channels', sections: [count, bullet(lines)], context: [] };
    }
    case 'awards': {
      if (!result.items.length) return none('Awards');
      return {
        title: 'Awards',
        sections: [
          `${result.items.length} award${result.items.length === 1 ? '' : 's'}${filter}:`,
          bullet(result.items.map(awardLineText)),
        ],
        context: [],
      };
    }
    case 'rankings': {
      if (!result.items.length) return none('Rankings');
      return { title: 'Rankings', sections: [bullet(result.items.map(rankingLineText))], context: [] };
    }
    case 'markets':
    case 'languages': {
      const [one, many, title] =
        result.what === 'markets' ? ['market', 'markets', 'Markets'] : ['language', 'languages', 'Languages'];
      if (!result.items.length) return none(title);
      const lines = result.items.map((l) => {
        const made = [
          l.campaigns.length ? `campaigns: ${l.campaigns.join(', ')}` : '',
          l.assets.length ? `content: ${l.assets.join(', ')}` : '',
        ].filter(Boolean);
        return `*${esc(l.name)}*${made.length ? ` — ${esc(made.join('; '))}` : ''}`;
      });
      return {
        title,
        sections: [
          `${result.items.length} ${result.items.length === 1 ? one : many}${filter}:`,
          bullet(lines),
        ],
        context: [],
      };
    }
    case 'metrics':
      return {
        title: 'Metrics',
        sections: [
          bullet(
            result.items.map(
              (m) =>
                `*${esc(m.label)}* (${m.kind === 'flow' ? 'summed over a period' : 'a level at a date'})`,
            ),
          ),
        ],
        context: [],
      };
  }
}
