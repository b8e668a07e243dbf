import { ScheduleError } from '../errors.ts';
import type { Dataset } from '../model/dataset.ts';
import { resolveCampaigns } from './catalog-names.ts';
import {
  canonicalZone,
  formatTime,
  looksLikeZone,
  parseMonthDay,
  parseTime,
  parseWeekday,
  WEEKDAYS,
  ZONE_HINT,
} from './parse-time.ts';
import {
  DIGEST_PERIODS,
  type DigestPeriod,
  type ScheduleSpec,
  type SubscriptionDraft,
} from './schedule-types.ts';
import { tokenize } from './tokens.ts';

export const SUBSCRIBE_USAGE = [
  '`digest subscribe daily 08:30`',
  '`digest subscribe weekly mon 09:00 [Asia/Shanghai] [campaign …]`',
  '`digest subscribe monthly 1 09:00`',
  '`digest subscribe cron "0 9 * * 1-5"`',
  'options: `--skip-unchanged` (post nothing when nothing changed), `--period day|week|month` (for cron)',
].join('\n');

const PERIODS: readonly DigestPeriod[] = DIGEST_PERIODS;
const FILLERS = new Set(['on', 'at', 'every', 'the', 'of', 'day']);
const CRON_FIELD = /^[\d*?,\-/LW#A-Za-z]+$/;

interface Options {
  skipUnchanged: boolean;
  period?: DigestPeriod;
  rest: string[];
}

/** Pulls the options out wherever they are: `--skip-unchanged`, `skip [if|when] unchanged`, `--period week`. */
function takeOptions(words: readonly string[]): Options {
  const rest: string[] = [];
  let skipUnchanged = false;
  let period: DigestPeriod | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = (words[i] ?? '').toLowerCase();
    const next = (words[i + 1] ?? '').toLowerCase();
    if (w === '--skip-unchanged' || w === 'skip-unchanged') {
      skipUnchanged = true;
    } else if (w === 'skip' && next === 'unchanged') {
      skipUnchanged = true;
      i += 1;
    } else if (
      w === 'skip' &&
      (next === 'if' || next === 'when') &&
      words[i + 2]?.toLowerCase() === 'unchanged'
    ) {
      skipUnchanged = true;
      i += 2;
    } else if (w.startsWith('--period') || w === 'period') {
      const value = w.includes('=') ? w.split('=')[1] : next;
      if (!w.includes('=')) i += 1;
      if (!PERIODS.includes(value as DigestPeriod)) {
        throw new ScheduleError(`\`--period\` takes day, week or month, not \`${value ?? ''}\`.`);
      }
      period = value as DigestPeriod;
    } else {
      rest.push(words[i] ?? '');
    }
  }
  return { skipUnchanged, period, rest };
}

interface Parsed {
  spec: ScheduleSpec;
  period: DigestPeriod;
  used: number;
}

/** Reads the schedule at the front of `words` and says how many words it used. */
function takeSchedule(words: readonly string[]): Parsed {
  const first = (words[0] ?? '').toLowerCase();
  let i = 1;
  // Skips "on", "at" … so "weekly on monday at 9am" reads like "weekly mon 9am".
  const next = (): string | undefined => {
    while (i < words.length && FILLERS.has((words[i] ?? '').toLowerCase())) i++;
    return words[i++];
  };
  if (first === 'daily') {
    const t = parseTime(next());
    const at = formatTime(t);
    return {
      spec: { kind: 'daily', cron: `${t.minute} ${t.hour} * * *`, label: `every day at ${at}` },
      period: 'day',
      used: i,
    };
  }
  if (first === 'weekly') {
    const day = parseWeekday(next());
    const t = parseTime(next());
    const name = WEEKDAYS[day] ?? '';
    const label = `every ${name[0]?.toUpperCase()}${name.slice(1)} at ${formatTime(t)}`;
    return {
      spec: { kind: 'weekly', cron: `${t.minute} ${t.hour} * * ${day}`, label },
      period: 'week',
      used: i,
    };
  }
  if (first === 'monthly') {
    const day = parseMonthDay(next());
    const t = parseTime(next());
    const on = day === 'last' ? 'on the last day' : `on day ${day}`;
    const cron = `${t.minute} ${t.hour} ${day === 'last' ? 'L' : day} * *`;
    return {
      spec: { kind: 'monthly', cron, label: `${on} of every month at ${formatTime(t)}` },
      period: 'month',
      used: i,
    };
  }
  const start = first === 'cron' ? 1 : 0;
  const fields = words.slice(start, start + 5);
  if (fields.length === 5 && fields.every((f) => CRON_FIELD.test(f)) && /^[\d*]/.test(fields[0] ?? '')) {
    const cron = fields.join(' ');
    return { spec: { kind: 'cron', cron, label: `on cron \`${cron}\`` }, period: 'week', used: start + 5 };
  }
  throw new ScheduleError(
    `${first ? `\`${words[0]}\` is not a schedule` : 'A schedule is missing'}. Use one of:\n${SUBSCRIBE_USAGE}`,
  );
}

/**
 * `weekly mon 09:00 Asia/Shanghai taste of harbourview, night campaign --skip-unchanged` → a draft to store.
 * The zone defaults to the organization's; campaigns resolve against what `data` (the channel's view) shows.
 */
export function parseSubscribe(text: string, data: Dataset): SubscriptionDraft {
  const options = takeOptions(tokenize(text));
  const { spec, period, used } = takeSchedule(options.rest);
  let rest = options.rest.slice(used);
  let timezone = data.catalog.organization.timezone;
  const zoneAt = rest[0]?.toLowerCase() === 'in' || rest[0]?.toLowerCase() === 'tz' ? 1 : 0;
  const zoneWord = rest[zoneAt];
  if (zoneWord && looksLikeZone(zoneWord)) {
    const zone = canonicalZone(zoneWord);
    if (!zone) throw new ScheduleError(`Unknown time zone \`${zoneWord}\`. ${ZONE_HINT}`);
    timezone = zone;
    rest = rest.slice(zoneAt + 1);
  }
  if (/^(campaigns?|for|only)$/i.test(rest[0] ?? '')) rest = rest.slice(1);
  return {
    schedule: spec,
    timezone,
    period: options.period ?? period,
    campaigns: resolveCampaigns(rest, data),
    skipUnchanged: options.skipUnchanged,
  };
}
