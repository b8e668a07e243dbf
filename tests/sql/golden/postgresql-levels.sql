SELECT k.subject AS "subject", k.channel AS "channel", (d.n - 1)::int AS "d",
  to_char(r."date", 'YYYY-MM-DD') AS "date", r."value"::float8 AS "value"
FROM unnest($2::text[], $3::text[]) AS k(subject, channel)
CROSS JOIN unnest($4::date[]) WITH ORDINALITY AS d(day, n)
CROSS JOIN LATERAL (
  SELECT c."date", c."value" FROM (
    (SELECT s."date", s."value" FROM "analytics"."pulse_series" AS s
      WHERE s."metric" = $1 AND s."subject" = k.subject AND s."channel" = k.channel AND s."date" <= d.day
      ORDER BY s."date" DESC LIMIT 1)
    UNION ALL
    (SELECT s."date", s."value" FROM "analytics"."pulse_series" AS s
      WHERE s."metric" = $1 AND s."subject" = k.subject AND k.channel = '' AND s."channel" IS NULL AND s."date" <= d.day
      ORDER BY s."date" DESC LIMIT 1)
  ) AS c
  ORDER BY c."date" DESC LIMIT 1
) AS r
ORDER BY 1, 2, 3