import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] ?? '',
  );

// The pure core may use these libraries (data validation, fuzzy matching): no SDKs, no I/O.
const CORE_ALLOWED_PACKAGES = new Set(['zod', 'fastest-levenshtein']);

describe('ports and adapters boundary', () => {
  const core = files(join(SRC, 'core'));

  it('finds the core', () => {
    expect(core.length).toBeGreaterThan(20);
  });

  it.each(core.map((f) => [relative(SRC, f), f]))(
    '%s imports only the core and pure libraries',
    (_name, file) => {
      for (const spec of importsOf(file)) {
        if (spec.startsWith('.')) {
          expect(spec, `${file} imports ${spec}`).not.toMatch(/\/(adapters|app)\//);
          expect(spec).not.toMatch(/^\.\.\/\.\.\/(adapters|app)|^\.\.\/\.\.\/\.\.\//);
        } else {
          expect(CORE_ALLOWED_PACKAGES.has(spec.split('/')[0] ?? spec), `${file} imports ${spec}`).toBe(true);
        }
      }
      const text = readFileSync(file, 'utf8');
      expect(text, `${file} reads the environment`).not.toMatch(/process\.env/);
      expect(text).not.toMatch(/\bfrom ['"]node:/);
    },
  );

  it('only the composition root reads process.env', () => {
    const readers = files(SRC)
      .filter((f) => /process\.env/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(readers).toEqual(['app/compose.ts']);
  });

  it('no file uses `any`', () => {
    const offenders = files(SRC).filter((f) => /(:\s*any\b|as any\b|<any>)/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
