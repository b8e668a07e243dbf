import { ScheduleError } from '../errors.ts';
import type { Dataset } from '../model/dataset.ts';
import { metricChoices, metricIndex, subjectChoices, subjectIndex } from './catalog-names.ts';
import { parseUnusualAlert } from './parse-unusual-alert.ts';
import type { AlertDraft, ThresholdAlertDraft } from './schedule-types.ts';
import { tokenize } from './tokens.ts';

export const ALERT_USAGE = [
  '`alert <metric> <subject> drops|rises <N>% week over week`, e.g. `alert views Taste of Harbourview drops 20% week over week`',
  '`alert unusual [metric] [campaign, video or channel] [here]` — each new unusual change (its latest whole day or week against its previous 8 weeks), e.g. `alert unusual views Taste of Harbourview`',
  '`alert list`, `alert remove <id>`',
].join('\n');

const DIRECTIONS: Record<string, ThresholdAlertDraft['direction']> = {
  drops: 'drops',
  drop: 'drops',
  falls: 'drops',
  fall: 'drops',
  declines: 'drops',
  rises: 'rises',
  rise: 'rises',
  grows: 'rises',
  climbs: 'rises',
};
const UNUSUAL = new Set(['unusual', 'spikes', 'anomalies']);
const WINDOWS = new Set(['week over week', 'wow', 'w/w', 'week on week']);
const PERCENT = /^(\d+(?:\.\d+)?)%?$/;

/** `views taste of harbourview drops 20% week over week` → an alert draft; each problem says what is allowed. */
export function parseAlert(text: string, data: Dataset): AlertDraft {
  const words = tokenize(text).filter((w) => w !== ',');
  if (UNUSUAL.has((words[0] ?? '').toLowerCase())) return parseUnusualAlert(words.slice(1), data);
  const at = words.findIndex((w) => DIRECTIONS[w.toLowerCase()] !== undefined);
  if (at < 0) throw new ScheduleError(`Say whether the figure \`drops\` or \`rises\`. Use:\n${ALERT_USAGE}`);
  const direction = DIRECTIONS[(words[at] ?? '').toLowerCase()] ?? 'drops';

  const metric = metricIndex(data).matchAt(words, 0);
  if (!metric) {
    const what = at === 0 ? 'A metric is missing' : `Unknown metric \`${words[0]}\``;
    throw new ScheduleError(`${what}. ${metricChoices(data)}`);
  }
  let subjectWords = words.slice(metric[1], at);
  if (/^(for|of|on)$/i.test(subjectWords[0] ?? '')) subjectWords = subjectWords.slice(1);
  if (subjectWords.length === 0)
    throw new ScheduleError(`Which figure should be watched? ${subjectChoices(data)}`);
  const subject = subjectIndex(data).exact(subjectWords);
  if (!subject)
    throw new ScheduleError(`Unknown subject \`${subjectWords.join(' ')}\`. ${subjectChoices(data)}`);

  let tail = words.slice(at + 1);
  if (tail[0]?.toLowerCase() === 'by') tail = tail.slice(1);
  const pct = PERCENT.exec(tail[0] ?? '');
  const threshold = pct ? Number(pct[1]) : Number.NaN;
  if (!(threshold > 0 && threshold <= 1000)) {
    throw new ScheduleError(
      `${tail[0] ? `\`${tail[0]}\` is not a percentage` : 'A percentage is missing'}: use a number from 1% to 1000%, e.g. \`drops 20%\`.`,
    );
  }
  const window = tail.slice(1).join(' ').toLowerCase();
  if (window && !WINDOWS.has(window)) {
    throw new ScheduleError(`Alerts compare week over week only, not \`${tail.slice(1).join(' ')}\`.`);
  }
  const label = data.metrics.get(metric[0])?.label ?? metric[0];
  return { metric: metric[0], metricLabel: label, subject, direction, thresholdPct: threshold };
}
