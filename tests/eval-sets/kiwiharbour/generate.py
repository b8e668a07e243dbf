"""Writes series.csv for kiwiharbour.yaml. Deterministic: run `python3 generate.py`.

Daily rows per asset × channel (views, likes, comments, shares, watch-minutes) from publication to `now`
(2025-08-31, a Sunday and the last day of a month), weekly follower rows per channel on Mondays (so the level
at `now` is the row of Monday 2025-08-25), and campaign-level rows: gallery-screen plays of the Deep Time
exhibition (views, Sundays from April to November 2024; no channel, no language)."""
import datetime as dt
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import days, load_catalog, weekly_levels, write_rows  # noqa: E402

START = dt.date(2024, 3, 1)
END = dt.date(2025, 8, 31)  # the eval's `now`, a Sunday
rng = random.Random(20250831)
doc = load_catalog(HERE, "kiwiharbour.yaml")

# Each video's own audience size, so rankings separate clearly.
PEAK = {
    "zealandia-dinos": 30000, "moa-returns": 17000, "fossil-hunters": 9500, "waka-voyage": 21000,
    "tokyo-taonga": 13500, "kiwi-lab": 25500, "origami-space": 11000, "liquid-nitrogen": 19500,
    "quake-house": 7200, "nine-stars": 34000, "nga-whetu": 8600, "mana-moana": 23000,
}

rows = []
for asset in doc["assets"]:
    published = asset["published"]
    for ch in asset["channels"]:
        top = PEAK[asset["id"]] * rng.uniform(0.6, 1.4)
        for d in days(published, END):
            age = (d - published).days
            level = top * (0.08 + 0.92 * math.exp(-age / 18)) * (1.25 if d.weekday() >= 5 else 1.0)
            views = max(1, int(level * rng.uniform(0.75, 1.25)))
            rows.append((d, asset["id"], ch, "views", views))
            rows.append((d, asset["id"], ch, "likes", int(views * rng.uniform(0.03, 0.05))))
            rows.append((d, asset["id"], ch, "comments", int(views * rng.uniform(0.002, 0.006))))
            rows.append((d, asset["id"], ch, "shares", int(views * rng.uniform(0.004, 0.008))))
            rows.append((d, asset["id"], ch, "watch-minutes", int(views * rng.uniform(0.6, 1.1))))

for d in days(dt.date(2024, 4, 7), dt.date(2024, 11, 24)):
    if d.weekday() == 6:
        rows.append((d, "deep-time", "", "views", rng.randint(18000, 42000)))

levels = {"yt-whetu": 184000, "yt-whetu-reo": 21500, "tt-whetu": 52000, "ig-whetu": 96000, "fb-whetu": 143000,
          "li-whetu": 18800}
step = {"yt-whetu": (600, 1400), "yt-whetu-reo": (150, 400), "tt-whetu": (2500, 4200), "ig-whetu": (700, 1600),
        "fb-whetu": (-200, 500), "li-whetu": (100, 300)}
weekly_levels(rows, rng, levels, dt.date(2024, 3, 4), END, "followers", step, weekday=0)

write_rows(os.path.join(HERE, "series.csv"), rows)
print(f"wrote {len(rows)} rows")
