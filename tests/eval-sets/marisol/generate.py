"""Writes series.csv for marisol.yaml with the shared generator for harbourview-shaped sets
(_lib/series_gen.py), follower rows on Wednesdays. Deterministic: run `python3 generate.py`."""
import datetime as dt
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import generate  # noqa: E402

START = dt.date(2024, 1, 3)
END = dt.date(2025, 1, 1)  # the eval's `now`, as in the public sample
base = {"yt-marisol": 96000, "ig-visitmarisol": 158000, "tt-marisol": 61000, "x-marisol": 38000}
step = {"yt-marisol": (900, 1700), "ig-visitmarisol": (1500, 2600), "tt-marisol": (2900, 4800), "x-marisol": (80, 260)}

generate(HERE, "marisol.yaml", START, END, seed=20250101, peak=(11000, 36000), decay=15,
         base=base, step=step, follower_weekday=2)
