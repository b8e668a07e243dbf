"""Writes series.csv for jadeport.yaml with the shared generator for harbourview-shaped sets
(_lib/series_gen.py): daily rows per video × channel (views, likes, shares, watch-hours) from publication to
`now` (2025-09-16, a Tuesday) and follower rows per channel on Fridays, so the level at `now` is the row of
Friday 2025-09-12. Deterministic: run `python3 generate.py`."""
import datetime as dt
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import generate  # noqa: E402

START = dt.date(2025, 1, 3)  # a Friday
END = dt.date(2025, 9, 16)  # the eval's `now`
base = {"yt-jadeport": 236000, "ig-jadeport": 158000, "fb-jadeport": 97000, "x-jadeport": 41000}
step = {"yt-jadeport": (1500, 3200), "ig-jadeport": (1100, 2600), "fb-jadeport": (300, 900),
        "x-jadeport": (80, 350)}

generate(HERE, "jadeport.yaml", START, END, seed=20250916, peak=(11000, 42000), decay=21,
         base=base, step=step, follower_weekday=4)
