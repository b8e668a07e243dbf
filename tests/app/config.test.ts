import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/app/config.ts';
import { ConfigError } from '../../src/core/errors.ts';

describe('OPENAI_BASE_URL', () => {
  it.each([
    'http://127.0.0.1:11434/v1',
    'http://127.0.0.1:8000/v1/',
    'https://api.groq.com/openai/v1',
    'https://example.openai.azure.com/openai/v1',
    'https://generativelanguage.googleapis.com/v1beta/openai/',
  ])('accepts %s', (url) => {
    expect(loadConfig({ OPENAI_BASE_URL: url }).llm?.baseUrl).toBe(url);
  });

  it.each([
    'http://127.0.0.1:11434',
    'http://127.0.0.1:11434/',
    'https://api.example.com/v1/chat/completions',
    'https://user:hunter2@llm.example.com/api',
  ])('refuses %s at start-up with one clear line', (url) => {
    const load = () => loadConfig({ OPENAI_API_KEY: 'sk-x', OPENAI_BASE_URL: url });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(
      /^Invalid configuration:\nOPENAI_BASE_URL must end in the API version, e\.g\. [^\n]+$/,
    );
    expect(load).not.toThrow(/hunter2/);
  });
});
