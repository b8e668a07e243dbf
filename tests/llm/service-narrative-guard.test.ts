import { beforeAll, describe, expect, it } from 'vitest';
import { FileDataSource } from '../../src/adapters/data/file-data-source.ts';
import { MemoryStore } from '../../src/adapters/store/memory-store.ts';
import { createPulseService } from '../../src/app/pulse-service.ts';
import type { PulseService } from '../../src/app/pulse-types.ts';
import { guardWordsOf } from '../../src/core/llm/guard-words.ts';
import { completion } from '../fakes/fake-openai-server.ts';
import { serviceWithModel, useLlmHarness } from './llm-harness.ts';

// Narratives from the fake model server through the real service, wired as compose wires it (the summarizer
// knows the catalog's names and metric words). Facts of "summarize the life aesthetics campaign" on the sample:
//   Totals to date (through November 25, 2026): 3,450,275 views (3.5M) · 119,054 likes (119.1K) · …
//   Top video: There is a kind of life aesthetics called Chengdu — Episode 1 — 1,957,734 views (2M)
//   • Excellent case — 7th China Foreign Communication Theory Seminar (for …, September 28, 2021, national)

const NOW = '2026-11-25';
const Q = 'summarize the life aesthetics campaign';
const CAMPAIGN = 'There is a kind of life aesthetics called Chengdu';
const h = useLlmHarness({ maxRetries: 0 });

let data: FileDataSource;
beforeAll(async () => {
  data = await FileDataSource.open('data/pulse.yaml');
});

function service(): PulseService {
  const llm = h.make({ guardWords: () => guardWordsOf(data.current().catalog) });
  return serviceWithModel(h, data, NOW, llm);
}

async function narrativeFor(text: string): Promise<'model' | 'template' | undefined> {
  h.server.enqueue(completion(text));
  const a = await service().ask(Q);
  expect(a.plan).toMatchObject({ op: 'overview', id: 'life-aesthetics' });
  return a.narrative;
}

describe('the figure guard on narratives from the model', () => {
  it('rejects a figure in words the facts do not state', async () => {
    expect(await narrativeFor(`${CAMPAIGN} has passed two million views.`)).toBe('template');
  });

  it('rejects a count that only a date in the facts states', async () => {
    expect(await narrativeFor(`${CAMPAIGN} has won 28 awards since 2021.`)).toBe('template');
  });

  it("rejects the top video's figure presented as the campaign's", async () => {
    expect(await narrativeFor(`${CAMPAIGN} has drawn 1,957,734 views to date.`)).toBe('template');
    const rejected = h.logger.entries.find((e) => e.message === 'llm narrative rejected');
    expect(rejected?.fields.reason).toBe('ungrounded figures: 1,957,734');
  });

  it('shows a narrative whose figures are stated and tied to what the facts tie them to', async () => {
    const text = `${CAMPAIGN} has 3,450,275 views (3.5M) to date, and its top video drew 1,957,734; it won an award on September 28, 2021.`;
    expect(await narrativeFor(text)).toBe('model');
  });

  it('checks the digest narrative in the service too, whatever summarizer it is given', async () => {
    // A summarizer that knows no catalog words, each with its own cache: the service's guard decides.
    const digestWith = (text: string) => {
      h.server.enqueue(completion(text));
      const llm = h.make({ store: new MemoryStore() });
      return createPulseService({
        data,
        store: new MemoryStore(),
        fixedNow: NOW,
        summarizer: llm.summarizer,
      }).digest({
        period: 'week',
      });
    };
    const wrong = await digestWith('Chengdu Universiade promotion led the week with 7,867 views.');
    expect(wrong.rendered.text).not.toContain('led the week');
    const right = await digestWith('One country, one policy led the week with 7,867 views.');
    expect(right.rendered.text).toContain('One country, one policy led the week with 7,867 views.');
  });
});
