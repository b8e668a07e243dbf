"""Writes series.csv for quarrytown.yaml with the shared generator for harbourview-shaped sets
(_lib/series_gen.py): daily rows per video × channel (views, likes, shares, watch-hours) from publication to
`now` (2025-11-01, a Saturday) and follower rows per channel on Fridays, so the last follower row is Friday
2025-10-31 and no follower row falls in November. Deterministic: run `python3 generate.py`."""
import datetime as dt
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import generate  # noqa: E402

START = dt.date(2025, 3, 7)  # a Friday
END = dt.date(2025, 11, 1)  # the eval's `now`
base = {"yt-qiff": 152000, "ig-qiff": 98000, "tt-qiff": 61000, "x-qiff": 23000}
step = {"yt-qiff": (900, 1900), "ig-qiff": (1100, 2300), "tt-qiff": (2500, 4600), "x-qiff": (40, 210)}

generate(HERE, "quarrytown.yaml", START, END, seed=20251101, peak=(8000, 31000), decay=16,
         base=base, step=step, follower_weekday=4)
