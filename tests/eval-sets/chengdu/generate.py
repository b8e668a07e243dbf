"""Writes series.csv for chengdu.yaml. Deterministic: run `python3 generate.py`.
History before 2022 is kept as weekly totals dated on Sundays (a backfill), from
2022 on as daily rows, so periods must cut flows by row date, nothing else."""
import datetime as dt
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import days, load_catalog, weekly_levels, write_rows  # noqa: E402

END = dt.date(2022, 10, 8)
DAILY_FROM = dt.date(2022, 1, 1)
rng = random.Random(20221008)

doc = load_catalog(HERE, "chengdu.yaml")

rows = []
for asset in doc["assets"]:
    for ch in asset["channels"]:
        peak = rng.randint(8000, 60000)
        week = {"views": 0, "likes": 0}
        for d in days(asset["published"], END):
            age = (d - asset["published"]).days
            level = peak * (0.08 + 0.92 * math.exp(-age / 40))
            views = max(1, int(level * rng.uniform(0.75, 1.25)))
            likes = int(views * rng.uniform(0.02, 0.06))
            if d >= DAILY_FROM:
                rows += [(d, asset["id"], ch, "views", views), (d, asset["id"], ch, "likes", likes)]
            else:
                week["views"] += views
                week["likes"] += likes
                if d.weekday() == 6 or d == DAILY_FROM - dt.timedelta(days=1):
                    rows += [(d, asset["id"], ch, m, v) for m, v in week.items()]
                    week = {"views": 0, "likes": 0}
            if d.weekday() == 6:  # shares and comments arrive as weekly totals
                rows.append((d, asset["id"], ch, "shares", int(views * 7 * rng.uniform(0.003, 0.01))))
                rows.append((d, asset["id"], ch, "comments", int(views * 7 * rng.uniform(0.001, 0.004))))

# Campaign-level rows: partner-TV replays (views) and offline shares.
for d in days(dt.date(2021, 5, 3), END):
    if d.weekday() == 0:
        rows.append((d, "one-country-one-policy", "", "views", rng.randint(50000, 150000)))
for d in days(dt.date(2021, 5, 20), dt.date(2022, 6, 30)):
    rows.append((d, "universiade", "", "shares", rng.randint(150, 600)))

# Weekly follower levels per channel (X is kept inline in the YAML).
levels = {"yt-chengduplus": 310000, "ig-hellochengdu": 182000, "fb-chengdu": 95000, "tt-chengdu": 40000}
weekly_levels(rows, rng, levels, dt.date(2021, 3, 1), END, "followers", (-200, 2600))

write_rows(os.path.join(HERE, "series.csv"), rows)
print(f"wrote {len(rows)} rows")
