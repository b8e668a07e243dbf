import { expect, test } from 'vitest';
import { errorFields, friendlyMessage } from '../../src/adapters/slack/friendly-error.ts';
import { DataError, LlmError, PlanError, StoreError } from '../../src/core/errors.ts';

const SECRETISH = /xox[abp]-|\/home\/|\/work\/|\.yaml|at .*\(|Error:/;

test('each kind of failure gets one calm sentence, never the error text itself', () => {
  const errors = [
    new DataError([{ file: '/srv/pulse/data/pulse.yaml', where: 'campaigns[0]', message: 'bad' }]),
    new PlanError('unresolved token xoxb-123-secret'),
    new LlmError('timeout calling https://api.example/v1 with key sk-secret', 'LLM_TIMEOUT'),
    new StoreError('redis://user:pass@10.0.0.1:6379 refused'),
    new TypeError("Cannot read properties of undefined (reading 'x')"),
    'a string',
  ];
  const messages = errors.map(friendlyMessage);
  for (const m of messages) {
    expect(m.length).toBeGreaterThan(10);
    expect(m.length).toBeLessThan(200);
    expect(m).not.toMatch(SECRETISH);
    expect(m).not.toMatch(/secret|redis|sk-/);
  }
  expect(new Set(messages).size).toBeGreaterThanOrEqual(4);
});

test('log fields keep the code and detail for operators', () => {
  expect(errorFields(new StoreError('down'))).toEqual({
    code: 'STORE_FAILED',
    error: 'StoreError',
    detail: 'down',
  });
  const slackError = Object.assign(new Error('An API error occurred: channel_not_found'), {
    code: 'slack_webapi_platform_error',
  });
  expect(errorFields(slackError)).toMatchObject({ code: 'slack_webapi_platform_error' });
});
