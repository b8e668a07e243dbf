// Word-level helpers shared by the digest and alert parsers.

/**
 * Words, with quotes dropped and list commas ("a, b") split off; a comma inside a word stays, so a cron list
 * such as `1,3,5` is one word.
 */
export function tokenize(text: string): string[] {
  return text
    .replace(/[“”"']/g, ' ')
    .replace(/,(?=\s|$)/g, ' , ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
}

export const normalize = (text: string): string => tokenize(text.toLowerCase()).join(' ');

/** Words joining items in a list ("a, b and c"). */
export const SEPARATORS = new Set([',', 'and', '&', '+']);

/** Index of names: normalized phrase → value; the longest phrase wins when matching. */
export class PhraseIndex<T> {
  readonly #map = new Map<string, T>();
  #longest = 1;

  add(phrase: string, value: T): void {
    const key = normalize(phrase);
    if (!key || this.#map.has(key)) return;
    this.#map.set(key, value);
    this.#longest = Math.max(this.#longest, key.split(' ').length);
  }

  /** The longest phrase starting at `start`, as [value, words used]. */
  matchAt(words: readonly string[], start: number): [T, number] | undefined {
    const max = Math.min(this.#longest, words.length - start);
    for (let n = max; n >= 1; n--) {
      const value = this.#map.get(
        words
          .slice(start, start + n)
          .join(' ')
          .toLowerCase(),
      );
      if (value !== undefined) return [value, n];
    }
    return undefined;
  }

  /** The value when the whole of `words` is one phrase. */
  exact(words: readonly string[]): T | undefined {
    return this.#map.get(words.join(' ').toLowerCase());
  }
}

/** "a, b, c" — at most `max` items, then "… and N more". */
export function listSome(items: readonly string[], max = 12): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} … and ${items.length - max} more`;
}
