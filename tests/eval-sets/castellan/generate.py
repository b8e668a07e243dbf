"""Writes series.csv for castellan.yaml (a national symphony orchestra, time zone Europe/Vienna).

Daily rows per asset x channel from publication to `now` (2024-11-14, a Thursday): views and comments for
every asset, watch-hours for films and videos only (articles on the website have none). Subscribers are a
weekly level per YouTube and Facebook account, on Thursdays from 2024-03-07, so the last subscriber row falls
on `now` itself and every metric's data-through date is `now` (no period is ever cut). The website has no
subscriber rows. Deterministic (fixed seed, own code): run `python3 generate.py`."""
import csv
import datetime as dt
import math
import os
import random
import sys

sys.dont_write_bytecode = True
import yaml  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
NOW = dt.date(2024, 11, 14)
SUBS_FROM = dt.date(2024, 3, 7)
ONE = dt.timedelta(days=1)
BASE = {"yt-castellan": 212000, "fb-castellan": 96000}
GAIN = {"yt-castellan": (300, 1400), "fb-castellan": (-120, 500)}
PEAK = {"film": (9000, 26000), "short_video": (4000, 15000), "article": (1500, 5000)}


def days(a, b):
    while a <= b:
        yield a
        a += ONE


def main():
    assert NOW.weekday() == 3 and SUBS_FROM.weekday() == 3
    rng = random.Random(20241114)
    with open(os.path.join(HERE, "castellan.yaml"), encoding="utf8") as f:
        doc = yaml.safe_load(f)
    rows = []
    for asset in doc["assets"]:
        pub = dt.date.fromisoformat(str(asset["published"]))
        fmt = asset["format"]
        for ch in asset["channels"]:
            peak = rng.randint(*PEAK[fmt])
            decay = rng.uniform(12, 40)
            floor = rng.uniform(0.05, 0.14)
            for d in days(pub, NOW):
                age = (d - pub).days
                lvl = peak * (floor + (1 - floor) * math.exp(-age / decay)) * (1.3 if d.weekday() == 6 else 1.0)
                v = max(2, int(lvl * rng.uniform(0.8, 1.2)))
                rows.append((d, asset["id"], ch, "views", v))
                rows.append((d, asset["id"], ch, "comments", int(v * rng.uniform(0.002, 0.009))))
                if fmt != "article":
                    per_view = 0.35 if fmt == "film" else 0.06
                    rows.append((d, asset["id"], ch, "watch-hours", int(v * per_view * rng.uniform(0.8, 1.2))))
    for ch, level in BASE.items():
        for d in days(SUBS_FROM, NOW):
            if d.weekday() == 3:
                rows.append((d, ch, "", "subscribers", level))
                level += rng.randint(*GAIN[ch])
    rows.sort(key=lambda r: (r[1], r[2], r[3], r[0]))
    with open(os.path.join(HERE, "series.csv"), "w", newline="", encoding="utf8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["date", "subject", "channel", "metric", "value"])
        for r in rows:
            w.writerow([r[0].isoformat(), *r[1:]])
    print(f"wrote {len(rows)} rows")


main()
