SELECT key_subject AS `subject`, @key_channels[OFFSET(k)] AS `channel`, d AS `d`,
  FORMAT_DATE('%F', latest.at_day) AS `date`, latest.level AS `value`
FROM (
  SELECT k, key_subject, d,
    ARRAY_AGG(STRUCT(s.`date` AS at_day, CAST(s.`value` AS FLOAT64) AS level) ORDER BY s.`date` DESC LIMIT 1)[OFFSET(0)] AS latest
  FROM UNNEST(@key_subjects) AS key_subject WITH OFFSET AS k
  CROSS JOIN UNNEST(@days) AS day_text WITH OFFSET AS d
  JOIN `analytics.pulse_series` AS s
    ON s.`subject` = key_subject
    AND IFNULL(s.`channel`, '') = @key_channels[OFFSET(k)]
    AND s.`date` <= CAST(day_text AS DATE)
  WHERE s.`metric` = @metric
    AND s.`date` <= CAST(@last_day AS DATE)
  GROUP BY k, key_subject, d
)
ORDER BY 1, 2, 3