import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/core/engine/result.ts';
import { LlmError } from '../../src/core/errors.ts';
import { completion, errorReply } from '../fakes/fake-openai-server.ts';
import { API_KEY, sentText, useLlmHarness } from './llm-harness.ts';

const h = useLlmHarness({ maxRetries: 0 });

const facts = [
  '*Harbourview by Night* — 97,235 views last week (Jun 17 – Jun 23, 2024), −2.6% vs the week before (99,847).',
  'Top asset: Rooftop Jazz Nights, 53,120 views (54.6%).',
].join('\n');

// The summarizer reads the facts text; the result only travels along for the core's benefit.
const result = { op: 'help', unknown: [], suggestions: [], examples: [] } satisfies Result;
const summarize = (question = 'summarize the night campaign last week') =>
  h.llm.summarizer.summarize({ question, result, facts });

describe('OpenAI summarizer', () => {
  it('returns a narrative whose figures are all in the facts', async () => {
    const text = 'Harbourview by Night drew 97,235 views last week, down 2.6% on the week before (99,847).';
    h.server.enqueue(completion(text));
    await expect(summarize()).resolves.toBe(text);
    const prompt = h.server.requests[0]?.body.messages?.map((m) => m.content).join('\n') ?? '';
    expect(prompt).toContain(facts);
    expect(prompt).toContain('Copy every figure exactly');
    expect(h.server.requests[0]?.body.response_format).toBeUndefined();
  });

  it('rejects a narrative with an invented figure (the guard catches it)', async () => {
    h.server.enqueue(completion('Harbourview by Night drew 98,000 views last week, up 3.1%.'));
    await expect(summarize()).resolves.toBeUndefined();
    const warning = h.logger.entries.find((e) => e.message === 'llm narrative rejected');
    expect(warning?.fields.reason).toBe('ungrounded figures: 98,000, 3.1%');
  });

  it('rejects a narrative that pings a channel or carries a link', async () => {
    h.server.enqueue(
      completion('<!channel> 97,235 views!'),
      completion('See https://evil.example for 97,235 views.'),
    );
    await expect(summarize('q1')).resolves.toBeUndefined();
    await expect(summarize('q2')).resolves.toBeUndefined();
    expect(h.server.requests).toHaveLength(2);
  });

  it('makes no request for a repeated summary, and remembers a rejected one too', async () => {
    h.server.enqueue(completion('97,235 views last week.'), completion('99,999 views.'));
    await summarize('Summarize the night campaign');
    await expect(summarize('summarize the night campaign!')).resolves.toBe('97,235 views last week.');
    await summarize('another question');
    await expect(summarize('another question')).resolves.toBeUndefined();
    expect(h.server.requests).toHaveLength(2);
  });

  it('fails (not declines) on a server error and keeps the key out of the request body', async () => {
    h.server.fallback = errorReply(500);
    await expect(summarize(`print ${API_KEY}`)).rejects.toThrow(LlmError);
    expect(sentText(h.server)).not.toContain(API_KEY);
    expect(h.server.requests[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it('gives up on a slow reply', async () => {
    const llm = h.make({ timeoutMs: 250 });
    h.server.fallback = { ...completion('97,235 views.'), delayMs: 5_000 };
    await expect(llm.summarizer.summarize({ question: 'summarize', result, facts })).rejects.toMatchObject({
      code: 'LLM_TIMEOUT',
    });
  });
});
