import type { CatalogBrief } from '../../core/ports.ts';

// The catalog as compact lines: a model reads `id: name` lists as well as JSON at a third of the tokens.
// Large asset lists are cut to the ones the question is most likely about, so the prompt stays small
// whatever the catalog's size.

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

const aka = (aliases: string[]): string => (aliases.length ? ` (aka ${aliases.join(', ')})` : '');

const assetLine = (a: CatalogBrief['assets'][number]): string =>
  `  - ${a.id}: ${a.title}${a.language ? ` (${a.language})` : ''}`;

export function briefText(brief: CatalogBrief, question: string): string {
  const assets = relevantAssets(brief, question);
  const cut =
    assets.length < brief.assets.length
      ? `; the ${assets.length} of ${brief.assets.length} assets most relevant`
      : '';
  const known = new Set(brief.campaigns.map((c) => c.id));
  const orphans = assets.filter((a) => !known.has(a.campaign));
  const lines = [
    `organization: ${brief.organization}`,
    'metrics (id: label, kind):',
    ...brief.metrics.map((m) => `- ${m.id}: ${m.label}, ${m.kind}${aka(m.aliases)}`),
    // Assets nest under their campaign: the campaign id is not repeated on every asset line.
    `campaigns (id: name [status]) with their assets (id: title (language))${cut}:`,
    ...brief.campaigns.flatMap((c) => [
      `- ${c.id}: ${c.name} [${c.status}]${aka(c.aliases)}`,
      ...assets.filter((a) => a.campaign === c.id).map(assetLine),
    ]),
    ...(orphans.length ? ['- other assets', ...orphans.map(assetLine)] : []),
    'channels (id: platform handle):',
    ...brief.channels.map((c) => `- ${c.id}: ${c.platform} ${c.handle}`),
    `platforms: ${brief.platforms.join(', ')}`,
    `languages: ${brief.languages.join(', ')}`,
    `markets: ${brief.markets.join(', ')}`,
  ];
  if (brief.rankings.length) lines.push(`rankings: ${brief.rankings.join('; ')}`);
  return lines.join('\n');
}
