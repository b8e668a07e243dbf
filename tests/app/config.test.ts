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

describe('PULSE_ADMIN_USERS', () => {
  it('reads comma-separated Slack user ids, and is empty when unset', () => {
    expect(loadConfig({ PULSE_ADMIN_USERS: ' U012AB3CD, W045EF6GH ,' }).adminUsers).toEqual([
      'U012AB3CD',
      'W045EF6GH',
    ]);
    expect(loadConfig({}).adminUsers).toEqual([]);
  });

  it.each(['anna', 'C0MARKETING', 'U012AB3CD;U045EF6GH', '@anna'])('refuses %s, naming the variable', (v) => {
    const load = () => loadConfig({ PULSE_ADMIN_USERS: v });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/^Invalid configuration:\nPULSE_ADMIN_USERS must be Slack user ids/);
  });
});
