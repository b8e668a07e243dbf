"""Writes series.csv for bayside.yaml with the shared generator for harbourview-shaped sets
(_lib/series_gen.py), follower rows on Wednesdays. Deterministic: run `python3 generate.py`."""
import datetime as dt
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import generate  # noqa: E402

START = dt.date(2024, 1, 3)
END = dt.date(2024, 9, 13)  # the eval's `now`
base = {"yt-bayside": 96000, "ig-explore": 158000, "tt-bayside": 61000, "x-bayside": 38000}
step = {"yt-bayside": (900, 1700), "ig-explore": (1500, 2600), "tt-bayside": (2900, 4800), "x-bayside": (80, 260)}

generate(HERE, "bayside.yaml", START, END, seed=20240913, peak=(11000, 36000), decay=15,
         base=base, step=step, follower_weekday=2)
