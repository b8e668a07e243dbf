import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach } from 'vitest';
import { runImport } from '../../src/adapters/cli/import-command.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/imports/', import.meta.url));

export interface Run {
  code: number;
  out: string;
  err: string;
}

/** A fresh copy of tests/fixtures/imports per test, and `pulse import` run in-process against it. */
export function useImportFixtures() {
  const ctx = { dir: '' };
  beforeEach(async () => {
    ctx.dir = await mkdtemp(join(tmpdir(), 'pulse-import-'));
    await cp(FIXTURES, ctx.dir, { recursive: true });
  });
  afterEach(() => rm(ctx.dir, { recursive: true, force: true }));
  const path = (...parts: string[]) => join(ctx.dir, ...parts);
  return {
    path,
    read: (...parts: string[]) => readFile(path(...parts), 'utf8'),
    write: (name: string, text: string | Uint8Array) => writeFile(path(name), text),
    /** `pulse import KIND FILE… --data lumen.yaml …`, files relative to the copy. */
    run: async (kind: string, files: string[], ...options: string[]): Promise<Run> => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runImport(
        [kind, ...files.map((f) => path(f)), '--data', path('lumen.yaml'), ...options],
        {
          out: (l) => out.push(l),
          err: (l) => err.push(l),
        },
      );
      return { code, out: out.join('\n'), err: err.join('\n') };
    },
  };
}
