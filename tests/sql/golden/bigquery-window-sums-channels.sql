SELECT s.`subject` AS `subject`, IFNULL(s.`channel`, '') AS `channel`, w AS `w`,
  CAST(SUM(s.`value`) AS FLOAT64) AS `total`, COUNT(*) AS `rows`
FROM UNNEST(@window_from) AS day_from WITH OFFSET AS w
JOIN `analytics.pulse_series` AS s
  ON s.`date` BETWEEN CAST(day_from AS DATE) AND CAST(@window_to[OFFSET(w)] AS DATE)
WHERE s.`metric` = @metric
  AND s.`date` BETWEEN CAST(@span_from AS DATE) AND CAST(@span_to AS DATE)
  AND IFNULL(s.`channel`, '') IN UNNEST(@channels)
GROUP BY 1, 2, 3