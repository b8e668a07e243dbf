import { zodResponseFormat } from 'openai/helpers/zod';
import { describe, expect, it } from 'vitest';
import {
  modelPlanDefinitions,
  modelPlanSchema,
  toQueryPlan,
} from '../../src/adapters/llm/model-plan-schema.ts';
import { lastWeek, modelValuePlan } from './brief-fixture.ts';

describe('model-facing plan schema', () => {
  it('is accepted by the SDK as a strict structured-output schema', () => {
    const format = zodResponseFormat(modelPlanSchema, 'query_plan', {
      schemaDefinitions: modelPlanDefinitions,
    });
    expect(format.json_schema.strict).toBe(true);
    const text = JSON.stringify(format.json_schema.schema);
    expect(text).toContain('"const":"value"');
    expect(text).toContain('#/definitions/period');
  });

  it('maps a strict answer (nulls, every field) to the core plan', () => {
    expect(toQueryPlan({ plan: modelValuePlan({ campaign: 'harbourview-by-night' }) })).toEqual({
      op: 'value',
      metric: 'views',
      scope: { campaign: 'harbourview-by-night' },
      period: lastWeek,
      change: false,
    });
  });

  it('never asks the model for a label: the plan check makes it from the dates', () => {
    const text = JSON.stringify(
      zodResponseFormat(modelPlanSchema, 'query_plan', { schemaDefinitions: modelPlanDefinitions })
        .json_schema,
    );
    expect(text).not.toContain('"label"');
    const { label: _label, ...unlabelled } = lastWeek;
    expect(toQueryPlan({ plan: modelValuePlan({}, unlabelled) })).toMatchObject({
      period: { ...unlabelled, label: '' },
    });
  });

  it('fills the core defaults when a lenient server leaves fields out', () => {
    const plan = toQueryPlan({ plan: { op: 'help' } });
    expect(plan).toEqual({ op: 'help', unknown: [], suggestions: [] });
  });

  it('declines what the core schema refuses', () => {
    expect(toQueryPlan({ plan: { op: 'delete-everything' } })).toBeUndefined();
    expect(
      toQueryPlan({
        plan: { ...modelValuePlan({}), period: { kind: 'week', from: 'last week', to: 'x', label: '' } },
      }),
    ).toBeUndefined();
    expect(toQueryPlan(null)).toBeUndefined();
    expect(toQueryPlan({ nothing: true })).toBeUndefined();
  });
});
