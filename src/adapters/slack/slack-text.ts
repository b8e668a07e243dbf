// Incoming Slack text carries markup (`<@U1>`, `<#C1|general>`, `<https://x|label>`) and escapes &, <, >.
// Questions reach the core as the plain words a person typed, with mentions removed.

const TOKEN = /<([^>]*)>/g;

function plainToken(inner: string): string {
  const [target = '', label] = inner.split('|', 2);
  if (target.startsWith('@')) return '';
  if (target.startsWith('!')) return '';
  if (target.startsWith('#')) return label ? `#${label}` : '';
  return label ?? target;
}

export function questionFromSlack(text: string | undefined): string {
  if (!text) return '';
  return text
    .replace(TOKEN, (_m, inner: string) => plainToken(inner))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the text addresses this bot user (then the app_mention listener owns the message). */
export function mentionsUser(text: string | undefined, userId: string | undefined): boolean {
  if (!text || !userId) return false;
  return text.includes(`<@${userId}>`) || text.includes(`<@${userId}|`);
}

const SMALL_TALK =
  /^(thanks|thank you|thank u|thx|ty|ok|okay|k|cool|great|nice|perfect|got it|awesome)[\s!.]*$/i;

/** Replies in an answered thread that are conversation, not questions: answering them would be noise. */
export const isSmallTalk = (question: string): boolean =>
  SMALL_TALK.test(question) || /^[\p{Emoji}\s]+$/u.test(question);
