import type { Dataset } from '../core/model/dataset.ts';
import { escapeMrkdwn } from '../core/render/escape.ts';
import type { SourceStatus } from './pulse-types.ts';

/** An instant as status lines say it: to the minute, in UTC (the reader's zone is unknown). */
export const statusTime = (at: Date): string => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** "2024-06-02", or per day its metrics when they differ: "2024-06-02 (Views), 2024-06-01 (Followers)". */
function throughText(through: SourceStatus['through'], ds: Dataset): string {
  const byDay = new Map<string, string[]>();
  for (const [metric, day] of Object.entries(through))
    byDay.set(day, [...(byDay.get(day) ?? []), ds.metrics.get(metric)?.label ?? metric]);
  if (byDay.size === 0) return 'no rows yet';
  const days = [...byDay.entries()].sort(([a], [b]) => b.localeCompare(a));
  if (days.length === 1) return `data through ${days[0]?.[0]}`;
  return `data through ${days.map(([day, metrics]) => `${day} (${metrics.join(', ')})`).join(', ')}`;
}

/** One line per source for `/pulse status`: how far its figures reach, when it last loaded, what failed. */
export function sourceLines(sources: readonly SourceStatus[], ds: Dataset): string[] {
  return sources.map((s) => {
    const every = s.refreshMs ? `, every ${Math.round(s.refreshMs / 60_000)} min` : '';
    const kind = s.kind === 'url' ? `URL${every}` : s.kind === 'database' ? `database table${every}` : 'file';
    const parts = [
      throughText(s.through, ds),
      s.loadedAt
        ? `${s.kind === 'url' ? 'fetched' : s.kind === 'database' ? 'indexed' : 'loaded'} ${statusTime(s.loadedAt)}`
        : 'never fetched',
    ];
    if (s.error)
      parts.push(
        `failed ${statusTime(s.error.at)}: ${s.error.message}; ${s.loadedAt ? 'still serving the last good data' : 'no data from it yet'}`,
      );
    return escapeMrkdwn(`• ${s.name} (${kind}): ${parts.join(' · ')}`);
  });
}
