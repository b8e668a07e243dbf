SELECT s."subject" AS "subject", coalesce(s."channel", '') AS "channel", (w.n - 1)::int AS "w",
  sum(s."value")::float8 AS "total", count(*)::int AS "rows"
FROM unnest($2::date[], $3::date[]) WITH ORDINALITY AS w(day_from, day_to, n)
JOIN "analytics"."pulse_series" AS s ON s."date" BETWEEN w.day_from AND w.day_to
WHERE s."metric" = $1
  AND coalesce(s."channel", '') = ANY($4::text[])
GROUP BY s."subject", coalesce(s."channel", ''), w.n