import { loadDataFile } from '../../src/adapters/data/load-data-file.ts';

// Loads one data file in a fresh process and prints one JSON line: the load time and the process's memory,
// so the parent's own allocations (generator, SQLite) never colour the figures.
//   node --expose-gc --import tsx bench/engine/load-child.ts <data.yaml>

const path = process.argv[2];
if (!path) throw new Error('usage: load-child.ts <data.yaml>');
const gc = (globalThis as { gc?: () => void }).gc;

gc?.();
const baseline = process.memoryUsage().rss;
const started = performance.now();
const cpu = process.cpuUsage();
const dataset = await loadDataFile(path);
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
const rssAfter = process.memoryUsage().rss;
// Two collections a turn apart: the first lets freed Buffers' finalizers run, the second reclaims them.
gc?.();
await new Promise((resolve) => setImmediate(resolve));
gc?.();
const settled = process.memoryUsage();
// maxRSS is the kernel's high-water mark (KiB): it sees the peak inside synchronous parsing, which a timer cannot.
const peakRss = process.resourceUsage().maxRSS * 1024;

process.stdout.write(
  `${JSON.stringify({
    ms,
    // CPU time of all the process's threads (GC helpers too): steadier than wall time on a shared machine.
    cpuMs: (used.user + used.system) / 1000,
    baselineRss: baseline,
    peakRss,
    rssAfter,
    retainedHeap: settled.heapUsed + settled.arrayBuffers,
    series: dataset.series.length,
    firstDay: dataset.firstDay,
    lastDay: dataset.lastDay,
  })}\n`,
);
