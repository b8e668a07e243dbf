/**
 * Fills `${NAME}` in a data file's database URL from the environment, so no password sits in the file. Returns
 * the names that are not set instead of a URL with holes in it.
 */
export function expandEnv(
  text: string,
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; value: string } | { ok: false; missing: string[] } {
  const missing: string[] = [];
  const value = text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
    const v = env[name];
    if (v === undefined || v === '') missing.push(name);
    return v ?? '';
  });
  return missing.length > 0 ? { ok: false, missing } : { ok: true, value };
}
