SELECT s.`metric` AS `metric`, s.`subject` AS `subject`, IFNULL(s.`channel`, '') AS `channel`,
  FORMAT_DATE('%F', MIN(s.`date`)) AS `first`, FORMAT_DATE('%F', MAX(s.`date`)) AS `last`,
  COUNT(*) AS `rows`, CAST(SUM(s.`value`) AS FLOAT64) AS `total`
FROM `analytics.pulse_series` AS s
GROUP BY 1, 2, 3, DATE_TRUNC(s.`date`, MONTH)
ORDER BY 1, 2, 3, 4