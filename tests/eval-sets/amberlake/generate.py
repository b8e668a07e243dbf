"""Writes series.csv for amberlake.yaml with the shared generator for harbourview-shaped sets
(_lib/series_gen.py): daily rows per video × channel (views, likes, shares, watch-hours) from publication to
`now` (2025-01-02, a Thursday) and follower rows per channel on Mondays, so the last row before `now` is
Monday 2024-12-30 and no row falls in 2025. Deterministic: run `python3 generate.py`."""
import datetime as dt
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import generate  # noqa: E402

START = dt.date(2024, 3, 4)  # a Monday
END = dt.date(2025, 1, 2)  # the eval's `now`
base = {"yt-amberlake": 84000, "ig-amberlake": 131000, "tt-amberlake": 47000, "x-amberlake": 29000}
step = {"yt-amberlake": (700, 1500), "ig-amberlake": (1200, 2400), "tt-amberlake": (2200, 4100),
        "x-amberlake": (60, 240)}

generate(HERE, "amberlake.yaml", START, END, seed=20250102, peak=(9000, 34000), decay=18,
         base=base, step=step, follower_weekday=0)
