import { describe, expect, it } from 'vitest';
import { SeriesBuilder } from '../../src/core/model/series-store.ts';

// The columnar builder: rows arrive in any order, in chunks of 65,536; series come out sorted by day, in the
// order first seen, their days, values and prefix sums views of shared buffers, every duplicate named.

/** A small deterministic generator: no Math.random in tests. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1_103_515_245) + 12_345) >>> 0;
    return s / 2 ** 32;
  };
}

interface Row {
  key: [string, string, string];
  day: number;
  value: number;
  row: number;
}

function reference(rows: readonly Row[]) {
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const k = r.key.join('/');
    const g = groups.get(k) ?? [];
    g.push(r);
    groups.set(k, g);
  }
  const duplicates: [number, number, number][] = [];
  const series = [...groups.values()].map((g) => {
    const sorted = [...g].sort((a, b) => a.day - b.day || a.row - b.row);
    for (let i = 1; i < sorted.length; i++)
      if (sorted[i]?.day === sorted[i - 1]?.day)
        duplicates.push([sorted[i]?.day ?? 0, sorted[i - 1]?.row ?? 0, sorted[i]?.row ?? 0]);
    return { key: g[0]?.key, days: sorted.map((r) => r.day), values: sorted.map((r) => r.value) };
  });
  return { series, duplicates };
}

describe('SeriesBuilder', () => {
  it('sorts unsorted rows across chunks and names duplicates across chunks, as a plain sort would', () => {
    const rand = lcg(7);
    const keys: [string, string, string][] = [
      ['a1', 'yt', 'views'],
      ['a1', '', 'views'],
      ['c1', '', 'likes'],
      ['a2', 'ig', 'views'],
    ];
    const rows: Row[] = [];
    // 150,000 rows: three chunks; days drawn from a range small enough that some repeat within a series.
    for (let i = 0; i < 150_000; i++)
      rows.push({
        key: keys[Math.floor(rand() * keys.length)] ?? ['a1', 'yt', 'views'],
        day: 19_000 + Math.floor(rand() * 60_000),
        value: Math.round(rand() * 1000) / 4,
        row: i + 2,
      });
    // One series arrives sorted: it takes the no-sort path.
    for (let i = 0; i < 1000; i++)
      rows.push({ key: ['yt', '', 'followers'], day: 20_000 + i, value: i, row: 150_002 + i });
    const builder = new SeriesBuilder();
    for (const r of rows) builder.add(...r.key, r.day, r.value, r.row);
    const duplicates: [number, number, number][] = [];
    const built = builder.build((day, first, second) => duplicates.push([day, first, second]));
    const expected = reference(rows);
    expect(expected.duplicates.length).toBeGreaterThan(0);
    expect(built.map((s) => [s.subject, s.channel, s.metric])).toEqual(expected.series.map((s) => s.key));
    built.forEach((s, i) => {
      expect([...s.days]).toEqual(expected.series[i]?.days);
      expect([...s.values]).toEqual(expected.series[i]?.values);
      let sum = 0;
      expect(s.prefix[0]).toBe(0);
      s.values.forEach((v, j) => {
        sum += v;
        expect(s.prefix[j + 1]).toBe(sum);
      });
    });
    expect(duplicates.sort((a, b) => a[2] - b[2])).toEqual(expected.duplicates.sort((a, b) => a[2] - b[2]));
    // Views of shared buffers, not an array per series.
    expect(built[0]?.days.buffer).toBe(built[1]?.days.buffer);
    expect(built[0]?.prefix.buffer).toBe(built[1]?.prefix.buffer);
  });

  it('a row code and a row by ids land in the same series', () => {
    const builder = new SeriesBuilder();
    const at = builder.seriesOf('a1', 'yt', 'views');
    builder.addTo(at, 5, 1, 2);
    builder.add('a1', 'yt', 'views', 3, 2, 3);
    const [s, ...rest] = builder.build(() => undefined);
    expect(rest).toEqual([]);
    expect([...(s?.days ?? [])]).toEqual([3, 5]);
    expect(s?.sum(0, 10)).toBe(3);
  });

  it('builds nothing from no rows, and is empty again after a build', () => {
    const builder = new SeriesBuilder();
    expect(builder.build(() => undefined)).toEqual([]);
    builder.add('a1', 'yt', 'views', 3, 2, 3);
    expect(builder.build(() => undefined)).toHaveLength(1);
    expect(builder.build(() => undefined)).toEqual([]);
  });
});
