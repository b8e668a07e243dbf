import { ScheduleError } from '../errors.ts';
import type { Dataset } from '../model/dataset.ts';
import type { AlertSubject } from './schedule-types.ts';
import { listSome, PhraseIndex, SEPARATORS } from './tokens.ts';

// Names people type, resolved against the catalog the channel may see (id, name or alias, any case).

export function campaignIndex(data: Dataset): PhraseIndex<string> {
  const index = new PhraseIndex<string>();
  for (const c of data.catalog.campaigns) {
    index.add(c.id, c.id);
    index.add(c.name, c.id);
    for (const a of c.aliases) index.add(a, c.id);
  }
  return index;
}

const campaignChoices = (data: Dataset): string =>
  data.catalog.campaigns.length === 0
    ? 'There are no campaigns in the data.'
    : `Campaigns: ${listSome(data.catalog.campaigns.map((c) => `${c.name} (\`${c.id}\`)`))}.`;

/** "taste of harbourview, night campaign" → campaign ids; an unknown name lists the campaigns there are. */
export function resolveCampaigns(words: readonly string[], data: Dataset): string[] {
  const index = campaignIndex(data);
  const ids: string[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i] ?? '';
    const match = index.matchAt(words, i);
    if (match) {
      if (!ids.includes(match[0])) ids.push(match[0]);
      i += match[1];
    } else if (SEPARATORS.has(word.toLowerCase())) {
      i += 1;
    } else {
      // Report the unmatched stretch up to the next separator, as the person typed it.
      let end = i + 1;
      while (end < words.length && !SEPARATORS.has((words[end] ?? '').toLowerCase())) end++;
      throw new ScheduleError(
        `Unknown campaign \`${words.slice(i, end).join(' ')}\`. ${campaignChoices(data)}`,
      );
    }
  }
  return ids;
}

export function metricIndex(data: Dataset): PhraseIndex<string> {
  const index = new PhraseIndex<string>();
  for (const m of data.catalog.metrics) {
    index.add(m.id, m.id);
    index.add(m.label, m.id);
    for (const a of m.aliases) index.add(a, m.id);
    // "view" for "views": people write either.
    if (m.label.toLowerCase().endsWith('s')) index.add(m.label.slice(0, -1), m.id);
  }
  return index;
}

export const metricChoices = (data: Dataset): string =>
  `Metrics: ${listSome(data.catalog.metrics.map((m) => `${m.label} (\`${m.id}\`)`))}.`;

const ORGANIZATION_WORDS = ['all', 'everything', 'overall', 'total', 'organization', 'organisation'];

export function subjectIndex(data: Dataset): PhraseIndex<AlertSubject> {
  const index = new PhraseIndex<AlertSubject>();
  const org = data.catalog.organization;
  const orgSubject: AlertSubject = { kind: 'organization', name: org.name };
  for (const word of [org.name, ...org.aliases, ...ORGANIZATION_WORDS]) index.add(word, orgSubject);
  for (const c of data.catalog.campaigns) {
    const s: AlertSubject = { kind: 'campaign', id: c.id, name: c.name };
    for (const word of [c.id, c.name, ...c.aliases]) index.add(word, s);
  }
  for (const a of data.catalog.assets) {
    const s: AlertSubject = { kind: 'asset', id: a.id, name: a.title };
    for (const word of [a.id, a.title, ...a.aliases]) index.add(word, s);
  }
  for (const c of data.catalog.channels) {
    const s: AlertSubject = { kind: 'channel', id: c.id, name: c.name ?? c.handle };
    for (const word of [c.id, c.handle, ...(c.name ? [c.name] : [])]) index.add(word, s);
  }
  return index;
}

export const subjectChoices = (data: Dataset): string => {
  const examples = [
    ...data.catalog.campaigns.map((c) => c.name),
    ...data.catalog.assets.map((a) => a.title),
    ...data.catalog.channels.map((c) => c.handle),
  ];
  return `Name a campaign, asset or channel, or \`all\` for the whole organization${
    examples.length ? ` (e.g. ${listSome(examples, 6)})` : ''
  }.`;
};
