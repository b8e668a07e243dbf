// A robust "is this unusual?" test on one figure against its own recent history. The median and the median
// absolute deviation (MAD) ignore the odd spike in the history itself, where a mean and a standard deviation
// would be dragged by it; 1.4826 × MAD estimates the standard deviation of normal noise, so k = 3.5 of them is
// the usual cut for outliers (Iglewicz and Hoaglin's modified z-score).

/** What makes a figure unusual. */
export interface RobustRule {
  /** How many noise scales away from the median. */
  k: number;
  /** The least absolute distance from the median that is flagged, so a tiny series going 3 → 12 is not news. */
  minSize: number;
  /** The least distance as a share of the median, so a very steady series is not flagged for a 2% wobble. */
  minShare: number;
  /** The least number of history periods to judge by. */
  minHistory: number;
}

export const MAD_SCALE = 1.4826;
/** When more than half the history is the same figure, MAD is 0: the mean absolute deviation × √(π/2) stands in. */
export const MEAN_AD_SCALE = 1.2533;

export const DEFAULT_RULE: RobustRule = { k: 3.5, minSize: 20, minShare: 0.2, minHistory: 6 };

export interface Assessment {
  value: number;
  median: number;
  mad: number;
  /** The noise scale: 1.4826 × MAD, or the mean-deviation stand-in when MAD is 0 (0 for a flat history). */
  spread: number;
  /** The distance from the median beyond which the figure is unusual. */
  threshold: number;
  unusual: boolean;
  /** How many periods the history held. */
  history: number;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** The median absolute deviation from the median. */
export const mad = (xs: readonly number[], m = median(xs)): number => median(xs.map((x) => Math.abs(x - m)));

function spreadOf(xs: readonly number[], m: number, d: number): number {
  if (d > 0) return MAD_SCALE * d;
  const meanAd = xs.reduce((s, x) => s + Math.abs(x - m), 0) / xs.length;
  return MEAN_AD_SCALE * meanAd;
}

/** `value` against `history` (oldest first or not: order is irrelevant); undefined when the history is too short. */
export function assess(
  value: number,
  history: readonly number[],
  rule = DEFAULT_RULE,
): Assessment | undefined {
  if (history.length < rule.minHistory) return undefined;
  const m = median(history);
  const d = mad(history, m);
  const spread = spreadOf(history, m, d);
  // A flat history (spread 0) has no noise to measure by: then only the size floors decide.
  const threshold = Math.max(rule.k * spread, rule.minSize, rule.minShare * Math.abs(m));
  return {
    value,
    median: m,
    mad: d,
    spread,
    threshold,
    unusual: Math.abs(value - m) > threshold,
    history: history.length,
  };
}
