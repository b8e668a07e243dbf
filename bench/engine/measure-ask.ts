import { PerformanceObserver } from 'node:perf_hooks';
import type { PulseService } from '../../src/app/pulse-types.ts';
import { line, type TargetResult } from './report.ts';
import { ms, percentile } from './stats.ts';

// `ask` latency through the service: a warm-up pass (it builds the lexicon), then every question `passes`
// times, with the garbage collector's pauses counted alongside since they make most of the tail.

export async function measureAsk(
  service: PulseService,
  questions: string[],
  passes: number,
  targets: { p50?: number; p99: number },
): Promise<TargetResult[]> {
  let t = performance.now();
  await service.ask(questions[0] ?? '');
  line(`first question (builds the lexicon): ${ms(performance.now() - t)}`);
  for (const q of questions) await service.ask(q);
  (globalThis as { gc?: () => void }).gc?.();

  const pauses: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push(e.duration);
  });
  observer.observe({ entryTypes: ['gc'] });
  const samples: number[] = [];
  const worst = new Map<string, number>();
  const ops = new Map<string, number>();
  for (let pass = 0; pass < passes; pass++) {
    for (const q of questions) {
      t = performance.now();
      const a = await service.ask(q);
      const took = performance.now() - t;
      samples.push(took);
      worst.set(q, Math.max(worst.get(q) ?? 0, took));
      if (pass === 0) ops.set(a.plan.op, (ops.get(a.plan.op) ?? 0) + 1);
    }
  }
  // GC entries are delivered asynchronously: give them a moment before reading.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();

  const [p50, p95, p99, max] = [50, 95, 99, 100].map((p) => percentile(samples, p));
  line(
    `${questions.length} questions × ${passes} passes: p50 ${ms(p50 ?? 0)}, p95 ${ms(p95 ?? 0)}, ` +
      `p99 ${ms(p99 ?? 0)}, max ${ms(max ?? 0)}`,
  );
  line(`plans: ${[...ops].map(([op, n]) => `${op} ${n}`).join(', ')}`);
  line(
    `GC during the passes: ${pauses.length} pauses, ${ms(pauses.reduce((s, p) => s + p, 0))} in all, ` +
      `longest ${ms(Math.max(0, ...pauses))}`,
  );
  const slowest = [...worst].sort((a, b) => b[1] - a[1]).slice(0, 3);
  line(`slowest: ${slowest.map(([q, v]) => `${ms(v)} "${q}"`).join('; ')}`);
  const results: TargetResult[] = [];
  if (targets.p50 !== undefined)
    results.push({
      target: `ask p50 <= ${targets.p50} ms`,
      figure: ms(p50 ?? 0),
      pass: (p50 ?? 0) <= targets.p50,
    });
  return [
    ...results,
    { target: `ask p99 <= ${targets.p99} ms`, figure: ms(p99 ?? 0), pass: (p99 ?? 0) <= targets.p99 },
  ];
}
