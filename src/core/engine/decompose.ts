import type { Dataset, TaggedSeries } from '../model/dataset.ts';
import type { Day } from '../model/dates.ts';
import type { Metric } from '../model/types.ts';
import type { Dimension, Scope } from '../plan/plan-schema.ts';
import { keyLabel } from './labels.ts';
import { groupBy, keysOf, measure } from './measure.ts';
import type { Contribution, Decomposition } from './result.ts';

/** Days read for one side of a change: a flow sums them, a stock reads its level on the last. */
export interface Window {
  from: Day;
  to: Day;
}

const TOP = 3;

/** A scope's figure over a window, the contract's way (flows sum, stocks read the level at its end). */
export const figureOf = (metric: Metric, list: readonly TaggedSeries[], w: Window): number =>
  measure(metric, list, w.from, w.to, false).value;

/**
 * A change split along a dimension: each group's figure in both windows and its difference. The groups' changes
 * and the change of rows in no group add up to the whole change exactly, except along markets, where one video
 * may count in several.
 */
export function decompose(
  ds: Dataset,
  metric: Metric,
  list: readonly TaggedSeries[],
  dimension: Dimension,
  current: Window,
  previous: Window,
  top = TOP,
): Decomposition {
  const parts: Contribution[] = [];
  for (const [key, group] of groupBy(list, dimension)) {
    const now = measure(metric, group, current.from, current.to, false);
    const before = measure(metric, group, previous.from, previous.to, false);
    if (now.support + before.support === 0) continue;
    parts.push({
      key,
      label: keyLabel(ds, dimension, key),
      current: now.value,
      previous: before.value,
      change: now.value - before.value,
    });
  }
  const loose = list.filter((t) => keysOf(t, dimension).length === 0);
  const unattributed = figureOf(metric, loose, current) - figureOf(metric, loose, previous);
  const byLabel = (a: Contribution, b: Contribution) => a.label.localeCompare(b.label);
  const up = parts.filter((p) => p.change > 0).sort((a, b) => b.change - a.change || byLabel(a, b));
  const down = parts.filter((p) => p.change < 0).sort((a, b) => a.change - b.change || byLabel(a, b));
  const shown = new Set([...up.slice(0, top), ...down.slice(0, top)]);
  const rest = parts.filter((p) => !shown.has(p));
  return {
    dimension,
    up: up.slice(0, top),
    down: down.slice(0, top),
    others: { count: rest.length, change: rest.reduce((s, p) => s + p.change, 0) },
    unattributed,
    overlapping: dimension === 'market',
    groups: parts.length,
  };
}

/** One level down from a scope, finest last: a campaign's videos, a video's channels, the organization's campaigns. */
function levelsBelow(scope: Scope): Dimension[] {
  if (scope.asset) return ['channel'];
  if (scope.channel) return ['asset'];
  if (Object.keys(scope).length > 0) return ['asset', 'channel'];
  return ['campaign', 'asset', 'channel'];
}

/**
 * The change split one level down from the scope, or along the dimension named. A level that holds no group
 * (followers belong to accounts, not campaigns), or only one group and nothing else, gives way to the next.
 */
export function decomposeBelow(
  ds: Dataset,
  metric: Metric,
  list: readonly TaggedSeries[],
  scope: Scope,
  current: Window,
  previous: Window,
  named?: Dimension,
): Decomposition {
  const levels = named ? [named] : levelsBelow(scope);
  let chosen: Decomposition | undefined;
  for (const dimension of levels) {
    const d = decompose(ds, metric, list, dimension, current, previous);
    chosen ??= d;
    if (chosen.groups === 0 && d.groups > 0) chosen = d;
    if (d.groups > 1 || (d.groups === 1 && d.unattributed !== 0)) {
      chosen = d;
      break;
    }
  }
  if (!chosen) throw new Error('a scope has at least one level below it');
  return chosen;
}
