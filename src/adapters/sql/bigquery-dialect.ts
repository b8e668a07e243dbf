import {
  type DateWindow,
  lastOf,
  namedSql,
  type SeriesKey,
  type SqlDialect,
  type SqlParam,
  type SqlText,
  type TableRef,
  windowSpan,
} from './sql-dialect.ts';

const id = (name: string): string => `\`${name}\``;
// project.dataset.table as one backticked path, the form BigQuery documents.
const table = (t: TableRef): string => `\`${t.parts.join('.')}\``;

/**
 * BigQuery: named @parameters, windows and days as arrays unnested WITH OFFSET. Days arrive as ISO strings and are
 * cast to DATE in the SQL, so a runner need not declare parameter types. Each query also bounds `date` by
 * constants, so a table partitioned by date scans only the partitions asked about (pruning needs a constant
 * filter, not one that depends on the joined windows).
 */
export const bigqueryDialect: SqlDialect = {
  name: 'bigquery',

  seriesIndex(t: TableRef): SqlText {
    return {
      ...namedSql(
        `SELECT s.${id('metric')} AS ${id('metric')}, s.${id('subject')} AS ${id('subject')}, IFNULL(s.${id('channel')}, '') AS ${id('channel')},
  FORMAT_DATE('%F', MIN(s.${id('date')})) AS ${id('first')}, FORMAT_DATE('%F', MAX(s.${id('date')})) AS ${id('last')},
  COUNT(*) AS ${id('rows')}, CAST(SUM(s.${id('value')}) AS FLOAT64) AS ${id('total')}
FROM ${table(t)} AS s
GROUP BY 1, 2, 3, DATE_TRUNC(s.${id('date')}, MONTH)
ORDER BY 1, 2, 3, 4`,
        {},
      ),
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
    const span = windowSpan(windows);
    const params: Record<string, SqlParam> = {
      metric,
      window_from: windows.map((w) => w.from),
      window_to: windows.map((w) => w.to),
      span_from: span.from,
      span_to: span.to,
    };
    let narrow = '';
    if (subjects) {
      params.subjects = subjects;
      narrow += `\n  AND s.${id('subject')} IN UNNEST(@subjects)`;
    }
    if (channels) {
      params.channels = channels;
      narrow += `\n  AND IFNULL(s.${id('channel')}, '') IN UNNEST(@channels)`;
    }
    return namedSql(
      `SELECT s.${id('subject')} AS ${id('subject')}, IFNULL(s.${id('channel')}, '') AS ${id('channel')}, w AS ${id('w')},
  CAST(SUM(s.${id('value')}) AS FLOAT64) AS ${id('total')}, COUNT(*) AS ${id('rows')}
FROM UNNEST(@window_from) AS day_from WITH OFFSET AS w
JOIN ${table(t)} AS s
  ON s.${id('date')} BETWEEN CAST(day_from AS DATE) AND CAST(@window_to[OFFSET(w)] AS DATE)
WHERE s.${id('metric')} = @metric
  AND s.${id('date')} BETWEEN CAST(@span_from AS DATE) AND CAST(@span_to AS DATE)${narrow}
GROUP BY 1, 2, 3`,
      params,
    );
  },

  levels(t: TableRef, metric: string, keys: readonly SeriesKey[], days: readonly string[]): SqlText {
    // ARRAY_AGG … ORDER BY date DESC LIMIT 1 keeps one row per (key, day) without sorting each group whole.
    return namedSql(
      `SELECT key_subject AS ${id('subject')}, @key_channels[OFFSET(k)] AS ${id('channel')}, d AS ${id('d')},
  FORMAT_DATE('%F', latest.at_day) AS ${id('date')}, latest.level AS ${id('value')}
FROM (
  SELECT k, key_subject, d,
    ARRAY_AGG(STRUCT(s.${id('date')} AS at_day, CAST(s.${id('value')} AS FLOAT64) AS level) ORDER BY s.${id('date')} DESC LIMIT 1)[OFFSET(0)] AS latest
  FROM UNNEST(@key_subjects) AS key_subject WITH OFFSET AS k
  CROSS JOIN UNNEST(@days) AS day_text WITH OFFSET AS d
  JOIN ${table(t)} AS s
    ON s.${id('subject')} = key_subject
    AND IFNULL(s.${id('channel')}, '') = @key_channels[OFFSET(k)]
    AND s.${id('date')} <= CAST(day_text AS DATE)
  WHERE s.${id('metric')} = @metric
    AND s.${id('date')} <= CAST(@last_day AS DATE)
  GROUP BY k, key_subject, d
)
ORDER BY 1, 2, 3`,
      {
        metric,
        key_subjects: keys.map((k) => k.subject),
        key_channels: keys.map((k) => k.channel),
        days,
        last_day: lastOf(days),
      },
    );
  },
};
