import {
  type DateWindow,
  lastOf,
  namedSql,
  type SeriesKey,
  type SqlDialect,
  type SqlParam,
  type SqlText,
  type TableRef,
  tableRefRefused,
  windowSpan,
} from './sql-dialect.ts';

const id = (name: string): string => `\`${name.replaceAll('`', '\\`')}\``;
function table(t: TableRef): string {
  if (t.parts.length > 2)
    throw tableRefRefused(t, 'ClickHouse names a table with at most two names (database.table)');
  return t.parts.map(id).join('.');
}

/**
 * ClickHouse: typed {name:Type} parameters; each row is expanded (arrayJoin) into the windows or days it belongs
 * to, then grouped, so one pass over the metric's rows answers every window. ClickHouse aliases are visible in
 * the whole query and would shadow a column of the same name (`ifNull(channel, '') AS channel` is a cycle), so
 * the grouping uses k_* aliases and an outer SELECT gives the contract's names. Counts are UInt32: a UInt64
 * arrives as a string in JSON output.
 */
export const clickhouseDialect: SqlDialect = {
  name: 'clickhouse',

  seriesIndex(t: TableRef): SqlText {
    return {
      ...namedSql(
        `SELECT k_metric AS ${id('metric')}, k_subject AS ${id('subject')}, k_channel AS ${id('channel')},
  k_first AS ${id('first')}, k_last AS ${id('last')}, k_rows AS ${id('rows')}, k_total AS ${id('total')}
FROM (
  SELECT ${id('metric')} AS k_metric, ${id('subject')} AS k_subject, ifNull(${id('channel')}, '') AS k_channel,
    toString(min(${id('date')})) AS k_first, toString(max(${id('date')})) AS k_last,
    toUInt32(count()) AS k_rows, toFloat64(sum(${id('value')})) AS k_total, toStartOfMonth(${id('date')}) AS k_month
  FROM ${table(t)}
  GROUP BY k_metric, k_subject, k_channel, k_month
)
ORDER BY ${id('metric')}, ${id('subject')}, ${id('channel')}, ${id('first')}`,
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
      narrow += `\n    AND has({subjects:Array(String)}, ${id('subject')})`;
    }
    if (channels) {
      params.channels = channels;
      narrow += `\n    AND has({channels:Array(String)}, ifNull(${id('channel')}, ''))`;
    }
    const date = id('date');
    return namedSql(
      `SELECT k_subject AS ${id('subject')}, k_channel AS ${id('channel')}, k_w AS ${id('w')},
  k_total AS ${id('total')}, k_rows AS ${id('rows')}
FROM (
  SELECT ${id('subject')} AS k_subject, ifNull(${id('channel')}, '') AS k_channel,
    toUInt32(arrayJoin(arrayFilter(i -> ${date} >= {window_from:Array(Date)}[i] AND ${date} <= {window_to:Array(Date)}[i],
      arrayEnumerate({window_from:Array(Date)}))) - 1) AS k_w,
    toFloat64(sum(${id('value')})) AS k_total, toUInt32(count()) AS k_rows
  FROM ${table(t)}
  WHERE ${id('metric')} = {metric:String}
    AND ${date} >= {span_from:Date} AND ${date} <= {span_to:Date}${narrow}
  GROUP BY k_subject, k_channel, k_w
)`,
      params,
    );
  },

  levels(t: TableRef, metric: string, keys: readonly SeriesKey[], days: readonly string[]): SqlText {
    // A row counts for every asked day on or after it; argMax by date then keeps the latest per (key, day).
    const date = id('date');
    return namedSql(
      `SELECT k_subject AS ${id('subject')}, k_channel AS ${id('channel')}, k_d AS ${id('d')},
  k_date AS ${id('date')}, k_value AS ${id('value')}
FROM (
  SELECT ${id('subject')} AS k_subject, ifNull(${id('channel')}, '') AS k_channel,
    toUInt32(arrayJoin(arrayFilter(i -> ${date} <= {days:Array(Date)}[i], arrayEnumerate({days:Array(Date)}))) - 1) AS k_d,
    toString(max(${date})) AS k_date, toFloat64(argMax(${id('value')}, ${date})) AS k_value
  FROM ${table(t)}
  WHERE ${id('metric')} = {metric:String}
    AND has({key_subjects:Array(String)}, ${id('subject')})
    AND has(arrayZip({key_subjects:Array(String)}, {key_channels:Array(String)}), (${id('subject')}, ifNull(${id('channel')}, '')))
    AND ${date} <= {last_day:Date}
  GROUP BY k_subject, k_channel, k_d
)
ORDER BY ${id('subject')}, ${id('channel')}, ${id('d')}`,
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
