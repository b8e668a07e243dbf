/**
 * Escapes text from the data or the user for Slack mrkdwn. With `<` and `>` escaped no `<!channel>`, `<!here>`
 * or `<@U…>` can form, so nothing we echo can ping anyone. An `&` is escaped only where Slack would read an
 * entity (`&lt;`, `&gt;`, `&amp;`): "Rock & Roll" stays readable wherever the text is shown or copied.
 */
export const escapeMrkdwn = (text: string): string =>
  text
    .replace(/&(?=(?:amp|lt|gt);)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

export const unescapeMrkdwn = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
