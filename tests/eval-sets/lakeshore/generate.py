"""Writes series.csv for lakeshore.yaml. Deterministic: run `python3 generate.py`."""
import csv
import datetime as dt
import math
import os
import random

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
END = dt.date(2024, 8, 20)  # a few days past the eval's `now` on purpose
rng = random.Random(20240814)

with open(os.path.join(HERE, "lakeshore.yaml"), encoding="utf8") as f:
    doc = yaml.safe_load(f)


def days(start, end):
    d = start
    while d <= end:
        yield d
        d += dt.timedelta(days=1)


rows = []
for asset in doc["assets"]:
    stop = dt.date(2024, 7, 15) if asset["campaign"] == "science-nights" else END
    for ch in asset["channels"]:
        peak = rng.randint(3000, 24000)
        for d in days(asset["published"], stop):
            age = (d - asset["published"]).days
            level = peak * (0.12 + 0.88 * math.exp(-age / 25)) * (1.15 if d.weekday() >= 5 else 1.0)
            plays = max(1, int(level * rng.uniform(0.7, 1.3)))
            if asset["format"] != "article":
                rows.append((d, asset["id"], ch, "plays", plays))
                rows.append((d, asset["id"], ch, "watch-minutes", int(plays * rng.uniform(0.9, 1.8))))
            rows.append((d, asset["id"], ch, "comments", int(plays * rng.uniform(0.004, 0.02))))
            rows.append((d, asset["id"], ch, "impressions", int(plays * rng.uniform(2.5, 4.0))))

# Campaign-level rows (subject = campaign id, no channel).
for d in days(dt.date(2023, 10, 1), END):
    rows.append((d, "study-in-lakeshore", "", "reach", rng.randint(30000, 70000)))
    if d.weekday() == 0:
        rows.append((d, "study-in-lakeshore", "", "plays", rng.randint(20000, 45000)))  # paid pre-roll
for d in days(dt.date(2024, 1, 8), dt.date(2024, 3, 31)):
    rows.append((d, "open-campus-2024", "", "reach", rng.randint(15000, 40000)))

# Channel-level rows: weekly subscriber levels (stock) and LinkedIn page impressions.
levels = {"yt-lakeshore": 84000, "fb-lakeshore": 121000, "li-lakeshore": 56000, "bili-lakeshore": 23000, "weibo-lakeshore": 39000}
for ch, level in levels.items():
    for d in days(dt.date(2023, 10, 2), END):
        if d.weekday() == 0:
            rows.append((d, ch, "", "subscribers", level))
            level += rng.randint(-150, 1400)
for d in days(dt.date(2023, 10, 1), END):
    rows.append((d, "li-lakeshore", "", "impressions", rng.randint(4000, 9000)))

rows.sort(key=lambda r: (r[0], r[1], r[2], r[3]))
with open(os.path.join(HERE, "series.csv"), "w", newline="", encoding="utf8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["date", "subject", "channel", "metric", "value"])
    for d, s, c, m, v in rows:
        w.writerow([d.isoformat(), s, c, m, v])
print(f"wrote {len(rows)} rows")
