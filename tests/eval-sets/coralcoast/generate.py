"""Writes series.csv for coralcoast.yaml (a coastal tourism board, time zone Australia/Brisbane).

Daily rows per video x channel (views, likes, shares, saves) from publication to `now` (2025-03-19, a
Wednesday), and a daily follower level per channel from 2024-06-01 to `now`, so every metric's data-through
date is `now` and the data-coverage (cut period) rules never come into play. Deterministic (fixed seed, own
code, no _lib generator): run `python3 generate.py`."""
import csv
import datetime as dt
import math
import os
import random
import sys

sys.dont_write_bytecode = True
import yaml  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
NOW = dt.date(2025, 3, 19)
FOLLOWERS_FROM = dt.date(2024, 6, 1)
ONE = dt.timedelta(days=1)
BASE = {"yt-coralcoast": 88000, "ig-coralcoast": 143000, "tt-coralcoast": 51000, "fb-coralcoast": 67000}
GAIN = {"yt-coralcoast": (20, 140), "ig-coralcoast": (60, 260), "tt-coralcoast": (90, 420), "fb-coralcoast": (-15, 60)}


def days(a, b):
    while a <= b:
        yield a
        a += ONE


def main():
    rng = random.Random(20250319)
    with open(os.path.join(HERE, "coralcoast.yaml"), encoding="utf8") as f:
        doc = yaml.safe_load(f)
    rows = []
    for asset in doc["assets"]:
        pub = dt.date.fromisoformat(str(asset["published"]))
        for ch in asset["channels"]:
            peak = rng.randint(5000, 42000)
            decay = rng.uniform(9, 30)
            floor = rng.uniform(0.06, 0.16)
            for d in days(pub, NOW):
                age = (d - pub).days
                lvl = peak * (floor + (1 - floor) * math.exp(-age / decay)) * (1.25 if d.weekday() >= 5 else 1.0)
                v = max(3, int(lvl * rng.uniform(0.78, 1.22)))
                rows.append((d, asset["id"], ch, "views", v))
                rows.append((d, asset["id"], ch, "likes", int(v * rng.uniform(0.028, 0.052))))
                rows.append((d, asset["id"], ch, "shares", int(v * rng.uniform(0.003, 0.008))))
                rows.append((d, asset["id"], ch, "saves", int(v * rng.uniform(0.005, 0.013))))
    for ch, level in BASE.items():
        for d in days(FOLLOWERS_FROM, NOW):
            rows.append((d, ch, "", "followers", level))
            level += rng.randint(*GAIN[ch])
    rows.sort(key=lambda r: (r[0], r[1], r[2], r[3]))
    with open(os.path.join(HERE, "series.csv"), "w", newline="", encoding="utf8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["date", "subject", "channel", "metric", "value"])
        for r in rows:
            w.writerow([r[0].isoformat(), *r[1:]])
    print(f"wrote {len(rows)} rows")


main()
