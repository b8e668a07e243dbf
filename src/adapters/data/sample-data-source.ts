import type { DataSource, SourceStatus } from '../../app/pulse-types.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import { type Day, formatDay, parseDay } from '../../core/model/dates.ts';
import { sampleAsOf } from '../../core/model/sample-data.ts';

/**
 * Serves a `relative_to: today` sample as of today, so the bundled sample never goes stale however long the
 * bot runs; any other file passes through untouched. `today` reads the file's own time zone, never the moved
 * data's. The moved dataset is kept until the day or the file changes.
 */
export function sampleDataSource(source: DataSource, today: (file: Dataset) => Day): DataSource {
  let seen: { file: Dataset; now: Day; view: Dataset } | undefined;
  const current = (): Dataset => {
    const file = source.current();
    if (file.meta.sample?.relativeTo !== 'today') return file;
    const now = today(file);
    if (seen?.file !== file || seen.now !== now) seen = { file, now, view: sampleAsOf(file, now) };
    return seen.view;
  };
  return {
    current,
    reload: () => source.reload(),
    lastError: () => source.lastError(),
    sources() {
      const shift = current().meta.sample?.shiftedDays ?? 0;
      const list = source.sources?.() ?? [];
      return shift === 0 ? list : list.map((s) => ({ ...s, through: shifted(s.through, shift) }));
    },
  };
}

/** A source's reach as the moved sample's dates say it. */
const shifted = (through: SourceStatus['through'], days: number): Record<string, string> =>
  Object.fromEntries(
    Object.entries(through).map(([metric, day]) => {
      const d = parseDay(day);
      return [metric, d === undefined ? day : formatDay(d + days)];
    }),
  );
