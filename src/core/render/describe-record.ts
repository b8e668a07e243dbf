import type { MetricRef, RecordResult } from '../engine/result.ts';
import { spell } from './coverage-text.ts';
import type { Doc } from './document.ts';
import { escapeMrkdwn as esc } from './escape.ts';
import { DIMENSION_WORDS, periodNote, unit, when } from './figure-words.ts';
import { formatDeltaWithUnit, formatExact, formatGrowth, formatWithUnit } from './format.ts';

/** A stock's day, week or month is what it gained, which may be a loss: signed. */
const figure = (n: number, m: MetricRef): string =>
  m.kind === 'stock' ? `*${formatDeltaWithUnit(n, unit(m))}*` : `*${formatWithUnit(n, unit(m))}*`;

/** "Best week ever for X" in words: the record, its date and figure, and the latest whole one beside it. */
export function describeRecord(r: RecordResult): Doc {
  const m = r.metric;
  const [one, many] = DIMENSION_WORDS[r.unit];
  // Best and worst follow which way is good news; the value word says which end it is.
  const good = (r.order === 'desc') === (m.better !== 'down');
  const word = good ? 'best' : 'worst';
  const what = `${r.order === 'desc' ? 'most' : 'fewest'} ${unit(m)}${m.kind === 'stock' ? ' gained' : ''}`;
  const title = `${good ? 'Best' : 'Worst'} ${one} — ${r.subject}`;
  const through = r.through ? ` (the data runs through ${spell(r.through)})` : '';
  const { best, span, latest } = r;
  if (!best || !span)
    return {
      title,
      sections: [
        `No whole ${one} of ${unit(m)} figures for *${esc(r.subject)}* ${when(r.period)}${through}.`,
      ],
      context: [],
    };
  const range = r.period.kind === 'all' ? `from ${spell(span.from)} to ${spell(span.to)}` : when(r.period);
  const lead = `The ${word} ${one} for *${esc(r.subject)}* (${what}) of ${span.count} whole ${span.count === 1 ? one : many} ${range} was *${esc(best.label)}*: ${figure(best.value, m)}.`;
  const sections = [lead];
  if (best.ties.length)
    sections.push(
      `_Tied at ${figure(best.value, m)}: ${[best.label, ...best.ties].map((l) => `*${esc(l)}*`).join(', ')}._`,
    );
  if (latest && latest.label === best.label)
    sections.push(`The latest whole ${one}, ${esc(latest.label)}, is the record.`);
  else if (latest) {
    const gap = latest.value - best.value;
    const growth = best.value > 0 ? ` (${formatGrowth(gap / best.value)})` : '';
    sections.push(
      `The latest whole ${one}, ${esc(latest.label)}, had ${figure(latest.value, m)}: ${formatExact(Math.abs(gap))} ${gap < 0 ? 'fewer' : 'more'} ${unit(m)} than the record${growth}.`,
    );
  }
  if (r.through) sections.push(`_Whole ${many} only${through}._`);
  return { title, sections, context: [periodNote({ ...r.period, from: span.from, to: span.to })] };
}
