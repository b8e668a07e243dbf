import { z } from 'zod';
import { periodSchema, type QueryPlan, queryPlanSchema, scopeSchema } from '../../core/plan/plan-schema.ts';

// Strict structured outputs want every field required and a root object, while the core's plan schema has
// optional fields, defaults and a union at the root. Derive the model-facing schema from the core's (optional
// → nullable, default → required, wrapped in { plan }) so it follows any change there, and map the model's
// answer back through the core's own schema.

const derived = new Map<z.ZodType, z.ZodType>();

/** Optional refinements the rules set from the question's own words; leaving them out keeps the prompt small. */
const RULES_ONLY = new Set(['format', 'dates', 'also', 'per', 'owner', 'ownOnly', 'levels', 'mean', 'delta']);
/**
 * What the model is never asked for: a period's label (the plan check makes it from the dates, whatever the model
 * would say) and the explanations of a help reply (a model's help is a decline: the rules' reply is shown).
 */
const NOT_FROM_MODEL = new Set(['label', 'reason', 'understood', 'closest']);
const omitted = (key: string): boolean => RULES_ONLY.has(key) || NOT_FROM_MODEL.has(key);
/**
 * Kinds of question only the rules plan, to keep the prompt within its token budget: their words are few and
 * fixed ("unusual", "why", "best week ever"), so the rules read them surely; a "why" or a record the rules cannot
 * fully read is answered by the model as the comparison or ranking closest to it.
 */
const RULES_ONLY_OPS = new Set(['unusual', 'why', 'record']);
const opOf = (option: z.ZodObject): unknown => (option.shape as { op?: z.ZodLiteral }).op?.value;

function modelFacing(schema: z.ZodType): z.ZodType {
  const seen = derived.get(schema);
  if (seen) return seen;
  let out: z.ZodType = schema;
  if (schema instanceof z.ZodOptional) out = modelFacing(schema.unwrap() as z.ZodType).nullable();
  else if (schema instanceof z.ZodDefault) out = modelFacing(schema.unwrap() as z.ZodType);
  else if (schema instanceof z.ZodArray) out = z.array(modelFacing(schema.element as z.ZodType));
  else if (schema instanceof z.ZodDiscriminatedUnion) {
    const options = (schema.options as z.ZodObject[])
      .filter((o) => !RULES_ONLY_OPS.has(String(opOf(o))))
      .map(modelFacing) as [z.ZodObject, ...z.ZodObject[]];
    out = z.discriminatedUnion(schema.def.discriminator, options);
  } else if (schema instanceof z.ZodObject) {
    const shape = Object.fromEntries(
      Object.entries(schema.shape as Record<string, z.ZodType>)
        .filter(([k]) => !omitted(k))
        .map(([k, v]) => [k, modelFacing(v)]),
    );
    out = z.object(shape);
  }
  derived.set(schema, out);
  return out;
}

export const modelPlanSchema = z.object({ plan: modelFacing(queryPlanSchema) });

/** Shared parts named once in the JSON schema instead of repeated in every op: half the schema's tokens. */
export const modelPlanDefinitions = { scope: modelFacing(scopeSchema), period: modelFacing(periodSchema) };

/** `null` is how a strict schema says "absent"; the core's schema wants the key left out. */
function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, dropNulls(v)]),
    );
  }
  return value;
}

const isPeriodShaped = (value: Record<string, unknown>): boolean =>
  typeof value.kind === 'string' && typeof value.from === 'string' && typeof value.to === 'string';

/**
 * The core's schema wants every period labelled; the model writes none, so an empty label travels until the plan
 * check replaces it with the one the dates give.
 */
function withEmptyLabels(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withEmptyLabels);
  if (value === null || typeof value !== 'object') return value;
  const out = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withEmptyLabels(v)]));
  return isPeriodShaped(out) && !('label' in out) ? { ...out, label: '' } : out;
}

/** The core's plan from the model's parsed answer, or undefined when it does not fit the core's schema. */
export function toQueryPlan(parsed: unknown): QueryPlan | undefined {
  if (parsed === null || typeof parsed !== 'object' || !('plan' in parsed)) return undefined;
  const result = queryPlanSchema.safeParse(withEmptyLabels(dropNulls(parsed.plan)));
  return result.success ? result.data : undefined;
}
