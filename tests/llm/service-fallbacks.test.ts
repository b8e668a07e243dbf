import { beforeAll, describe, expect, it } from 'vitest';
import { FileDataSource } from '../../src/adapters/data/file-data-source.ts';
import type { PulseService } from '../../src/app/pulse-types.ts';
import { completion, errorReply, planReply } from '../fakes/fake-openai-server.ts';
import { serviceWithModel, useLlmHarness, VAGUE } from './llm-harness.ts';

// What the service makes of a model that fails, recovers or labels a period its own way: through the real
// service, the real `openai` client and the fake server.

const NOW = '2026-11-25';
const h = useLlmHarness({ maxRetries: 0, timeoutMs: 3_000 });

let data: FileDataSource;
beforeAll(async () => {
  data = await FileDataSource.open('data/pulse.yaml');
});

const withModel = (llm = h.llm): PulseService => serviceWithModel(h, data, NOW, llm);

const october = (label: string) => ({
  op: 'value',
  metric: 'views',
  scope: { campaign: null, asset: null, channel: null, platform: 'youtube', language: null, market: null },
  period: { kind: 'month', from: '2026-10-01', to: '2026-10-31', label },
  change: false,
});

describe("a model plan's period label", () => {
  it('comes from the dates: a plan for October labelled "last week" says October 2026', async () => {
    h.server.enqueue(planReply(october('last week')));
    const a = await withModel().ask(VAGUE);
    expect(a.planSource).toBe('model');
    expect(a.plan).toMatchObject({ period: { label: 'October 2026' } });
    expect(a.text).toContain('October 2026');
    expect(a.text).not.toContain('last week');
  });
});

describe('fallback answers are not cached', () => {
  it("a failed plan call: the rules answer now, the model's once it is back", async () => {
    h.server.fallback = errorReply(500);
    const service = withModel();
    const down = await service.ask(VAGUE);
    expect(down.planSource).not.toBe('model');
    expect(down.degraded).toBe(true);
    h.server.fallback = planReply(october(''));
    const back = await service.ask(VAGUE);
    expect(back.planSource).toBe('model');
    expect(back.degraded).toBeUndefined();
    // A good answer is cached as before.
    const requests = h.server.requests.length;
    expect((await service.ask(VAGUE)).result).toBe(back.result);
    expect(h.server.requests).toHaveLength(requests);
  });

  it('a failed summary: the template now, the narrative once the model is back', async () => {
    const Q = 'summarize last week';
    h.server.fallback = errorReply(503);
    const service = withModel();
    const down = await service.ask(Q);
    expect(down.narrative).toBe('template');
    expect(down.degraded).toBe(true);
    h.server.fallback = completion('Last week was quiet.');
    const back = await service.ask(Q);
    expect(back.narrative).toBe('model');
    expect(back.text).toContain('Last week was quiet.');
  });

  it('a narrative the guard refuses is a decline, not a failure: that answer is cached', async () => {
    const Q = 'summarize last week';
    h.server.fallback = completion('Last week brought 987,654,321 views.');
    const service = withModel();
    const first = await service.ask(Q);
    expect(first.narrative).toBe('template');
    expect(first.degraded).toBeUndefined();
    expect((await service.ask(Q)).result).toBe(first.result);
  });

  it('a failed digest narrative: the digest is made again once the model is back', async () => {
    h.server.fallback = errorReply(503);
    const service = withModel();
    const down = await service.digest({ period: 'week' });
    h.server.fallback = completion('A quiet week.');
    const back = await service.digest({ period: 'week' });
    expect(down.rendered.text).not.toContain('A quiet week.');
    expect(back.rendered.text).toContain('A quiet week.');
  });
});
