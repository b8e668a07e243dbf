import type { HelpResult } from '../engine/result.ts';
import type { Doc } from './document.ts';
import { escapeMrkdwn as esc } from './escape.ts';
import { bullet } from './layout.ts';

const quoted = (words: string[]): string => words.map((u) => `“${esc(u)}”`).join(', ');

/** Every reply without a figure: what was understood, what was not, and what can be asked instead. */
export function describeHelp(result: HelpResult): Doc {
  const sections: string[] = [];
  const examples = `*You can ask, for example:*\n${bullet(result.examples.map(esc))}`;
  switch (result.reason) {
    case 'greeting':
      sections.push(
        "Hi! I answer questions about your campaigns' figures, goals, content, awards and rankings.",
      );
      break;
    case 'no-period':
      sections.push(
        `There are no figures for ${quoted(result.unknown)} — it has not happened yet, so I won't guess one.`,
      );
      break;
    case 'not-understood': {
      const understood = result.understood ?? [];
      sections.push(notUnderstoodLine(understood, result.unknown));
      if (result.closest) sections.push(`The closest I can answer: *${esc(result.closest)}*`);
      break;
    }
    default:
      if (result.unknown.length) {
        sections.push(
          `I couldn't find ${quoted(result.unknown)} in the campaign data, so I won't guess a figure.`,
        );
        if (result.suggestions.length)
          sections.push(`Did you mean: ${result.suggestions.map((s) => `*${esc(s)}*`).join(', ')}?`);
      } else
        sections.push(
          "I answer questions about your campaigns' figures, goals, content, awards and rankings.",
        );
  }
  sections.push(examples);
  return { title: titleOf(result), sections, context: [] };
}

function titleOf(result: HelpResult): string {
  if (result.reason === 'greeting') return 'Hello';
  if (result.reason === 'not-understood') return 'Not understood';
  if (result.reason === 'no-period') return 'No figures yet';
  return result.unknown.length ? 'Not found' : 'What I can answer';
}

function notUnderstoodLine(understood: string[], unknown: string[]): string {
  const got = understood.map((u) => `*${esc(u)}*`).join(', ');
  if (!unknown.length)
    return understood.length
      ? `I understood ${got}, but not which figure you want, so I won't guess one.`
      : "I'm not sure which figure you want, so I won't guess one.";
  return understood.length
    ? `I understood ${got}, but not ${quoted(unknown)}, so I won't guess a figure.`
    : `I couldn't use ${quoted(unknown)} with this campaign data, so I won't guess a figure.`;
}
