// Writes data/series.csv: plausible daily figures for the sample in data/pulse.yaml. The catalog (campaigns,
// videos, accounts, awards, rankings) follows the seed story; the daily numbers are invented, deterministic
// (seeded) and labelled as sample data in the YAML (its `sample` key). Run: npx tsx scripts/generate-sample-data.ts
import { writeFileSync } from 'node:fs';
import { formatDay, parseDay } from '../src/core/model/dates.ts';

let seed = 20211008;
const random = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

// The tail ends on a fixed day: `sample: relative_to: today` in pulse.yaml moves every date forward by whole weeks at
// load, so the figures end yesterday whatever the date. Keep END (and the seed) as they are: tests and eval sets
// ask about this file with a fixed --now and its figures.
const END = parseDay('2026-11-25') ?? 0;
const FLOWS: [string, number][] = [
  ['views', 1],
  ['likes', 0.035],
  ['shares', 0.006],
  ['comments', 0.004],
];

// [asset id, published, channels, lifetime views target, decay days]
const ASSETS: [string, string, string[], number, number][] = [
  ['life-aesthetics-ep1', '2021-03-05', ['yt-chengduplus', 'ig-hellochengdu'], 1_800_000, 40],
  ['life-aesthetics-ep2', '2021-05-14', ['yt-chengduplus', 'ig-hellochengdu'], 1_350_000, 40],
  ['stay-in-chengdu', '2021-06-10', ['yt-chengduplus', 'ig-hellochengdu'], 26_000_000, 25],
  ['chengdu-handbook-ja', '2021-04-20', ['yt-chengduplus'], 2_400_000, 35],
  ['universiade-promo', '2021-07-01', ['yt-chengduplus', 'ig-hellochengdu'], 5_200_000, 30],
  ['park-black-tech', '2021-05-28', ['yt-chengduplus'], 900_000, 30],
  ['jianshe-road-challenge', '2021-07-22', ['yt-chengduplus', 'ig-hellochengdu'], 1_600_000, 30],
];

const rows: string[] = ['date,subject,channel,metric,value'];
for (const [id, published, channels, lifetime, decay] of ASSETS) {
  const start = parseDay(published) ?? 0;
  for (const [c, channel] of channels.entries()) {
    const share = channels.length === 1 ? 1 : c === 0 ? 0.64 : 0.36;
    for (let day = start; day <= END; day++) {
      const age = day - start;
      const daily = (lifetime * share * Math.exp(-age / decay)) / decay + lifetime * share * 0.00004;
      const views = Math.max(1, Math.round(daily * (0.8 + random() * 0.4)));
      for (const [metric, ratio] of FLOWS) {
        const value = metric === 'views' ? views : Math.round(views * ratio * (0.7 + random() * 0.6));
        rows.push(`${formatDay(day)},${id},${channel},${metric},${value}`);
      }
    }
  }
}

// Followers: a weekly level per account (stock), rising with the big releases.
const FOLLOWERS: [string, number, number][] = [
  ['yt-chengduplus', 412_000, 2_900],
  ['ig-hellochengdu', 158_000, 1_700],
];
const first = parseDay('2021-01-04') ?? 0;
for (const [channel, base, weekly] of FOLLOWERS) {
  let level = base;
  for (let day = first; day <= END; day += 7) {
    level += Math.round(weekly * (0.6 + random() * 0.9));
    rows.push(`${formatDay(day)},${channel},,followers,${level}`);
  }
}

writeFileSync(new URL('../data/series.csv', import.meta.url), `${rows.join('\n')}\n`);
process.stdout.write(`wrote ${rows.length - 1} rows\n`);
