import { createFormat, type Format } from './locale-format.ts';

// Figures and dates as people read them, in US English: the formatter every reply uses today. Other locales
// come from `createFormat` (locale-format.ts) with the same methods.

export const EN_US: Format = createFormat('en-US');

export const formatExact = EN_US.exact;
export const formatShort = EN_US.short;
export const formatFigure = EN_US.figure;
export const formatWithUnit = EN_US.withUnit;
export const formatPercent = EN_US.percent;
export const formatGrowth = EN_US.growth;
export const formatDelta = EN_US.delta;
export const formatDeltaWithUnit = EN_US.deltaWithUnit;
export const formatOneDecimal = EN_US.oneDecimal;
export const spellDay = EN_US.day;
export const formatMonthDay = EN_US.monthDay;
export const formatWeekday = EN_US.weekday;
export const formatMonth = EN_US.month;
export const formatRange = EN_US.range;
export const formatDateTime = EN_US.instant;
