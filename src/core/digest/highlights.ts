import type { Contribution, Decomposition, GoalItem, UnusualItem } from '../engine/result.ts';

/** One of the few things a digest leads with. */
export type Highlight =
  | { kind: 'mover'; part: Contribution }
  | { kind: 'unusual'; item: UnusualItem }
  | { kind: 'goal'; goal: GoalItem };

const LEAD = 3;

/**
 * What a reader should see first: the biggest move, the biggest unusual change and a goal at risk, one of each
 * kind while there are several kinds, then the next largest of what is left. Nothing here is new: each is a line
 * of the digest's own sections, brought to the top.
 */
export function highlights(
  moved: Decomposition | undefined,
  worth: readonly UnusualItem[],
  goals: readonly GoalItem[],
): Highlight[] {
  const movers: Highlight[] = [...(moved?.up ?? []), ...(moved?.down ?? [])]
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change))
    .map((part) => ({ kind: 'mover', part }));
  const unusual: Highlight[] = worth.map((item) => ({ kind: 'unusual', item }));
  const atRisk: Highlight[] = goals
    .filter((g) => g.projection?.onTrack === false)
    .sort((a, b) => a.progress - b.progress)
    .map((goal) => ({ kind: 'goal', goal }));
  const queues = [movers, unusual, atRisk];
  const out: Highlight[] = [];
  // A thing already named is not named twice: a video that moved the most and is unusual is one piece of news.
  const named = new Set<string>();
  const nameOf = (h: Highlight): string | undefined =>
    h.kind === 'mover' ? h.part.key : h.kind === 'unusual' ? h.item.id : h.goal.campaignId;
  while (out.length < LEAD && queues.some((q) => q.length > 0))
    for (const q of queues) {
      let next = q.shift();
      while (next && named.has(nameOf(next) ?? '')) next = q.shift();
      if (!next || out.length >= LEAD) continue;
      out.push(next);
      const name = nameOf(next);
      if (name) named.add(name);
    }
  return out;
}
