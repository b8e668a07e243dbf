import type { BenchCatalog } from './bench-catalog.ts';
import { pick, seeded } from './prng.ts';

// 200 questions a communication team would ask, from the generated catalog: values over many periods, tops,
// breakdowns, comparisons, goals, lists, overviews, stocks and misspelled names.

const PLATFORMS = ['YouTube', 'Instagram', 'TikTok', 'Facebook', 'Weibo', 'Bilibili'];
const PERIODS = [
  'last week',
  'last month',
  'this month',
  'this quarter',
  'last quarter',
  'in May',
  'in 2023',
  'since March',
  'in the last 30 days',
  'yesterday',
  'in Q1 2024',
  'this year',
];
const METRICS = ['views', 'likes', 'shares', 'watch hours', 'comments'];
const LANGUAGES = ['French', 'Japanese', 'Korean', 'Spanish', 'German', 'Chinese', 'Portuguese', 'English'];
const COUNTRIES = ['Japan', 'France', 'Korea', 'Mexico', 'Germany', 'Brazil', 'the US', 'Singapore'];

/** Swaps two letters inside the last word: "Amber Lanterns" → "Amber Lantenrs". */
export function misspell(name: string): string {
  const words = name.split(' ');
  const w = words.at(-1) ?? name;
  const i = Math.max(1, w.length - 3);
  words[words.length - 1] = w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2);
  return words.join(' ');
}

export function buildQuestions(catalog: BenchCatalog, count = 200, seed = 7): string[] {
  const rand = seeded(seed);
  const live = catalog.campaigns.filter((c) => c.status !== 'planned');
  const asset = () => pick(rand, catalog.assets).title;
  const campaign = () => pick(rand, live).name;
  const p = () => pick(rand, PERIODS);
  const templates: (() => string)[] = [
    () => `How many views did ${asset()} get ${p()}?`,
    () => `${asset()} ${pick(rand, METRICS)} ${p()}`,
    () => `How many views did the ${campaign()} campaign get ${p()}?`,
    () => `Views on ${pick(rand, PLATFORMS)} in the last 7 days`,
    () => `Top 5 videos by views ${p()}`,
    () => `Top 10 videos by ${pick(rand, METRICS)} this year`,
    () => `Views by language ${p()}`,
    () => `Views by channel ${p()}`,
    () => `Views by market ${p()}`,
    () => `How did ${campaign()} do last week compared to the week before?`,
    () => `Compare YouTube and TikTok views ${p()}`,
    () => `How is ${campaign()} tracking against its goal?`,
    () => `Which campaigns target ${pick(rand, COUNTRIES)}?`,
    () => `Which videos are available in ${pick(rand, LANGUAGES)}?`,
    () => `Summarize the ${campaign()} campaign`,
    () => `Tell me about ${asset()}`,
    () => `How many views did ${misspell(asset())} get ${p()}?`,
    () => `How many followers do we have on ${pick(rand, PLATFORMS)}?`,
    () => `Followers gained ${p()}`,
    () => `Watch hours for ${campaign()} in Q1 2024`,
    () => `What were total views in 2023?`,
    () => `Which campaign had the most views last quarter?`,
    () => `Comments on ${asset()} since March`,
    () => `Which awards did we win?`,
    () => `How many likes did ${misspell(campaign())} get ${p()}?`,
  ];
  return Array.from({ length: count }, (_, i) =>
    (templates[i % templates.length] ?? templates[0] ?? (() => ''))(),
  );
}
