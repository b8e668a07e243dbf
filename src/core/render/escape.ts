/**
 * Escapes text from the data or the user for Slack mrkdwn. With `<` and `>` escaped no `<!channel>`, `<!here>`
 * or `<@U…>` can form, so nothing we echo can ping anyone.
 */
export const escapeMrkdwn = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const unescapeMrkdwn = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
