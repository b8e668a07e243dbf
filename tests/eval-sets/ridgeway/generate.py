"""Writes series.csv for ridgeway.yaml. Deterministic: run `python3 generate.py`.

- Daily rows per asset × channel (views, likes, comments, shares, watch-time in minutes) from publication to
  `now` (2025-07-02). Views fall off after publication to a long tail, are ~35% higher on Saturdays and Sundays
  (people plan trips at the weekend), grow with each channel's audience over the months, and winter videos get a
  winter lift and summer videos a summer lift. Watch time per view depends on the platform (YouTube longest).
- A channel-level flow series: Instagram Stories views (subject ig-ridgeway, no asset) every day from
  2024-08-01.
- Campaign-level rows: Deep Snow in-store screen views every Saturday from 2024-12-07 to 2025-02-22, and Summit
  Season newsletter shares on the last day of each month from May to September 2024.
- Follower rows (stock) per channel every Tuesday from 2024-05-07. X (RidgewayGear) loses followers in
  November 2024, February 2025, May 2025 and June 2025; the others grow.
- Two ties are made on purpose (see TIES below): expected.py asserts them."""
import datetime as dt
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import days, load_catalog, write_rows  # noqa: E402

START = dt.date(2024, 5, 1)
END = dt.date(2025, 7, 2)  # the eval's `now`, a Wednesday
rng = random.Random(20250702)
doc = load_catalog(HERE, "ridgeway.yaml")

PEAK = {
    "fourteeners-at-dawn": 9000, "packing-light": 5200, "longs-peak": 7400, "mud-sweat-switchbacks": 6100,
    "shoe-test-50k": 8300, "night-run": 11800, "avalanche-basics": 10400, "berthoud-pass": 6900,
    "hut-trip-diaries": 7800, "first-descent": 8000,
}
SEASON = {  # months with a lift (x1.4) and months with a dip (x0.7)
    "fourteeners-at-dawn": ({6, 7, 8}, {12, 1, 2}), "packing-light": ({6, 7, 8}, {12, 1, 2}),
    "longs-peak": ({7, 8, 9}, {12, 1, 2}), "mud-sweat-switchbacks": ({9, 10, 5}, {1, 2}),
    "shoe-test-50k": ({10, 4, 5}, {1}), "night-run": ({5, 6}, set()), "avalanche-basics": ({12, 1, 2}, {7, 8}),
    "berthoud-pass": ({1, 2, 3}, {6, 7, 8}), "hut-trip-diaries": ({2, 3}, {6, 7, 8}), "first-descent": ({6, 7}, set()),
}
CH_WEIGHT = {"yt-ridgeway": 1.0, "tt-ridgeway": 1.6, "ig-ridgeway": 0.8, "fb-ridgeway": 0.45, "x-ridgeway": 0.25}
WATCH = {"yt-ridgeway": (2.6, 3.8), "tt-ridgeway": (0.35, 0.55), "ig-ridgeway": (0.4, 0.6), "fb-ridgeway": (0.9, 1.4),
         "x-ridgeway": (0.2, 0.35)}
GROWTH = {"yt-ridgeway": 0.03, "tt-ridgeway": 0.06, "ig-ridgeway": 0.035, "fb-ridgeway": 0.005, "x-ridgeway": -0.01}


def months_since_start(d):
    return (d.year - START.year) * 12 + d.month - START.month + (d.day - 1) / 31


def weekend(d):
    return 1.35 if d.weekday() >= 5 else 1.0


rows = []
for asset in doc["assets"]:
    aid, published = asset["id"], asset["published"]
    lift, dip = SEASON[aid]
    for ch in asset["channels"]:
        top = PEAK[aid] * CH_WEIGHT[ch] * rng.uniform(0.8, 1.2)
        for d in days(published, END):
            age = (d - published).days
            season = 1.4 if d.month in lift else 0.7 if d.month in dip else 1.0
            audience = 1 + GROWTH[ch] * months_since_start(d)
            level = top * (0.12 + 0.88 * math.exp(-age / 25)) * weekend(d) * season * audience
            views = max(3, int(level * rng.uniform(0.8, 1.2)))
            rows.append([d, aid, ch, "views", views])
            rows.append([d, aid, ch, "likes", int(views * rng.uniform(0.035, 0.05))])
            rows.append([d, aid, ch, "comments", int(views * rng.uniform(0.003, 0.006))])
            rows.append([d, aid, ch, "shares", int(views * rng.uniform(0.004, 0.008))])
            rows.append([d, aid, ch, "watch-time", int(views * rng.uniform(*WATCH[ch]))])

# Channel-level flow: Instagram Stories views, daily.
for d in days(dt.date(2024, 8, 1), END):
    rows.append([d, "ig-ridgeway", "", "views", int(2400 * weekend(d) * (1 + 0.03 * months_since_start(d))
                                                      * rng.uniform(0.85, 1.15))])
# Campaign-level rows.
for d in days(dt.date(2024, 12, 7), dt.date(2025, 2, 22), 7):
    rows.append([d, "deep-snow", "", "views", rng.randint(18000, 32000)])
for m in range(5, 10):
    last = dt.date(2024, m + 1, 1) - dt.timedelta(days=1)
    rows.append([last, "summit-season", "", "shares", rng.randint(900, 1600)])

# Followers, every Tuesday.
LEVEL = {"yt-ridgeway": 84200, "tt-ridgeway": 121500, "ig-ridgeway": 97300, "fb-ridgeway": 45800, "x-ridgeway": 23900}
STEP = {"yt-ridgeway": (300, 900), "tt-ridgeway": (900, 2600), "ig-ridgeway": (250, 800), "fb-ridgeway": (20, 160),
        "x-ridgeway": (-20, 90)}
X_LOSING = {(2024, 11), (2025, 2), (2025, 5), (2025, 6)}
for ch, level in LEVEL.items():
    for d in days(dt.date(2024, 5, 7), END, 7):
        if ch == "x-ridgeway" and (d.year, d.month) in X_LOSING:
            level += rng.randint(-260, -60)
        else:
            level += rng.randint(*STEP[ch])
        rows.append([d, ch, "", "followers", level])

# TIES (made on purpose, asserted in expected.py):
# 1. last week (2025-06-23..29) Packing Light and Skinning Up Berthoud Pass have the same number of comments, the
#    fewest of any video;
# 2. in May 2025 The 50K Shoe Test and Avalanche Basics have the same likes, 3rd and 4th of the videos.


def total(aid, metric, a, b):
    return sum(r[4] for r in rows if r[1] == aid and r[3] == metric and a <= r[0] <= b)


def make_equal(keep, move, metric, a, b, day, ch):
    diff = total(keep, metric, a, b) - total(move, metric, a, b)
    row = next(r for r in rows if r[0] == day and r[1] == move and r[2] == ch and r[3] == metric)
    assert row[4] + diff >= 0, (keep, move, diff)
    row[4] += diff


make_equal("berthoud-pass", "packing-light", "comments", dt.date(2025, 6, 23), dt.date(2025, 6, 29),
           dt.date(2025, 6, 28), "yt-ridgeway")
make_equal("shoe-test-50k", "avalanche-basics", "likes", dt.date(2025, 5, 1), dt.date(2025, 5, 31),
           dt.date(2025, 5, 17), "tt-ridgeway")

write_rows(os.path.join(HERE, "series.csv"), [tuple(r) for r in rows])
print(f"wrote {len(rows)} rows")
