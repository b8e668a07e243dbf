import { z } from 'zod';

// A question set, in the format of the public eval (shared/eval): a data file, a fixed "today", and either
// questions that each stand alone or conversations whose turns are answered in one thread.

const item = z.object({
  q: z.string().trim().min(1),
  expect: z.array(z.string()).default([]),
  forbid: z.array(z.string()).default([]),
});

export const evalSetSchema = z
  .object({
    /** Relative to the set file. */
    data: z.string().min(1),
    now: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
    questions: z.array(item).optional(),
    conversations: z.array(z.object({ turns: z.array(item).min(1) })).optional(),
  })
  .refine((s) => (s.questions === undefined) !== (s.conversations === undefined), {
    message: 'needs either "questions" or "conversations"',
  });

export type EvalSet = z.infer<typeof evalSetSchema>;

/** One question to ask; `conversation` groups the turns that share a thread. */
export interface EvalCase {
  /** How reports name it, as the public scorer does: "3. …", or "8. [3.2] …" for a conversation's turn. */
  label: string;
  q: string;
  expect: string[];
  forbid: string[];
  conversation?: number;
}

/** The set's questions in the order they are asked. */
export function casesOf(set: EvalSet): EvalCase[] {
  const turns = set.conversations
    ? set.conversations.flatMap((c, k) =>
        c.turns.map((t, j) => ({ ...t, tag: `[${k + 1}.${j + 1}] `, conversation: k as number | undefined })),
      )
    : (set.questions ?? []).map((t) => ({ ...t, tag: '', conversation: undefined }));
  return turns.map(({ tag, ...t }, i) => ({ ...t, label: `${i + 1}. ${tag}${t.q}` }));
}
