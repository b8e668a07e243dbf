import type { DateWindow, SeriesKey, SqlDialect, SqlParam, SqlText, TableRef } from './sql-dialect.ts';

const id = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const table = (t: TableRef): string => t.parts.map(id).join('.');

/**
 * PostgreSQL, the reference engine: positional $n parameters, windows and days as unnested arrays WITH ORDINALITY,
 * casts to float8/int so the driver hands back JS numbers (int8 and numeric arrive as strings), dates as text.
 */
export const postgresDialect: SqlDialect = {
  name: 'postgresql',

  seriesIndex(t: TableRef): SqlText {
    return {
      text: `SELECT s."metric" AS "metric", s."subject" AS "subject", coalesce(s."channel", '') AS "channel",
  to_char(min(s."date"), 'YYYY-MM-DD') AS "first", to_char(max(s."date"), 'YYYY-MM-DD') AS "last",
  count(*)::int AS "rows", sum(s."value")::float8 AS "total"
FROM ${table(t)} AS s
GROUP BY s."metric", s."subject", coalesce(s."channel", ''), date_trunc('month', s."date")
ORDER BY 1, 2, 3, 4`,
      params: [],
      bulk: true,
    };
  },

  windowSums(
    t: TableRef,
    metric: string,
    windows: readonly DateWindow[],
    subjects?: readonly string[],
    channels?: readonly string[],
  ): SqlText {
    const params: SqlParam[] = [metric, windows.map((w) => w.from), windows.map((w) => w.to)];
    let narrow = '';
    if (subjects) {
      params.push(subjects);
      narrow += `\n  AND s."subject" = ANY($${params.length}::text[])`;
    }
    if (channels) {
      params.push(channels);
      narrow += `\n  AND coalesce(s."channel", '') = ANY($${params.length}::text[])`;
    }
    // One index range scan on (metric, date) per window: the windows drive a nested loop.
    return {
      text: `SELECT s."subject" AS "subject", coalesce(s."channel", '') AS "channel", (w.n - 1)::int AS "w",
  sum(s."value")::float8 AS "total", count(*)::int AS "rows"
FROM unnest($2::date[], $3::date[]) WITH ORDINALITY AS w(day_from, day_to, n)
JOIN ${table(t)} AS s ON s."date" BETWEEN w.day_from AND w.day_to
WHERE s."metric" = $1${narrow}
GROUP BY s."subject", coalesce(s."channel", ''), w.n`,
      params,
    };
  },

  levels(t: TableRef, metric: string, keys: readonly SeriesKey[], days: readonly string[]): SqlText {
    // Each (key, day) is one backward step on the primary key (metric, subject, channel, date). A table that
    // writes "no channel" as NULL gets a second lookup, only for keys without a channel; the newer row wins.
    const latest = (channel: string): string => `(SELECT s."date", s."value" FROM ${table(t)} AS s
      WHERE s."metric" = $1 AND s."subject" = k.subject AND ${channel} AND s."date" <= d.day
      ORDER BY s."date" DESC LIMIT 1)`;
    return {
      text: `SELECT k.subject AS "subject", k.channel AS "channel", (d.n - 1)::int AS "d",
  to_char(r."date", 'YYYY-MM-DD') AS "date", r."value"::float8 AS "value"
FROM unnest($2::text[], $3::text[]) AS k(subject, channel)
CROSS JOIN unnest($4::date[]) WITH ORDINALITY AS d(day, n)
CROSS JOIN LATERAL (
  SELECT c."date", c."value" FROM (
    ${latest('s."channel" = k.channel')}
    UNION ALL
    ${latest(`k.channel = '' AND s."channel" IS NULL`)}
  ) AS c
  ORDER BY c."date" DESC LIMIT 1
) AS r
ORDER BY 1, 2, 3`,
      params: [metric, keys.map((k) => k.subject), keys.map((k) => k.channel), days],
    };
  },
};
