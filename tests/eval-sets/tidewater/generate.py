"""Writes series.csv for tidewater.yaml in the shape of the public sample: daily rows per asset × channel
(views, likes, shares, watch-hours) from publication to END, and weekly follower rows per channel on Wednesdays.
Deterministic: run `python3 generate.py`."""
import csv
import datetime as dt
import math
import os
import random

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
START = dt.date(2024, 1, 3)
END = dt.date(2024, 10, 9)  # the eval's `now`
rng = random.Random(20241009)

with open(os.path.join(HERE, "tidewater.yaml"), encoding="utf8") as f:
    doc = yaml.safe_load(f)


def days(start, end):
    d = start
    while d <= end:
        yield d
        d += dt.timedelta(days=1)


rows = []
for asset in doc["assets"]:
    published = dt.date.fromisoformat(str(asset["published"]))
    # As in the public sample, rows go on after a campaign's end date.
    for ch in asset["channels"]:
        peak = rng.randint(11000, 36000)
        for d in days(published, END):
            age = (d - published).days
            level = peak * (0.1 + 0.9 * math.exp(-age / 15)) * (1.2 if d.weekday() >= 5 else 1.0)
            views = max(1, int(level * rng.uniform(0.75, 1.25)))
            rows.append((d, asset["id"], ch, "views", views))
            rows.append((d, asset["id"], ch, "likes", int(views * rng.uniform(0.03, 0.045))))
            rows.append((d, asset["id"], ch, "shares", int(views * rng.uniform(0.004, 0.007))))
            rows.append((d, asset["id"], ch, "watch-hours", int(views * rng.uniform(0.015, 0.022))))

base = {"yt-tidewater": 96000, "ig-tidewater": 158000, "tt-tidewater": 61000, "x-tidewater": 38000}
step = {"yt-tidewater": (900, 1700), "ig-tidewater": (1500, 2600), "tt-tidewater": (2900, 4800), "x-tidewater": (-300, 200)}
for ch, level in base.items():
    for d in days(START, END):
        if d.weekday() == 2:
            rows.append((d, ch, "", "followers", level))
            level += rng.randint(*step[ch])

rows.sort(key=lambda r: (r[1], r[2], r[0], r[3]))
with open(os.path.join(HERE, "series.csv"), "w", newline="", encoding="utf8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["date", "subject", "channel", "metric", "value"])
    for r in rows:
        w.writerow([r[0].isoformat(), *r[1:]])
print(f"wrote {len(rows)} rows")
