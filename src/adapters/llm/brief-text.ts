import type { CatalogBrief } from '../../core/ports.ts';
import { dataValue, fence } from './prompt-data.ts';

// The catalog as compact lines: a model reads `id: name` lists as well as JSON at a third of the tokens.
// Large asset lists are cut to the ones the question is most likely about, so the prompt stays small
// whatever the catalog's size. Every value comes from the data file, so each is neutralised (one line, no
// closing marker or quotes, secrets redacted) and the whole list sits in a <catalog> block the prompt calls data.

export const MAX_ASSETS = 30;

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

function languageName(code: string | undefined): string {
  if (!code) return '';
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];

function relevantAssets(brief: CatalogBrief, question: string): CatalogBrief['assets'] {
  if (brief.assets.length <= MAX_ASSETS) return brief.assets;
  const asked = new Set(wordsOf(question));
  const score = (a: CatalogBrief['assets'][number]): number =>
    wordsOf(`${a.id} ${a.title} ${a.campaign} ${languageName(a.language)}`).filter((w) => asked.has(w))
      .length;
  return brief.assets
    .map((a, i) => ({ a, i, s: score(a) }))
    .sort((x, y) => y.s - x.s || x.i - y.i)
    .slice(0, MAX_ASSETS)
    .sort((x, y) => x.i - y.i)
    .map((x) => x.a);
}

export function briefText(
  brief: CatalogBrief,
  question: string,
  secrets: readonly (string | undefined)[] = [],
): string {
  const v = (text: string): string => dataValue(text, secrets);
  const list = (values: string[], separator = ', '): string => values.map(v).join(separator);
  const aka = (aliases: string[]): string => (aliases.length ? ` (aka ${list(aliases)})` : '');
  const assetLine = (a: CatalogBrief['assets'][number]): string =>
    `  - ${v(a.id)}: ${v(a.title)}${a.language ? ` (${v(a.language)})` : ''}`;
  const assets = relevantAssets(brief, question);
  const cut =
    assets.length < brief.assets.length
      ? `; the ${assets.length} of ${brief.assets.length} assets most relevant`
      : '';
  const known = new Set(brief.campaigns.map((c) => c.id));
  const orphans = assets.filter((a) => !known.has(a.campaign));
  const lines = [
    `organization: ${v(brief.organization)}`,
    'metrics (id: label, kind):',
    ...brief.metrics.map((m) => `- ${v(m.id)}: ${v(m.label)}, ${m.kind}${aka(m.aliases)}`),
    // Assets nest under their campaign: the campaign id is not repeated on every asset line.
    `campaigns (id: name [status]) with their assets (id: title (language))${cut}:`,
    ...brief.campaigns.flatMap((c) => [
      `- ${v(c.id)}: ${v(c.name)} [${v(c.status)}]${aka(c.aliases)}`,
      ...assets.filter((a) => a.campaign === c.id).map(assetLine),
    ]),
    ...(orphans.length ? ['- other assets', ...orphans.map(assetLine)] : []),
    'channels (id: platform handle):',
    ...brief.channels.map((c) => `- ${v(c.id)}: ${v(c.platform)} ${v(c.handle)}`),
    `platforms: ${list(brief.platforms)}`,
    `languages: ${list(brief.languages)}`,
    `markets: ${list(brief.markets)}`,
  ];
  if (brief.rankings.length) lines.push(`rankings: ${list(brief.rankings, '; ')}`);
  return fence('catalog', lines.join('\n'));
}
