import { type DataIssue, formatIssue } from '../../core/errors.ts';
import { type Block, type ButtonElement, SLACK_LIMITS } from '../../core/render/block-kit.ts';
import { escapeMrkdwn as esc } from '../../core/render/escape.ts';
import { describeImport } from '../cli/import-report.ts';
import type { ImportOutcome } from '../import/run-import.ts';
import type { PendingImport } from './pending-import.ts';

// What the Slack import says: the dry run's summary (the same report `pulse import` prints) with Import / Cancel,
// the question "which export is this?", and how it ended.

export const IMPORT_ACTIONS = {
  apply: 'pulse_import_apply',
  cancel: 'pulse_import_cancel',
  kind: 'pulse_import_kind',
} as const;

export interface ImportMessage {
  text: string;
  blocks: Block[];
}

const button = (
  action_id: string,
  text: string,
  value: string,
  style?: 'primary' | 'danger',
): ButtonElement => ({
  type: 'button',
  action_id,
  text: { type: 'plain_text', text },
  value,
  ...(style ? { style } : {}),
});

const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text } });

/** Report lines as a code block that fits one section, cut at a line. */
function codeBlock(lines: readonly string[]): string {
  const room = SLACK_LIMITS.sectionText - 20;
  let body = esc(lines.join('\n').trim());
  if (body.length > room) body = `${body.slice(0, body.lastIndexOf('\n', room))}\n…`;
  return `\`\`\`${body}\`\`\``;
}

/** The report without its last line, which says what the command line wrote or did not. */
const reportOf = (outcome: ImportOutcome): string[] =>
  describeImport(outcome, 'then send the export again to import their figures').slice(0, -1);

export function importPreview(p: PendingImport, outcome: ImportOutcome): ImportMessage {
  const head = `Dry run of \`${esc(p.fileName)}\` as a *${esc(outcome.kind)}* export: nothing is written until you click Import.`;
  return {
    text: `Dry run of ${p.fileName} (${outcome.kind}): Import or Cancel?`,
    blocks: [
      section(head),
      section(codeBlock(reportOf(outcome))),
      {
        type: 'actions',
        block_id: 'pulse_import',
        elements: [
          button(IMPORT_ACTIONS.apply, 'Import', p.id, 'primary'),
          button(IMPORT_ACTIONS.cancel, 'Cancel', p.id),
        ],
      },
    ],
  };
}

export function kindQuestion(p: PendingImport, kinds: readonly string[]): ImportMessage {
  const text = `Which kind of export is \`${esc(p.fileName)}\`?`;
  return {
    text: `Which kind of export is ${p.fileName}?`,
    blocks: [
      section(text),
      {
        type: 'actions',
        block_id: 'pulse_import_kind',
        elements: [
          ...kinds.map((k) => button(IMPORT_ACTIONS.kind, k, `${p.id} ${k}`)),
          button(IMPORT_ACTIONS.cancel, 'Cancel', p.id),
        ],
      },
    ],
  };
}

/** A kind-choice button's value: the pending import and the kind. */
export function kindChoice(value: string | undefined): { id: string; kind: string } | undefined {
  const [id, kind] = (value ?? '').split(' ');
  return id && kind ? { id, kind } : undefined;
}

export function importDone(p: PendingImport, outcome: ImportOutcome, reloadError?: Error): ImportMessage {
  const written = outcome.written ?? [];
  const what =
    written.length === 0
      ? `Imported \`${esc(p.fileName)}\`: nothing changed, ${esc(outcome.seriesFile)} already holds these figures.`
      : `Imported \`${esc(p.fileName)}\`: wrote ${written.map((w) => `\`${esc(w)}\``).join(' and ')}.`;
  const reload = reloadError
    ? ' The reload refused the new file, so the last good data keeps serving: see `/pulse status`.'
    : ' Answers use the new figures now.';
  return {
    text: `Imported ${p.fileName}.`,
    blocks: [section(`${what}${reload}`), section(codeBlock(reportOf(outcome)))],
  };
}

export function importRefused(fileName: string, issues: readonly DataIssue[]): ImportMessage {
  const text = `\`${esc(fileName)}\` cannot be imported as it is, nothing was written (${issues.length} problem${issues.length === 1 ? '' : 's'}):`;
  return {
    text: `${fileName} cannot be imported as it is.`,
    blocks: [section(text), section(codeBlock(issues.map(formatIssue)))],
  };
}

export const plainMessage = (text: string): ImportMessage => ({ text, blocks: [section(esc(text))] });

export const IMPORT_TEXT = {
  cancelled: 'Import cancelled: nothing was written.',
  expired: 'That import has expired. Send the file again to import it.',
  off: 'Imports from Slack are turned off here. Whoever runs Pulse can turn them on with PULSE_ADMIN_USERS.',
  notAdmin:
    "Sorry, only Pulse's admins can import files. Ask one of them, or whoever runs Pulse, to import it for you.",
  channel: 'Send export files to me in a direct message to import them.',
  failed: "I couldn't download that file from Slack. Try sending it again.",
} as const;
