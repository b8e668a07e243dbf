import { describe, expect, it } from 'vitest';
import { answer } from '../../src/core/answer.ts';
import { execute } from '../../src/core/engine/execute.ts';
import { MINI_NOW, useMini } from '../helpers/fixtures.ts';

// How people name countries, nationalities and languages. mini.yaml: Alpha Launch targets the US (Sunrise Walk,
// English with a French version); Beta Nights targets Japan (Night Market, Japanese; visible in C111).
const NOW = MINI_NOW;
const { ds, plan } = useMini();

describe('countries, nationalities and languages', () => {
  it.each([
    ['views from the US in January', { op: 'value', scope: { market: 'US' } }],
    ['how many views did the American audience bring?', { op: 'value', scope: { market: 'US' } }],
    ['views for Japanese-speaking audiences', { op: 'value', scope: { language: 'ja' } }],
    ['views for the Japanese audience', { op: 'value', scope: { market: 'JP' } }],
    ['views from Japanese viewers in February', { op: 'value', scope: { market: 'JP' } }],
    // One piece of content in that language: the question is about it.
    ['How many views did the Japanese video get?', { op: 'value', scope: { asset: 'a2' } }],
    ['Did the English video win anything?', { op: 'list', what: 'awards', filter: { subject: 'a1' } }],
    ['When did the Japanese video go live?', { op: 'overview', kind: 'asset', id: 'a2' }],
    ['Which countries do we target?', { op: 'list', what: 'markets' }],
    ['How many languages do we publish in?', { op: 'list', what: 'languages' }],
    ['Do we have anything in French?', { op: 'list', what: 'assets', filter: { language: 'fr' } }],
    ['top 3 markets by views', { op: 'top', dimension: 'market', n: 3 }],
  ])('%s', (question, expected) => {
    expect(plan(question)).toMatchObject(expected);
  });

  it('the pronoun "us" is not the United States', () => {
    expect(plan('how many views did the videos get for us in January?')).toMatchObject({
      op: 'value',
      scope: {},
    });
  });

  it.each([
    ['brazilian views last month', 'brazilian'],
    ['UK views last week', 'uk'],
    ['How many plays did our Turkish-language content get?', 'turkish'],
  ])('a country or language the data lacks is refused, not totalled: %s', (question, word) => {
    expect(plan(question)).toMatchObject({ op: 'help', unknown: [word] });
  });

  it('lists markets and languages with what is made for each', () => {
    const markets = execute(ds(), { op: 'list', what: 'markets', filter: {} }, NOW);
    expect(markets).toMatchObject({
      items: [
        { code: 'JP', name: 'Japan', campaigns: ['Beta Nights'], assets: ['Night Market'] },
        { code: 'US', name: 'United States', campaigns: ['Alpha Launch'], assets: ['Sunrise Walk'] },
      ],
    });
    const languages = execute(ds(), { op: 'list', what: 'languages', filter: {} }, NOW);
    expect(languages.op === 'list' && languages.items.map((l) => ('code' in l ? l.code : ''))).toEqual([
      'en',
      'fr',
      'ja',
    ]);
  });

  it('a period that has not started has no figure, not today’s', async () => {
    const a = await answer('views in December 2024', { dataset: ds(), now: NOW });
    expect(a.result).toMatchObject({ op: 'help', reason: 'no-period', unknown: ['December 2024'] });
    expect(a.terminal).toContain('has not happened yet');
    const stock = await answer('followers in December 2024', { dataset: ds(), now: NOW });
    expect(stock.result).toMatchObject({ op: 'help', reason: 'no-period' });
  });
});
