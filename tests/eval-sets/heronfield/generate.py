"""Writes series.csv for heronfield.yaml with the shared generator for harbourview-shaped sets
(_lib/series_gen.py): daily rows per video × channel (views, likes, shares, watch-hours) from publication to
`now` (2025-05-14, a Wednesday) and follower rows per channel on Mondays from 2024-03-04, about 14 months.
Deterministic: run `python3 generate.py`."""
import datetime as dt
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import generate  # noqa: E402

START = dt.date(2024, 3, 4)  # a Monday
END = dt.date(2025, 5, 14)  # the eval's `now`
base = {"yt-heronfield": 52000, "ig-heronfield": 98000, "tt-heronfield": 41000, "x-heronfield": 17000}
step = {"yt-heronfield": (400, 1100), "ig-heronfield": (900, 2100), "tt-heronfield": (1500, 3600),
        "x-heronfield": (40, 180)}

generate(HERE, "heronfield.yaml", START, END, seed=20250514, peak=(7000, 28000), decay=21,
         base=base, step=step, follower_weekday=0)
