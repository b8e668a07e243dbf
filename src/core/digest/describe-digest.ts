import { concentrationText } from '../render/concentration-text.ts';
import { cutSentence, reachPhrase, spell } from '../render/coverage-text.ts';
import { awardLineText, goalLine, rankingLineText } from '../render/describe-result.ts';
import { unusualLine, WORTH_RULE } from '../render/describe-unusual.ts';
import { contributionLine, partLines } from '../render/describe-why.ts';
import type { Doc } from '../render/document.ts';
import { escapeMrkdwn as esc } from '../render/escape.ts';
import { DIMENSION_WORDS } from '../render/figure-words.ts';
import { EN_US } from '../render/format.ts';
import { bullet } from '../render/layout.ts';
import type { Format } from '../render/locale-format.ts';
import type { DigestResult } from './digest-types.ts';
import type { Highlight } from './highlights.ts';

const numbered = (lines: string[]): string => lines.map((l, i) => `${i + 1}. ${l}`).join('\n');

/** A highlight as the line its own section gives it, with what kind of news it is. */
function highlightLine(h: Highlight, d: DigestResult, before: readonly Highlight[], fmt: Format): string {
  switch (h.kind) {
    case 'mover': {
      const again = before.some((b) => b.kind === 'mover');
      return `${again ? 'Next biggest move' : 'Biggest move'}: ${contributionLine(h.part, d.metric)}`;
    }
    case 'unusual':
      return `Unusual: ${unusualLine(h.item, d.metric)}`;
    case 'goal': {
      const g = h.goal;
      const p = g.projection;
      const short =
        p?.projected === undefined
          ? ''
          : `, ${fmt.exact(Math.round(g.target - p.projected))} short of ${fmt.exact(g.target)}`;
      return `Goal at risk: *${esc(g.campaign)}* — projected ${p?.projected === undefined ? 'short' : fmt.exact(Math.round(p.projected))}${g.by ? ` by ${spell(g.by)}` : ''}${short} at the pace of the last ${p?.pace.days ?? 28} days (a projection, not a figure).`;
    }
  }
}

/**
 * The digest in words; `narrative` (already checked against the figures) leads when a model wrote one. `fmt`
 * writes the totals and movers (goal, award and ranking lines are the answers' own, in US English).
 */
export function describeDigest(d: DigestResult, narrative?: string, fmt: Format = EN_US): Doc {
  const unit = d.metric.label.toLowerCase();
  const change = (cur: number, prev: number, g: number | undefined) =>
    `${fmt.withUnit(cur, unit)} (${fmt.delta(cur - prev)}, ${fmt.growth(g)} vs ${fmt.withUnit(prev, unit)})`;
  const sections: string[] = [];
  if (narrative) sections.push(esc(narrative));
  sections.push(
    `*Total ${unit}, ${esc(d.period.label)}:* ${change(d.total.current, d.total.previous, d.total.growth)}`,
  );
  if (d.coverage)
    sections.push(
      d.coverage.covered === 0
        ? `_No figures yet for this period: ${reachPhrase(d.coverage)}._`
        : `_${cutSentence(d.coverage)} Compared with the same ${d.coverage.covered} days of the period before._`,
    );
  if (d.highlights.length)
    sections.push(
      `*What matters most*\n${numbered(d.highlights.map((h, i) => highlightLine(h, d, d.highlights.slice(0, i), fmt)))}`,
    );
  if (d.campaigns.length)
    sections.push(
      `*By campaign*\n${bullet(
        d.campaigns.map(
          (c) =>
            `*${esc(c.name)}* — ${c.current === 0 && c.previous === 0 ? `no ${unit} recorded yet` : change(c.current, c.previous, c.growth)}`,
        ),
      )}`,
    );
  if (d.moved)
    sections.push(
      `*What moved, by ${DIMENSION_WORDS[d.moved.dimension][0]}*\n${bullet(partLines(d.moved, d.metric, d.total.delta))}`,
    );
  sections.push(...concentrationText(d.concentration, d.metric, d.period, d.coverage));
  if (d.worth.length)
    sections.push(`*Worth a look*\n${bullet(d.worth.map((i) => unusualLine(i, d.metric)))}\n_${WORTH_RULE}_`);
  if (d.goals.length) sections.push(`*Goal progress*\n${bullet(d.goals.map(goalLine))}`);
  if (d.awards.length) sections.push(`*New awards*\n${bullet(d.awards.map(awardLineText))}`);
  if (d.rankings.length) sections.push(`*Rankings*\n${bullet(d.rankings.map(rankingLineText))}`);
  if (d.unchanged) sections.push('_No new activity in this period._');
  return {
    title: `${d.organization} — digest, ${d.period.label}`,
    sections,
    context: [
      `period: ${d.period.from} → ${d.period.to}, compared with ${d.previous.from} → ${d.previous.to}`,
    ],
  };
}
