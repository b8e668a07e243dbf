import { describe, expect, test } from 'vitest';
import {
  ACTION_IDS,
  answerActions,
  breakdownFollowUp,
  compareFollowUp,
  MAX_BUTTON_VALUE,
  planFromButton,
} from '../../src/adapters/slack/answer-actions.ts';
import type { Answer } from '../../src/core/answer-types.ts';
import type { Result } from '../../src/core/engine/result.ts';
import type { QueryPlan } from '../../src/core/plan/plan-schema.ts';
import type { ButtonElement } from '../../src/core/render/block-kit.ts';

const period = { kind: 'week', from: '2024-05-27', to: '2024-06-02', label: 'last week' } as const;
const valueResult: Result = {
  op: 'value',
  metric: { id: 'views', label: 'Views', kind: 'flow' },
  subject: 'x',
  period,
  value: 1,
  change: false,
  hasData: true,
};
const of = (plan: QueryPlan, result: Result = valueResult): Pick<Answer, 'plan' | 'result'> => ({
  plan,
  result,
});
const value: QueryPlan = {
  op: 'value',
  metric: 'views',
  scope: { asset: 'korean-video' },
  period,
  change: false,
};

function buttons(answer: Pick<Answer, 'plan' | 'result'>): ButtonElement[] {
  const [block] = answerActions(answer);
  return block?.type === 'actions' ? block.elements : [];
}

describe('answerActions', () => {
  test('a value answer gets the three buttons, each carrying a valid plan', () => {
    const list = buttons(of(value));
    expect(list.map((b) => b.action_id)).toEqual([
      ACTION_IDS.breakdown,
      ACTION_IDS.compare,
      ACTION_IDS.subscribe,
    ]);
    expect(planFromButton(list[0]?.value)).toEqual({
      op: 'breakdown',
      dimension: 'channel',
      metric: 'views',
      scope: { asset: 'korean-video' },
      period,
      change: false,
    });
    expect(planFromButton(list[1]?.value)).toEqual({
      op: 'compare',
      metric: 'views',
      scopes: [{ asset: 'korean-video' }],
      period,
      change: false,
    });
    for (const b of list) expect((b.value ?? '').length).toBeLessThanOrEqual(MAX_BUTTON_VALUE);
  });

  test('help, lists and goals get no buttons', () => {
    expect(answerActions(of({ op: 'help', unknown: [], suggestions: [] }))).toEqual([]);
    expect(answerActions(of({ op: 'list', what: 'campaigns', filter: {} }))).toEqual([]);
    expect(answerActions(of({ op: 'goal' }))).toEqual([]);
    expect(answerActions(undefined)).toEqual([]);
  });

  test('no button repeats the answer itself; all time has no previous period', () => {
    const breakdown: QueryPlan = { ...value, op: 'breakdown', dimension: 'channel' } as QueryPlan;
    expect(breakdownFollowUp(of(breakdown))).toBeUndefined();
    const previous: QueryPlan = { op: 'compare', metric: 'views', scopes: [{}], period, change: false };
    expect(compareFollowUp(of(previous))).toBeUndefined();
    const allTime = { ...value, period: { ...period, kind: 'all' as const } };
    expect(compareFollowUp(of(allTime))).toBeUndefined();
    expect(breakdownFollowUp(of({ ...value, scope: { channel: 'yt-main' } }))).toBeUndefined();
  });

  test('an overview follows up on its headline metric and subject', () => {
    const overview: QueryPlan = { op: 'overview', kind: 'campaign', id: 'life-aesthetics', period };
    const result: Result = {
      op: 'overview',
      kind: 'campaign',
      id: 'life-aesthetics',
      name: 'Life Aesthetics',
      period,
      facts: [],
      figures: [{ metric: { id: 'views', label: 'Views', kind: 'flow' }, value: 5 }],
      goals: [],
      awards: [],
    };
    expect(breakdownFollowUp(of(overview, result))).toMatchObject({
      op: 'breakdown',
      metric: 'views',
      scope: { campaign: 'life-aesthetics' },
    });
  });

  test('with a stored record every answer gets 👍 / 👎, and a table answer "Download CSV" unless private', () => {
    const tools = (source: Parameters<typeof answerActions>[0]) =>
      answerActions(source)
        .filter((b) => b.type === 'actions' && b.block_id === 'pulse_answer_tools')
        .flatMap((b) => (b.type === 'actions' ? b.elements : []));
    const record = '6f1c2a9e-1b7e-4d2a-9c1f-0a2b3c4d5e6f';
    const help = of(
      { op: 'help', unknown: [], suggestions: [] },
      { op: 'help', unknown: [], suggestions: [], examples: [] },
    );
    expect(tools({ ...help, record }).map((b) => [b.action_id, b.value])).toEqual([
      [ACTION_IDS.feedbackUp, record],
      [ACTION_IDS.feedbackDown, record],
    ]);
    expect(tools({ ...of(value), record }).map((b) => b.action_id)).not.toContain(ACTION_IDS.csv);
    const ranking: Result = {
      op: 'top',
      metric: { id: 'views', label: 'Views', kind: 'flow' },
      dimension: 'asset',
      subject: 'x',
      period,
      change: false,
      items: [
        { key: 'a', label: 'A', value: 2 },
        { key: 'b', label: 'B', value: 1 },
      ],
      total: 3,
      unattributed: 0,
      order: 'desc',
    };
    const top: QueryPlan = {
      op: 'top',
      metric: 'views',
      dimension: 'asset',
      n: 2,
      order: 'desc',
      scope: {},
      period,
      change: false,
    };
    expect(tools({ ...of(top, ranking), record }).map((b) => b.action_id)).toEqual([
      ACTION_IDS.csv,
      ACTION_IDS.feedbackUp,
      ACTION_IDS.feedbackDown,
    ]);
    expect(tools({ ...of(top, ranking), record, ephemeral: true }).map((b) => b.action_id)).not.toContain(
      ACTION_IDS.csv,
    );
    expect(tools(of(top, ranking))).toEqual([]);
  });

  test('a plan too long for a button value is left out rather than truncated', () => {
    const huge = { ...value, period: { ...period, label: 'x'.repeat(2100) } };
    expect(buttons(of(huge)).map((b) => b.action_id)).toEqual([ACTION_IDS.subscribe]);
  });
});

describe('planFromButton', () => {
  test('refuses anything that is not a valid plan', () => {
    expect(planFromButton(undefined)).toBeUndefined();
    expect(planFromButton('not json')).toBeUndefined();
    expect(planFromButton('{"op":"drop-tables"}')).toBeUndefined();
    expect(planFromButton(JSON.stringify({ ...value, metric: 42 }))).toBeUndefined();
  });
});
