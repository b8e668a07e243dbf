import { describe, expect, it } from 'vitest';
import { measure } from '../../src/core/engine/measure.ts';
import { readings, sumOf } from '../../src/core/engine/readings.ts';
import type { TaggedSeries } from '../../src/core/model/dataset.ts';
import { Series } from '../../src/core/model/series-store.ts';
import type { Metric } from '../../src/core/model/types.ts';

// Readings take shortcuts (a row every day found by its distance from the first; a list read twice packed
// flat): each must give what the series' own sum, count and level give, to the last bit.

const flow: Metric = { id: 'views', label: 'Views', kind: 'flow', aliases: [] };
const stock: Metric = { id: 'followers', label: 'Followers', kind: 'stock', aliases: [] };

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

function seriesList(rand: () => number): TaggedSeries[] {
  const out: TaggedSeries[] = [];
  for (let k = 0; k < 40; k++) {
    const start = Math.floor(rand() * 60);
    const rows = Math.floor(rand() * 30);
    // Every other series has a row every day; the rest skip days at random.
    const daily = k % 2 === 0;
    const days: number[] = [];
    let d = start;
    for (let i = 0; i < rows; i++) {
      days.push(d);
      d += daily ? 1 : 1 + Math.floor(rand() * 4);
    }
    const values = days.map(() => Math.round(rand() * 1000) / 7);
    const s = new Series(`s${k}`, '', 'views', Int32Array.from(days), Float64Array.from(values));
    out.push({ series: s, markets: [] });
  }
  return out;
}

/** Ranges from `start` days on, up to `span` days long. */
function ranges(rand: () => number, count: number, start: number, span: number): [number, number][] {
  return Array.from({ length: count }, () => {
    const from = Math.floor(rand() * start);
    return [from, from + Math.floor(rand() * span)];
  });
}

describe('readings', () => {
  it('give each series its own sum and row count over any range, packed or not', () => {
    const rand = random(7);
    const list = seriesList(rand);
    for (let n = 0; n < 300; n++) {
      const from = Math.floor(rand() * 120) - 10;
      const to = from + Math.floor(rand() * 60) - 5;
      // The first read is direct, later ones packed.
      for (let pass = 0; pass < 3; pass++) {
        const r = readings(flow, list, from, to, false);
        list.forEach((t, i) => {
          expect(r.value[i]).toBe(t.series.sum(from, to));
          expect(r.support[i]).toBe(t.series.count(from, to));
        });
      }
    }
  });

  it('sum a list in its order, as measure does', () => {
    const rand = random(11);
    const list = seriesList(rand);
    for (const [from, to] of ranges(rand, 50, 100, 40)) {
      let value = 0;
      let support = 0;
      for (const t of list) {
        value += t.series.sum(from, to);
        support += t.series.count(from, to);
      }
      expect(sumOf(readings(flow, list, from, to, false))).toEqual({ value, support });
      expect(measure(flow, list, from, to, false)).toEqual({ value, support });
    }
  });

  it("read a stock's level and its change as the series' own level does", () => {
    const rand = random(3);
    const list = seriesList(rand);
    for (const [from, to] of ranges(rand, 100, 100, 40)) {
      for (const change of [false, true]) {
        const r = readings(stock, list, from, to, change);
        list.forEach((t, i) => {
          const end = t.series.at(to);
          expect(r.support[i]).toBe(end === undefined ? 0 : 1);
          expect(r.value[i]).toBe(end === undefined ? 0 : change ? end - (t.series.at(from - 1) ?? 0) : end);
        });
      }
    }
  });
});
