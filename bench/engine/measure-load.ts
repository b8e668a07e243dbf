import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { line, type TargetResult } from './report.ts';
import { mb, median, ms } from './stats.ts';

// Load + validate, each run in a fresh process (bench/engine/load-child.ts) so the RSS is the loader's alone.

interface LoadRun {
  ms: number;
  cpuMs: number;
  baselineRss: number;
  peakRss: number;
  retainedHeap: number;
  series: number;
}

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(dirname(here));

function loadInChild(yamlPath: string): LoadRun {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(here, 'load-child.ts'), yamlPath],
    { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1_048_576 },
  );
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !last.startsWith('{'))
    throw new Error(`load failed:\n${child.stderr.slice(0, 2000)}`);
  return JSON.parse(last) as LoadRun;
}

export function measureLoad(
  yamlPath: string,
  count: number,
  targets: { ms: number; rssBytes: number },
): TargetResult[] {
  line('\n## Load + validate (loadDataFile, a fresh process per run)');
  const runs = Array.from({ length: Math.max(1, count) }, () => loadInChild(yamlPath));
  for (const [i, r] of runs.entries())
    line(
      `run ${i + 1}: ${ms(r.ms)} (CPU ${ms(r.cpuMs)}), peak RSS ${mb(r.peakRss)} ` +
        `(process before loading ${mb(r.baselineRss)}), heap kept after GC ${mb(r.retainedHeap)}, ${r.series} series`,
    );
  const loadMs = median(runs.map((r) => r.ms));
  const peak = Math.max(...runs.map((r) => r.peakRss));
  line(`load+validate median ${ms(loadMs)}; peak RSS ${mb(peak)}`);
  return [
    { target: `load+validate <= ${targets.ms / 1000} s`, figure: ms(loadMs), pass: loadMs <= targets.ms },
    { target: `peak RSS <= ${mb(targets.rssBytes)}`, figure: mb(peak), pass: peak <= targets.rssBytes },
  ];
}
