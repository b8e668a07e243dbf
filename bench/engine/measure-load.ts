import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { line, type TargetResult } from './report.ts';
import { mb, median, ms } from './stats.ts';

// Load + validate, each run in a fresh process (bench/engine/load-child.ts) so the RSS is the loader's alone:
// first from the CSV (which writes the snapshot), then from the snapshot cache.

interface LoadRun {
  ms: number;
  cpuMs: number;
  baselineRss: number;
  peakRss: number;
  retainedHeap: number;
  series: number;
  version: string;
}

export interface LoadTargets {
  /** CPU time of a load from the CSV (undefined: not a target at this size, one run only). */
  csvCpuMs?: number;
  /** Wall time of a load from the snapshot cache. */
  cacheMs: number;
  rssBytes: number;
}

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(dirname(here));
const bundled = join(root, 'bench', 'out', 'load-child.mjs');

/**
 * The child bundled once with esbuild (tsx's own): compiling TypeScript on the fly would add tens of MB and
 * seconds of start-up to every process, and none of that is the loader's. Packages stay external (node_modules).
 */
function bundleChild(): void {
  const esbuild = createRequire(createRequire(import.meta.url).resolve('tsx')) as NodeRequire;
  const { buildSync } = esbuild('esbuild') as {
    buildSync: (options: Record<string, unknown>) => unknown;
  };
  buildSync({
    entryPoints: [join(here, 'load-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: bundled,
    logLevel: 'warning',
  });
}

function loadInChild(yamlPath: string, snapshots: string): LoadRun {
  const child = spawnSync(process.execPath, ['--expose-gc', bundled, yamlPath, snapshots], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1_048_576,
  });
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !last.startsWith('{'))
    throw new Error(`load failed:\n${child.stderr.slice(0, 2000)}`);
  return JSON.parse(last) as LoadRun;
}

const describe = (kind: string, i: number, r: LoadRun): void =>
  line(
    `${kind} run ${i + 1}: ${ms(r.ms)} (CPU ${ms(r.cpuMs)}), peak RSS ${mb(r.peakRss)} ` +
      `(process before loading ${mb(r.baselineRss)}), heap kept after GC ${mb(r.retainedHeap)}, ${r.series} series`,
  );

export function measureLoad(yamlPath: string, count: number, targets: LoadTargets): TargetResult[] {
  line(
    '\n## Load + validate (loadDataSources, a fresh process per run: from the CSV, then from the snapshot)',
  );
  bundleChild();
  const runs = Math.max(1, count);
  const folders: string[] = [];
  const fresh = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'pulse-snapshots-'));
    folders.push(dir);
    return dir;
  };
  try {
    // Each CSV run starts without a snapshot; the last one's is then read by every cache run.
    const csv = Array.from({ length: targets.csvCpuMs === undefined ? 1 : runs }, () =>
      loadInChild(yamlPath, fresh()),
    );
    for (const [i, r] of csv.entries()) describe('CSV', i, r);
    const snapshots = folders.at(-1) ?? fresh();
    const cached = Array.from({ length: runs }, () => loadInChild(yamlPath, snapshots));
    for (const [i, r] of cached.entries()) describe('cache', i, r);
    if (cached.some((r) => r.version !== csv[0]?.version || r.series !== csv[0]?.series))
      throw new Error('the snapshot did not load the same dataset as the CSV');
    const csvCpu = median(csv.map((r) => r.cpuMs));
    const cacheMs = median(cached.map((r) => r.ms));
    const peak = Math.max(...csv.map((r) => r.peakRss), ...cached.map((r) => r.peakRss));
    line(
      `from CSV: median ${ms(median(csv.map((r) => r.ms)))} (CPU ${ms(csvCpu)}); ` +
        `from the snapshot: median ${ms(cacheMs)}; peak RSS ${mb(peak)}`,
    );
    return [
      ...(targets.csvCpuMs === undefined
        ? []
        : [
            {
              target: `load from CSV <= ${targets.csvCpuMs / 1000} s CPU`,
              figure: ms(csvCpu),
              pass: csvCpu <= targets.csvCpuMs,
            },
          ]),
      {
        target: `load from cache <= ${ms(targets.cacheMs)}`,
        figure: ms(cacheMs),
        pass: cacheMs <= targets.cacheMs,
      },
      { target: `peak RSS <= ${mb(targets.rssBytes)}`, figure: mb(peak), pass: peak <= targets.rssBytes },
    ];
  } finally {
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  }
}
