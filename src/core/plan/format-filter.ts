import type { Dataset } from '../model/dataset.ts';
import type { Reading } from './reading.ts';
import { FORMAT_NOUNS } from './vocabulary.ts';

/**
 * "posts", "podcasts", "videos": a filter on the assets' format, used only when it separates some assets from
 * others (a data file of videos only needs none).
 */
export function formatFilter(r: Reading, ds: Dataset): string[] | undefined {
  const word = r.nounWord?.replace(/s$/, '');
  if (!word || r.noun !== 'asset') return undefined;
  const narrows = (stems: string[]) => narrowsIn(ds, stems);
  // "long-form videos", "short videos": the adjective names the format.
  const at = r.tokens.indexOf(r.nounWord ?? '');
  const before = r.tokens[at - 1] ?? '';
  const adjective = before === 'form' ? (r.tokens[at - 2] ?? '') : before;
  const size = adjective.replace(/form$/, '');
  if ((size === 'long' || size === 'short') && narrows([size])) return [size];
  // "Reels" when some formats say reel: those alone, not every video a reel could be.
  const stems = FORMAT_NOUNS[word];
  if (word !== 'video' && stems?.includes('video') && narrows([word])) return [word];
  return stems && narrows(stems) ? stems : undefined;
}

/** Per dataset, whether a list of stems picks some assets but not all: the same few lists for every question. */
const narrowing = new WeakMap<Dataset, Map<string, boolean>>();

function narrowsIn(ds: Dataset, stems: string[]): boolean {
  let known = narrowing.get(ds);
  if (!known) {
    known = new Map();
    narrowing.set(ds, known);
  }
  const key = stems.join('\u0000');
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  const formats = ds.catalog.assets.map((a) => a.format?.toLowerCase());
  const matching = formats.filter((f) => f !== undefined && stems.some((s) => f.includes(s))).length;
  const narrows = matching > 0 && matching < formats.length;
  known.set(key, narrows);
  return narrows;
}
