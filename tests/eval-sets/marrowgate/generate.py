"""Writes series.csv for marrowgate.yaml with the shared generator for harbourview-shaped sets
(_lib/series_gen.py): daily rows per video × channel (views, likes, shares, watch-hours) from publication to
`now` (2025-10-30, a Thursday) and follower rows per channel on Sundays from 2024-09-01 (so the level at `now` is
the row of Sunday 2025-10-26), then adds a few campaign-level view rows (no channel):
- Tiles of Marrowgate: old-town festival screens on the 15th of every month from 2024-10-15, and one partner-TV
  row on Monday 2025-10-20 (inside "last week");
- Marrowgate River Regatta 2025: riverside screens every Saturday from 2025-05-03 to 2025-09-27 (after its end
  date, as in the public sample's rows).
Marrowgate After Dark has no campaign-level rows. Deterministic: run `python3 generate.py`."""
import datetime as dt
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import days, generate, write_rows  # noqa: E402

START = dt.date(2024, 9, 1)  # a Sunday
END = dt.date(2025, 10, 30)  # the eval's `now`
base = {"yt-visit": 184000, "yt-heritage": 61000, "ig-visit": 142000, "tt-visit": 97000, "fb-visit": 73000}
step = {"yt-visit": (900, 2400), "yt-heritage": (200, 700), "ig-visit": (700, 1900), "tt-visit": (1200, 3100),
        "fb-visit": (50, 400)}

rows = generate(HERE, "marrowgate.yaml", START, END, seed=20251030, peak=(9000, 38000), decay=24,
                base=base, step=step, follower_weekday=6)
rng = random.Random(1030)
extra = []
for d in days(dt.date(2024, 10, 15), END):
    if d.day == 15:
        extra.append((d, "tiles-of-marrowgate", "", "views", rng.randint(6000, 14000)))
extra.append((dt.date(2025, 10, 20), "tiles-of-marrowgate", "", "views", 21750))
for d in days(dt.date(2025, 5, 3), dt.date(2025, 9, 27), 7):
    extra.append((d, "regatta-2025", "", "views", rng.randint(2500, 5200)))
rows += extra
write_rows(os.path.join(HERE, "series.csv"), rows, by_subject=True)
print(f"added {len(extra)} campaign-level rows; {len(rows)} rows in all")
