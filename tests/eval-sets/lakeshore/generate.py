"""Writes series.csv for lakeshore.yaml. Deterministic: run `python3 generate.py`."""
import datetime as dt
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import days, load_catalog, weekly_levels, write_rows  # noqa: E402

END = dt.date(2024, 8, 20)  # a few days past the eval's `now` on purpose
rng = random.Random(20240814)

doc = load_catalog(HERE, "lakeshore.yaml")

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
weekly_levels(rows, rng, levels, dt.date(2023, 10, 2), END, "subscribers", (-150, 1400))
for d in days(dt.date(2023, 10, 1), END):
    rows.append((d, "li-lakeshore", "", "impressions", rng.randint(4000, 9000)))

write_rows(os.path.join(HERE, "series.csv"), rows)
print(f"wrote {len(rows)} rows")
