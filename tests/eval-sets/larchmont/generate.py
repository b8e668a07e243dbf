"""Writes series.csv for larchmont.yaml (a university athletics programme, time zone America/Chicago).

Daily rows per asset x channel from publication to `now` (2025-10-12, a Sunday): impressions and likes for
every asset, video views only for videos (format short_video or video; posts have none). Per channel, rows
whose subject is the channel itself: a daily follower level (stock) and daily unfollows (a flow with
`better: down`), from 2025-01-01 to `now`. Every metric's data-through date is `now`, so no period is cut.
Deterministic (fixed seed, its own rows from _lib's series_gen pieces): run `python3 generate.py`."""
import datetime as dt
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import decay_levels, load_catalog, stock_rows, write_rows  # noqa: E402

NOW = dt.date(2025, 10, 12)
CHANNEL_FROM = dt.date(2025, 1, 1)
BASE = {"ig-larchmont": 58000, "tt-larchmont": 41000, "x-larchmont": 33500, "yt-larchmont": 12400,
        "th-larchmont": 6100}
GAIN = {"ig-larchmont": (10, 120), "tt-larchmont": (20, 190), "x-larchmont": (-20, 40), "yt-larchmont": (2, 30),
        "th-larchmont": (0, 35)}
UNFOLLOWS = {"ig-larchmont": (8, 40), "tt-larchmont": (10, 55), "x-larchmont": (12, 60), "yt-larchmont": (0, 9),
             "th-larchmont": (0, 12)}
PEAK = {"short_video": (6000, 30000), "video": (2500, 9000), "post": (3000, 14000)}
VIDEO = {"short_video", "video"}

rng = random.Random(20251012)
rows = []
for asset, ch, d, lvl in decay_levels(load_catalog(HERE, "larchmont.yaml"), rng, NOW, PEAK, (4, 18), (0.04, 0.12),
                                      (1.4, {5})):
    if asset["format"] in VIDEO:
        v = max(2, int(lvl * rng.uniform(0.8, 1.2)))
        rows.append((d, asset["id"], ch, "views", v))
        imps = int(v * rng.uniform(1.6, 2.6))
    else:
        imps = max(5, int(lvl * rng.uniform(0.8, 1.2) * 1.5))
    rows.append((d, asset["id"], ch, "impressions", imps))
    rows.append((d, asset["id"], ch, "likes", int(imps * rng.uniform(0.02, 0.045))))
stock_rows(rows, rng, BASE, CHANNEL_FROM, NOW, "followers", GAIN, flows={"unfollows": UNFOLLOWS})
write_rows(os.path.join(HERE, "series.csv"), rows, order=(0, 3, 1, 2))
print(f"wrote {len(rows)} rows")
