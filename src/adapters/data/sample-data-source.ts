import type { DataSource } from '../../app/pulse-types.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import type { Day } from '../../core/model/dates.ts';
import { sampleAsOf } from '../../core/model/sample-data.ts';

/**
 * Serves a `relative_to: today` sample as of today, so the bundled sample never goes stale however long the
 * bot runs; any other file passes through untouched. `today` reads the file's own time zone, never the moved
 * data's. The moved dataset is kept until the day or the file changes.
 */
export function sampleDataSource(source: DataSource, today: (file: Dataset) => Day): DataSource {
  let seen: { file: Dataset; now: Day; view: Dataset } | undefined;
  return {
    current() {
      const file = source.current();
      if (file.meta.sample?.relativeTo !== 'today') return file;
      const now = today(file);
      if (seen?.file !== file || seen.now !== now) seen = { file, now, view: sampleAsOf(file, now) };
      return seen.view;
    },
    reload: () => source.reload(),
    lastError: () => source.lastError(),
  };
}
