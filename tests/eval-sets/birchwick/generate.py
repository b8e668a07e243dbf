"""Writes series.csv for birchwick.yaml with the shared generator for harbourview-shaped sets
(_lib/series_gen.py): daily rows per video × channel (views, likes, shares, watch-hours) from publication to
`now` (2025-09-16, a Tuesday) and follower rows per channel on Mondays, so the last follower row before `now` is
Monday 2025-09-15. Deterministic: run `python3 generate.py`."""
import datetime as dt
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import generate  # noqa: E402

START = dt.date(2024, 11, 4)  # a Monday
END = dt.date(2025, 9, 16)  # the eval's `now`
base = {"yt-birchwick": 52000, "ig-birchwick": 98000, "tt-birchwick": 39000, "x-birchwick": 17000}
step = {"yt-birchwick": (500, 1300), "ig-birchwick": (900, 2100), "tt-birchwick": (1800, 3600),
        "x-birchwick": (40, 190)}

generate(HERE, "birchwick.yaml", START, END, seed=20250916, peak=(8000, 31000), decay=20,
         base=base, step=step, follower_weekday=0)
