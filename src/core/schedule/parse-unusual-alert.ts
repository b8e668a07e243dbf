import { primaryMetric } from '../engine/overview.ts';
import { ScheduleError } from '../errors.ts';
import type { Dataset } from '../model/dataset.ts';
import { metricChoices, metricIndex, subjectChoices, subjectIndex } from './catalog-names.ts';
import type { AlertSubject, UnusualAlertDraft } from './schedule-types.ts';

/** Words that only say where to post or what kind of thing follows: the channel itself, "campaign X". */
const HERE = ['here', 'in this channel', 'to this channel', 'this channel'];
const LINKS = new Set(['for', 'in', 'on', 'of']);
const KINDS = new Set(['campaign', 'video', 'asset', 'channel']);
const CHANGES = new Set(['change', 'changes']);
const lower = (w: string | undefined): string => (w ?? '').toLowerCase();

/** Drops a trailing "here" or "in this channel". */
function withoutHere(words: string[]): string[] {
  const text = words.join(' ').toLowerCase();
  const tail = HERE.find((h) => text === h || text.endsWith(` ${h}`));
  return tail ? words.slice(0, words.length - tail.split(' ').length) : words;
}

/** `unusual [metric] [campaign|video|channel name] [here]` → an unusual-change alert draft. */
export function parseUnusualAlert(words: readonly string[], data: Dataset): UnusualAlertDraft {
  let rest = withoutHere([...words]);
  if (CHANGES.has(lower(rest[0]))) rest = rest.slice(1);
  const named = metricIndex(data).matchAt(rest, 0);
  const metric = named ? data.metrics.get(named[0]) : primaryMetric(data);
  if (!metric) throw new ScheduleError(`Which metric should be watched? ${metricChoices(data)}`);
  if (named) rest = rest.slice(named[1]);
  if (LINKS.has(lower(rest[0]))) rest = rest.slice(1);
  const org: AlertSubject = { kind: 'organization', name: data.catalog.organization.name };
  const index = subjectIndex(data);
  const subject =
    rest.length === 0
      ? org
      : (index.exact(rest) ?? (KINDS.has(lower(rest[0])) ? index.exact(rest.slice(1)) : undefined));
  if (!subject) throw new ScheduleError(`Unknown subject \`${rest.join(' ')}\`. ${subjectChoices(data)}`);
  return { kind: 'unusual', metric: metric.id, metricLabel: metric.label, subject };
}
