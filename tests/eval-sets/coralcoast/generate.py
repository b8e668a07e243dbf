"""Writes series.csv for coralcoast.yaml (a coastal tourism board, time zone Australia/Brisbane).

Daily rows per video x channel (views, likes, shares, saves) from publication to `now` (2025-03-19, a
Wednesday), and a daily follower level per channel from 2024-06-01 to `now`, so every metric's data-through
date is `now` and the data-coverage (cut period) rules never come into play. Deterministic (fixed seed, its own
rows from _lib's series_gen pieces): run `python3 generate.py`."""
import datetime as dt
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import decay_levels, load_catalog, stock_rows, write_rows  # noqa: E402

NOW = dt.date(2025, 3, 19)
FOLLOWERS_FROM = dt.date(2024, 6, 1)
BASE = {"yt-coralcoast": 88000, "ig-coralcoast": 143000, "tt-coralcoast": 51000, "fb-coralcoast": 67000}
GAIN = {"yt-coralcoast": (20, 140), "ig-coralcoast": (60, 260), "tt-coralcoast": (90, 420), "fb-coralcoast": (-15, 60)}

rng = random.Random(20250319)
rows = []
for asset, ch, d, lvl in decay_levels(load_catalog(HERE, "coralcoast.yaml"), rng, NOW, (5000, 42000), (9, 30),
                                      (0.06, 0.16), (1.25, {5, 6})):
    v = max(3, int(lvl * rng.uniform(0.78, 1.22)))
    rows.append((d, asset["id"], ch, "views", v))
    rows.append((d, asset["id"], ch, "likes", int(v * rng.uniform(0.028, 0.052))))
    rows.append((d, asset["id"], ch, "shares", int(v * rng.uniform(0.003, 0.008))))
    rows.append((d, asset["id"], ch, "saves", int(v * rng.uniform(0.005, 0.013))))
stock_rows(rows, rng, BASE, FOLLOWERS_FROM, NOW, "followers", GAIN)
write_rows(os.path.join(HERE, "series.csv"), rows)
print(f"wrote {len(rows)} rows")
