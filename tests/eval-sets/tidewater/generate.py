"""Writes series.csv for tidewater.yaml with the shared generator for harbourview-shaped sets
(_lib/series_gen.py), follower rows on Wednesdays. Deterministic: run `python3 generate.py`."""
import datetime as dt
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import generate  # noqa: E402

START = dt.date(2024, 1, 3)
END = dt.date(2024, 10, 9)  # the eval's `now`
base = {"yt-tidewater": 96000, "ig-tidewater": 158000, "tt-tidewater": 61000, "x-tidewater": 38000}
step = {"yt-tidewater": (900, 1700), "ig-tidewater": (1500, 2600), "tt-tidewater": (2900, 4800), "x-tidewater": (-300, 200)}

generate(HERE, "tidewater.yaml", START, END, seed=20241009, peak=(11000, 36000), decay=15,
         base=base, step=step, follower_weekday=2)
