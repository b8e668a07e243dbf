import { redactSecrets } from './question-text.ts';

// Text from the team's data file (names, aliases, descriptions, owners …) reaches the model as data, never as
// instructions: each value stays on one line inside a marked block, cannot close that block or the question's
// quotes, carries no secret and pings no one.

/** The markers around a block of data in a prompt; the system prompt says what is between them is data. */
export const fence = (tag: 'catalog' | 'facts', body: string): string => `<${tag}>\n${body}\n</${tag}>`;

const MARKER = /<\/?\s*(?:catalog|facts|question)\b[^>]*>/gi;
const QUOTE_RUN = /(["'`])\1+/g;

/** Slack's mass and personal mentions, in any form a description or a name could carry them. */
const SPECIAL_MENTION = /<!(?:subteam\^[^|>]*\|)?@?([\w-]+)[^>]*>/g;
const USER_MENTION = /<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g;
const BARE_MENTION = /@(here|channel|everyone)\b/gi;

/** Mentions as plain words: the model never sees, so never copies, `@here` or `<!channel>`. */
export const withoutMentions = (text: string): string =>
  text.replace(SPECIAL_MENTION, '$1').replace(USER_MENTION, 'a user').replace(BARE_MENTION, '$1');

const neutral = (text: string, secrets: readonly (string | undefined)[]): string =>
  withoutMentions(redactSecrets(text, secrets)).replace(MARKER, ' ').replace(QUOTE_RUN, '$1');

/** One catalog value (a name, an alias, a handle) for a prompt line: printable, one line, bounded, redacted. */
export function dataValue(value: string, secrets: readonly (string | undefined)[] = [], max = 120): string {
  const line = value
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return neutral(line, secrets).slice(0, max).trim();
}

/** The facts handed to the summarizer: their lines kept, each one neutralised as a catalog value is. */
export function factsText(facts: string, secrets: readonly (string | undefined)[] = []): string {
  return facts
    .split('\n')
    .map((line) => dataValue(line, secrets, 2_000))
    .filter(Boolean)
    .join('\n');
}
