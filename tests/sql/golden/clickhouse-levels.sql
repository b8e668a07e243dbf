SELECT k_subject AS `subject`, k_channel AS `channel`, k_d AS `d`,
  k_date AS `date`, k_value AS `value`
FROM (
  SELECT `subject` AS k_subject, ifNull(`channel`, '') AS k_channel,
    toUInt32(arrayJoin(arrayFilter(i -> `date` <= {days:Array(Date)}[i], arrayEnumerate({days:Array(Date)}))) - 1) AS k_d,
    toString(max(`date`)) AS k_date, toFloat64(argMax(`value`, `date`)) AS k_value
  FROM `analytics`.`pulse_series`
  WHERE `metric` = {metric:String}
    AND has({key_subjects:Array(String)}, `subject`)
    AND has(arrayZip({key_subjects:Array(String)}, {key_channels:Array(String)}), (`subject`, ifNull(`channel`, '')))
    AND `date` <= {last_day:Date}
  GROUP BY k_subject, k_channel, k_d
)
ORDER BY `subject`, `channel`, `d`