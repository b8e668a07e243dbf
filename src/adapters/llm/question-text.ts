// A question's text on its way to the model and into cache keys. The model must never receive a secret, even
// one a person pasted into a question by mistake.

const SECRET_PATTERNS = [
  /\bxox[abposr]-[\w-]+/g,
  /\bxapp-[\w-]+/g,
  /\bsk-[\w-]{16,}/g,
  /\b[sr]k_(?:live|test)_\w{10,}/g,
  /\b(?:ghp|gho|ghu|ghs|ghr)_\w{20,}|\bgithub_pat_\w{20,}|\bglpat-[\w-]{20,}/g,
  /\bAKIA[0-9A-Z]{16}\b|\bAIza[\w-]{35}/g,
  /\beyJ[\w-]{10,}\.[\w-]{10,}\.[\w-]{10,}/g,
  /\bBearer\s+[\w.~+/-]+=*/gi,
  /\b(?:rediss?|https?):\/\/[^\s:@/]+:[^\s@/]+@/gi,
  // Long secrets without a known prefix: 32+ hex digits, or 32+ base64-ish characters mixing cases and digits.
  // Kebab and snake ids (lowercase, no run of hex alone) stay readable.
  /\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{32,}\b/gi,
  /(?<![\w+/=])(?=[\w+/=]*[a-z])(?=[\w+/=]*[A-Z])(?=[\w+/=]*\d)[\w+/=]{32,}/g,
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
