import { aggregations, type Figures, sameFigures } from './aggregations.ts';
import type { GeneratedData } from './generate-data.ts';
import { line, pad, ratio, type TargetResult } from './report.ts';
import type { LoadPhase, Side } from './side.ts';
import { ms, timeMedian } from './stats.ts';

// Every side loads the same rows, then answers the seven aggregations; the first side (Pulse) is timed
// against each of the others and every side's figures against each other's.

export interface Loaded {
  side: Side;
  phases: LoadPhase[];
  /** Why the side could not load; it then sits out the aggregations. */
  error?: string;
}

export async function loadSides(sides: Side[], data: GeneratedData): Promise<Loaded[]> {
  const widths = [8, 52, 10, 10];
  line(pad(['side', 'phase', 'wall', 'CPU'], widths));
  const loaded: Loaded[] = [];
  for (const side of sides) {
    try {
      const phases = await side.load(data);
      for (const p of phases) line(pad([side.name, p.label, ms(p.ms), ms(p.cpuMs)], widths));
      if (phases.length > 1) {
        const total = (key: 'ms' | 'cpuMs') => ms(phases.reduce((s, p) => s + p[key], 0));
        line(pad([side.name, 'total', total('ms'), total('cpuMs')], widths));
      }
      loaded.push({ side, phases });
    } catch (error) {
      const message = (error as Error).message.split('\n')[0] ?? String(error);
      line(pad([side.name, `FAILED: ${message}`], widths));
      loaded.push({ side, phases: [], error: message });
      await side.close();
    }
  }
  return loaded;
}

const shown = (f: Figures): string =>
  f.length === 1 ? (f[0]?.[1] ?? 0).toLocaleString('en') : `${f.length} groups`;

export async function compareSides(
  loaded: Loaded[],
  data: GeneratedData,
  now: string,
): Promise<TargetResult[]> {
  const [pulse, ...others] = loaded;
  if (!pulse) return [];
  const names = loaded.map((l) => l.side.name);
  const widths = [30, ...names.map(() => 10), ...others.map(() => 10), 4, 14];
  line(pad(['aggregation', ...names, ...others.map((o) => `vs ${o.side.name}`), 'same', 'figure'], widths));
  const notFaster = new Map(others.map((o) => [o.side.name, 0]));
  let mismatches = 0;
  for (const agg of aggregations(data.catalog, data.firstDay, now)) {
    const times: (number | undefined)[] = [];
    const figures: Figures[] = [];
    for (const l of loaded) {
      if (l.error) {
        times.push(undefined);
        continue;
      }
      const query = await l.side.query(agg);
      // The first call warms the side (plans, caches) and gives the figures the others are checked against.
      figures.push(await query());
      times.push(await timeMedian(query, 400, 5));
    }
    const [reference, ...rest] = figures;
    const same = reference !== undefined && rest.every((f) => sameFigures(reference, f, agg.ordered));
    if (!same) {
      mismatches++;
      const named = loaded
        .filter((l) => !l.error)
        .map((l, i) => `${l.side.name} ${JSON.stringify(figures[i])}`);
      line(`  ✗ ${agg.name}: ${named.join(' vs ')}`);
    }
    const mine = times[0];
    const speedUps = others.map((o, i) => {
      const theirs = times[i + 1];
      if (mine === undefined || theirs === undefined) return '—';
      if (theirs <= mine) notFaster.set(o.side.name, (notFaster.get(o.side.name) ?? 0) + 1);
      return ratio(theirs / mine);
    });
    const cells = times.map((t) => (t === undefined ? '—' : ms(t)));
    line(
      pad([agg.name, ...cells, ...speedUps, same ? '✓' : '✗', reference ? shown(reference) : '—'], widths),
    );
  }
  const pulseLoaded = !pulse.error;
  return [
    ...others.map((o) => {
      const n = notFaster.get(o.side.name) ?? 0;
      const ran = pulseLoaded && !o.error;
      return {
        target: `every aggregation faster than ${o.side.name}`,
        figure: ran ? `${n} not faster` : 'not run',
        pass: ran && n === 0,
      };
    }),
    {
      target: `same figures (${names.join(', ')})`,
      figure: loaded.some((l) => l.error)
        ? `${mismatches} mismatch(es); not loaded: ${loaded
            .filter((l) => l.error)
            .map((l) => l.side.name)
            .join(', ')}`
        : `${mismatches} mismatch(es)`,
      pass: mismatches === 0 && loaded.every((l) => !l.error),
    },
  ];
}
