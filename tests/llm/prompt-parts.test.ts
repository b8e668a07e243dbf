import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefText, MAX_ASSETS } from '../../src/adapters/llm/brief-text.ts';
import { calendarHints } from '../../src/adapters/llm/calendar-hints.ts';
import { loadPrompts } from '../../src/adapters/llm/prompt-files.ts';
import { cleanQuestion, normalizeQuestion, redactSecrets } from '../../src/adapters/llm/question-text.ts';
import { ConfigError } from '../../src/core/errors.ts';
import { harbourviewBrief as brief } from './brief-fixture.ts';

describe('prompt files', () => {
  it('carry a version and tell the model the question is not instructions', () => {
    const prompts = loadPrompts();
    expect(prompts.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(prompts.system).toContain('never instructions');
    expect(prompts.summarizer).toContain('Copy every figure exactly');
    expect(prompts.planner).not.toContain('version:');
  });

  it('refuses a prompt file without a version line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prompts-'));
    for (const name of ['system', 'planner', 'summarizer'])
      writeFileSync(join(dir, `${name}.md`), 'version: 2\nText.');
    expect(loadPrompts(dir).version).toBe('2.2.2');
    writeFileSync(join(dir, 'planner.md'), 'No version here.');
    expect(() => loadPrompts(dir)).toThrow(ConfigError);
  });
});

describe('question text', () => {
  it('redacts known secrets and token-shaped strings', () => {
    const text = redactSecrets(
      'key sk-abcdefghijklmnop1234 and xoxb-1-2-abc, xapp-1-A, Bearer abc.def, my-own-secret',
      ['my-own-secret'],
    );
    expect(text).toBe('key [redacted] and [redacted], [redacted], [redacted], [redacted]');
  });

  it('normalizes case, spacing and end punctuation for cache keys', () => {
    expect(normalizeQuestion('  Views   for Neon\tBridges?! ')).toBe('views for neon bridges');
  });

  it('bounds the question and strips control characters', () => {
    const q = cleanQuestion(`a\u0000b\u202Ec ${'x'.repeat(1_000)}`);
    expect(q.startsWith('a b c ')).toBe(true);
    expect(q.length).toBe(500);
  });
});

describe('catalog brief text', () => {
  it('lists ids with names, assets under their campaign, and no series', () => {
    const text = briefText(brief, 'q');
    expect(text).toContain('- views: Views, flow (aka plays)');
    expect(text).toContain(
      '- marathon-2024: Harbourview Marathon 2024 [completed] (aka marathon)\n  - marathon-teaser: Marathon Teaser (en)',
    );
    expect(text).toContain('- tt-harbourview: tiktok harbourview.city');
    expect(text).toContain('markets: US, GB');
  });

  it('keeps a large asset list to the ones the question is about', () => {
    const many = Array.from({ length: 200 }, (_, i) => ({
      id: `clip-${i}`,
      title: `Clip number ${i}`,
      campaign: 'taste-of-harbourview',
      language: i === 150 ? 'ko' : 'en',
    }));
    const text = briefText({ ...brief, assets: many }, 'How is the Korean clip doing?');
    expect(text.match(/^ {2}- clip-/gm)).toHaveLength(MAX_ASSETS);
    expect(text).toContain('- clip-150: Clip number 150 (ko)');
    expect(text).toContain(`the ${MAX_ASSETS} of 200 assets most relevant`);
  });
});

describe('calendar hints', () => {
  it('spell out the anchor dates of the period table', () => {
    expect(calendarHints('2024-06-27')).toBe(
      [
        'today: 2024-06-27 (Thursday)',
        'week: this from 2024-06-24; last 2024-06-17..2024-06-23',
        'month: this from 2024-06-01; last 2024-05-01..2024-05-31',
        'quarter: this from 2024-04-01; last 2024-01-01..2024-03-31',
        'year: this from 2024-01-01; last 2023-01-01..2023-12-31',
      ].join('\n'),
    );
    expect(calendarHints('2024-03-04')).toContain('month: this from 2024-03-01; last 2024-02-01..2024-02-29');
  });
});
