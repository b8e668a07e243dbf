import { loadDataSources } from '../../src/adapters/data/load-data-file.ts';

// Loads one data file in a fresh process and prints one JSON line: the load time and the process's memory,
// so the parent's own allocations (generator, SQLite) never colour the figures. With a snapshots folder the
// load reads (or writes) the snapshot cache there, as the service does with its state dir.
//   node --expose-gc bench/out/load-child.mjs <data.yaml> [<snapshots dir>]   (bundled by measure-load.ts)

const path = process.argv[2];
const snapshots = process.argv[3];
if (!path) throw new Error('usage: load-child <data.yaml> [<snapshots dir>]');
const gc = (globalThis as { gc?: () => void }).gc;

gc?.();
const baseline = process.memoryUsage().rss;
const started = performance.now();
const cpu = process.cpuUsage();
const { dataset } = await loadDataSources(path, snapshots ? { snapshots } : {});
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
    // CPU time of all the process's threads (GC helpers, the threadpool's hashing too): steadier than wall time.
    cpuMs: (used.user + used.system) / 1000,
    baselineRss: baseline,
    peakRss,
    rssAfter,
    retainedHeap: settled.heapUsed + settled.arrayBuffers,
    series: dataset.series.length,
    version: dataset.meta.version,
    firstDay: dataset.firstDay,
    lastDay: dataset.lastDay,
  })}\n`,
);
