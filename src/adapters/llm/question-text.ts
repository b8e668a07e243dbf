// A question's text on its way to the model and into cache keys. The model must never receive a secret, even
// one a person pasted into a question by mistake.

const SECRET_PATTERNS = [
  /\bxox[abposr]-[\w-]+/g,
  /\bxapp-[\w-]+/g,
  /\bsk-[\w-]{16,}/g,
  /\bBearer\s+[\w.~+/-]+=*/gi,
  /\b(?:rediss?|https?):\/\/[^\s:@/]+:[^\s@/]+@/gi,
];

/** Replaces known secret values and anything shaped like a token with `[redacted]`. */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 4) out = out.replaceAll(secret, '[redacted]');
  for (const pattern of SECRET_PATTERNS) out = out.replace(pattern, '[redacted]');
  return out;
}

/** Questions are keyed and sent in one canonical form: case, spacing and end punctuation do not matter. */
export function normalizeQuestion(question: string): string {
  return question
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s?!.]+$/u, '')
    .toLowerCase();
}

export const MAX_QUESTION_CHARS = 500;

/** The question as the model gets it: printable, bounded, without secrets. */
export function cleanQuestion(question: string, secrets: readonly (string | undefined)[] = []): string {
  const printable = question
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUESTION_CHARS);
  return redactSecrets(printable, secrets).replaceAll('"""', '"');
}
