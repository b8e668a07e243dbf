SELECT k_subject AS `subject`, k_channel AS `channel`, k_w AS `w`,
  k_total AS `total`, k_rows AS `rows`
FROM (
  SELECT `subject` AS k_subject, ifNull(`channel`, '') AS k_channel,
    toUInt32(arrayJoin(arrayFilter(i -> `date` >= {window_from:Array(Date)}[i] AND `date` <= {window_to:Array(Date)}[i],
      arrayEnumerate({window_from:Array(Date)}))) - 1) AS k_w,
    toFloat64(sum(`value`)) AS k_total, toUInt32(count()) AS k_rows
  FROM `analytics`.`pulse_series`
  WHERE `metric` = {metric:String}
    AND `date` >= {span_from:Date} AND `date` <= {span_to:Date}
    AND has({subjects:Array(String)}, `subject`)
  GROUP BY k_subject, k_channel, k_w
)