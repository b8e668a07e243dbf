import type { Dataset } from '../model/dataset.ts';
import { conceptRe } from './concepts.ts';
import type { Reading } from './reading.ts';

const VERSIONS = conceptRe('versions');

/**
 * "The Korean video", "the video for Vietnam": when a language or a market and a singular content noun
 * point to exactly one piece of content, the question is about that piece (its awards, its publication date).
 * The mention of the place becomes a mention of that piece.
 */
export function soleContent(r: Reading, ds: Dataset): void {
  // "what video is available in Vietnamese?" asks for a list, dubbed versions included.
  if (r.noun !== 'asset' || r.nounPlural || VERSIONS.test(r.norm)) return;
  if (r.mentions.some((m) => m.refs.some((x) => x.kind === 'asset' || x.kind === 'campaign'))) return;
  const places = r.mentions.filter((m) => m.refs.some((x) => x.kind === 'language' || x.kind === 'market'));
  const place = places[0];
  if (places.length !== 1 || !place) return;
  const ref = place.refs.find((x) => x.kind === 'language' || x.kind === 'market');
  const matches = ds.catalog.assets.filter((a) => {
    if (ref?.kind === 'language') return a.language === ref.id;
    const markets = a.markets.length ? a.markets : (ds.campaigns.get(a.campaign)?.markets ?? []);
    return ref !== undefined && markets.includes(ref.id);
  });
  const only = matches.length === 1 ? matches[0] : undefined;
  if (only) place.refs = [{ kind: 'asset', id: only.id }];
}
