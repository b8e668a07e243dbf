// How an answer is scored against a question set's expectations: the same rules as the public scorer
// (shared/eval/run.mjs), so a team's own set scores here exactly as it would there.

import { MONTH_NAMES } from '../model/dates.ts';

/** In `forbid`: no figure of 1,000 or more may appear (the answer must not invent data). */
export const NO_FIGURE = '#NUMBER';

export interface Expectation {
  expect: readonly string[];
  forbid?: readonly string[];
}

export interface AnswerCheck {
  pass: boolean;
  /** Expected facts the answer does not state. */
  missing: string[];
  /** Forbidden facts (or `#NUMBER`) that it does. */
  forbidden: string[];
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Typography and mrkdwn emphasis are not facts: curly quotes, a minus sign or `*bold*` match plain text. */
const normalize = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\u2212/g, '-')
    .replace(/\*|_|~|`/g, '');

/**
 * Whether `text` states `want`: a figure exactly (with or without thousands separators, never as part of a larger
 * number), a percentage by its absolute value, an ISO date also when spelled out, anything else case-insensitively.
 */
export function statesFact(text: string, want: string): boolean {
  const t = normalize(text);
  const percent = /^-?([\d,]+(?:\.\d+)?)%$/.exec(want);
  if (percent) {
    // The sign is carried by words as often as by "-": "down 12.5%" states -12.5%.
    return new RegExp(`(?<![\\d.,])${escapeRegExp(percent[1] ?? '')}\\s?%`).test(t);
  }
  if (/^-?\d{1,3}(,\d{3})*(\.\d+)?$/.test(want) || /^-?\d+(\.\d+)?$/.test(want)) {
    const plain = want.replace(/^-/, '');
    return [plain, plain.replace(/,/g, '')].some((f) =>
      new RegExp(`(?<![\\d.,])${escapeRegExp(f)}(?![\\d]|[.,]\\d)`).test(t),
    );
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(want);
  if (iso) {
    const [y, mo, d] = [iso[1], Number(iso[2]), Number(iso[3])];
    const full = MONTH_NAMES[mo - 1] ?? '';
    const short = full.slice(0, 3);
    const forms = [
      want,
      `${full} ${d}, ${y}`,
      `${short} ${d}, ${y}`,
      `${d} ${full} ${y}`,
      `${d} ${short} ${y}`,
      `${full} ${d} ${y}`,
      `${short} ${d} ${y}`,
    ];
    const lower = t.toLowerCase();
    return forms.some((f) => lower.includes(f.toLowerCase()));
  }
  return t.toLowerCase().includes(normalize(want).toLowerCase());
}

/** A figure of 1,000 or more; years and ISO dates are not figures. */
export function hasLargeFigure(text: string): boolean {
  return /(?<![\d.,])(\d{1,3}(,\d{3})+|\d{4,})(?![\d])/.test(
    normalize(text).replace(/\b(19|20)\d{2}(-\d{2}-\d{2})?\b/g, ''),
  );
}

/** What a person sees: the message text and every `text` string in its blocks (headers, sections, fields …). */
export function visibleText(answer: { text?: string; blocks?: unknown }): string {
  const parts = [answer.text ?? ''];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) walk(n);
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'text' && typeof v === 'string') parts.push(v);
        else walk(v);
      }
    }
  };
  walk(answer.blocks ?? []);
  return parts.join('\n');
}

/** Scores one answer's visible text against what it must and must not state. */
export function checkAnswer(text: string, item: Expectation): AnswerCheck {
  const missing = item.expect.filter((want) => !statesFact(text, want));
  const forbidden = (item.forbid ?? []).filter((f) =>
    f === NO_FIGURE ? hasLargeFigure(text) : statesFact(text, f),
  );
  return { pass: missing.length === 0 && forbidden.length === 0, missing, forbidden };
}
