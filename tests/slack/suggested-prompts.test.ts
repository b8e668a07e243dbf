import { expect, test } from 'vitest';
import { loadDataFile } from '../../src/adapters/data/load-data-file.ts';
import { suggestedPrompts } from '../../src/adapters/slack/suggested-prompts.ts';
import { DATA_FILE } from './slack-harness.ts';

test('prompts name the campaigns a channel may see, and only those', async () => {
  const data = await loadDataFile(DATA_FILE);
  const elsewhere = suggestedPrompts(data.forChannel('D0ANNA'));
  expect(elsewhere.length).toBeGreaterThan(1);
  expect(elsewhere.length).toBeLessThanOrEqual(4);
  expect(elsewhere.map((p) => p.message)).toContain('How many views did Life Aesthetics get last week?');
  expect(JSON.stringify(elsewhere)).not.toContain('Secret Launch');

  const inside = suggestedPrompts(data.forChannel('C0LAUNCH'));
  expect(JSON.stringify(inside)).toContain('Secret Launch');
  for (const p of inside) expect(p.title.length).toBeLessThanOrEqual(75);
});
