SELECT k_metric AS `metric`, k_subject AS `subject`, k_channel AS `channel`,
  k_first AS `first`, k_last AS `last`, k_rows AS `rows`, k_total AS `total`
FROM (
  SELECT `metric` AS k_metric, `subject` AS k_subject, ifNull(`channel`, '') AS k_channel,
    toString(min(`date`)) AS k_first, toString(max(`date`)) AS k_last,
    toUInt32(count()) AS k_rows, toFloat64(sum(`value`)) AS k_total, toStartOfMonth(`date`) AS k_month
  FROM `analytics`.`pulse_series`
  GROUP BY k_metric, k_subject, k_channel, k_month
)
ORDER BY `metric`, `subject`, `channel`, `first`