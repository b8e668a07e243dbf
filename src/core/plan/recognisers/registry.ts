import type { Slots } from '../slots.ts';
import { aboutThing } from './about-thing.ts';
import { absentPlatform } from './absent-platform.ts';
import { awards } from './awards.ts';
import { breakdown } from './breakdown.ts';
import { comparePeriods } from './compare-periods.ts';
import { comparePrevious } from './compare-previous.ts';
import { compareSubjects } from './compare-subjects.ts';
import { digestReport } from './digest-report.ts';
import { followUp } from './follow-up.ts';
import { goals } from './goals.ts';
import { helpRequest } from './help-request.ts';
import { list } from './list.ts';
import { noMetric } from './no-metric.ts';
import { overview } from './overview.ts';
import { owner } from './owner.ts';
import { platformChannels } from './platform-channels.ts';
import { published } from './published.ts';
import { rankings } from './rankings.ts';
import type { Planned, Recogniser } from './recogniser.ts';
import { record } from './record.ts';
import { share } from './share.ts';
import { standingList } from './standing-list.ts';
import { timeBuckets } from './time-buckets.ts';
import { top } from './top.ts';
import { topAssets } from './top-assets.ts';
import { unknownMetric } from './unknown-metric.ts';
import { unknownName } from './unknown-name.ts';
import { unusualChanges } from './unusual.ts';
import { value } from './value.ts';
import { why } from './why.ts';

/**
 * The kinds of question, in priority order: the first that matches plans the question. The order is the rules'
 * judgement of which reading wins when the words fit several ("awards won last year" is about awards, not a
 * year; "which channel grew the most" ranks, it does not compare periods).
 */
export const RECOGNISERS: readonly Recogniser<unknown>[] = [
  // What needs no measure: help, unknown names, a thread's follow-up, and the organization's own records.
  helpRequest,
  unknownName,
  absentPlatform,
  why,
  unusualChanges,
  followUp,
  digestReport,
  awards,
  rankings,
  goals,
  owner,
  // Past this point there is a metric, and a measure the data does not have is refused.
  noMetric,
  unknownMetric,
  share,
  record,
  timeBuckets,
  platformChannels,
  compareSubjects,
  comparePeriods,
  comparePrevious,
  top,
  standingList,
  breakdown,
  topAssets,
  published,
  list,
  aboutThing,
  overview,
  // A figure: whatever else was asked.
  value,
];

/** The plan of the first recogniser that matches the question. */
export function planSlots(s: Slots): Planned | undefined {
  for (const recogniser of RECOGNISERS) {
    const found = recogniser.matches(s);
    if (found) return recogniser.build(s, found);
  }
  return undefined;
}
