import type { Dataset } from '../model/dataset.ts';
import type { Reading } from './reading.ts';

const KIND_WORDS: Partial<Record<string, string>> = {
  campaign: 'campaign',
  asset: 'video',
  channel: 'account',
  platform: 'platform',
  language: 'language',
  market: 'market',
  owner: 'owner',
  ranking: 'ranking',
  status: 'status',
};

/** What the rules made of a question, in short phrases, for a reply that says what was and was not understood. */
export function understoodOf(r: Reading, ds: Dataset): string[] {
  const out: string[] = [];
  for (const m of r.mentions) {
    const ref = m.refs[0];
    if (!ref) continue;
    if (ref.kind === 'metric') out.push(ds.metrics.get(ref.id)?.label.toLowerCase() ?? ref.id);
    else if (ref.kind === 'organization') out.push(ds.catalog.organization.name);
    else {
      const kind = KIND_WORDS[ref.kind];
      out.push(kind ? `${m.matched} (${kind})` : m.matched);
    }
  }
  for (const p of r.periods) out.push(p.label);
  return [...new Set(out)];
}
