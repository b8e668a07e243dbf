SELECT s."metric" AS "metric", s."subject" AS "subject", coalesce(s."channel", '') AS "channel",
  to_char(min(s."date"), 'YYYY-MM-DD') AS "first", to_char(max(s."date"), 'YYYY-MM-DD') AS "last",
  count(*)::int AS "rows", sum(s."value")::float8 AS "total"
FROM "analytics"."pulse_series" AS s
GROUP BY s."metric", s."subject", coalesce(s."channel", ''), date_trunc('month', s."date")
ORDER BY 1, 2, 3, 4