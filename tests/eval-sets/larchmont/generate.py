"""Writes series.csv for larchmont.yaml (a university athletics programme, time zone America/Chicago).

Daily rows per asset x channel from publication to `now` (2025-10-12, a Sunday): impressions and likes for
every asset, video views only for videos (format short_video or video; posts have none). Per channel, rows
whose subject is the channel itself: a daily follower level (stock) and daily unfollows (a flow with
`better: down`), from 2025-01-01 to `now`. Every metric's data-through date is `now`, so no period is cut.
Deterministic (fixed seed, own code): run `python3 generate.py`."""
import csv
import datetime as dt
import math
import os
import random
import sys

sys.dont_write_bytecode = True
import yaml  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
NOW = dt.date(2025, 10, 12)
CHANNEL_FROM = dt.date(2025, 1, 1)
ONE = dt.timedelta(days=1)
BASE = {"ig-larchmont": 58000, "tt-larchmont": 41000, "x-larchmont": 33500, "yt-larchmont": 12400,
        "th-larchmont": 6100}
GAIN = {"ig-larchmont": (10, 120), "tt-larchmont": (20, 190), "x-larchmont": (-20, 40), "yt-larchmont": (2, 30),
        "th-larchmont": (0, 35)}
UNFOLLOWS = {"ig-larchmont": (8, 40), "tt-larchmont": (10, 55), "x-larchmont": (12, 60), "yt-larchmont": (0, 9),
             "th-larchmont": (0, 12)}
PEAK = {"short_video": (6000, 30000), "video": (2500, 9000), "post": (3000, 14000)}
VIDEO = {"short_video", "video"}


def days(a, b):
    while a <= b:
        yield a
        a += ONE


def main():
    rng = random.Random(20251012)
    with open(os.path.join(HERE, "larchmont.yaml"), encoding="utf8") as f:
        doc = yaml.safe_load(f)
    rows = []
    for asset in doc["assets"]:
        pub = dt.date.fromisoformat(str(asset["published"]))
        fmt = asset["format"]
        for ch in asset["channels"]:
            peak = rng.randint(*PEAK[fmt])
            decay = rng.uniform(4, 18)
            floor = rng.uniform(0.04, 0.12)
            for d in days(pub, NOW):
                age = (d - pub).days
                lvl = peak * (floor + (1 - floor) * math.exp(-age / decay)) * (1.4 if d.weekday() == 5 else 1.0)
                if fmt in VIDEO:
                    v = max(2, int(lvl * rng.uniform(0.8, 1.2)))
                    rows.append((d, asset["id"], ch, "views", v))
                    imps = int(v * rng.uniform(1.6, 2.6))
                else:
                    imps = max(5, int(lvl * rng.uniform(0.8, 1.2) * 1.5))
                rows.append((d, asset["id"], ch, "impressions", imps))
                rows.append((d, asset["id"], ch, "likes", int(imps * rng.uniform(0.02, 0.045))))
    for ch, level in BASE.items():
        for d in days(CHANNEL_FROM, NOW):
            rows.append((d, ch, "", "followers", level))
            rows.append((d, ch, "", "unfollows", rng.randint(*UNFOLLOWS[ch])))
            level += rng.randint(*GAIN[ch])
    rows.sort(key=lambda r: (r[0], r[3], r[1], r[2]))
    with open(os.path.join(HERE, "series.csv"), "w", newline="", encoding="utf8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["date", "subject", "channel", "metric", "value"])
        for r in rows:
            w.writerow([r[0].isoformat(), *r[1:]])
    print(f"wrote {len(rows)} rows")


main()
