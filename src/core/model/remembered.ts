/**
 * `fn`, remembering its answers for up to `max` different arguments, then forgetting them all at once: for pure
 * lookups that replies repeat (days, language names, normalized questions) and that cost far more than a map.
 */
export function remembered<K, V>(fn: (key: K) => V, max: number): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    const hit = known.get(key);
    if (hit !== undefined || known.has(key)) return hit as V;
    const value = fn(key);
    if (known.size >= max) known.clear();
    known.set(key, value);
    return value;
  };
}
