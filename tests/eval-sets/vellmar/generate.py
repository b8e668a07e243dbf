"""Writes series.csv for vellmar.yaml with the shared generator for harbourview-shaped sets
(_lib/series_gen.py), follower rows on Mondays. Deterministic: run `python3 generate.py`."""
import datetime as dt
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import generate  # noqa: E402

START = dt.date(2024, 3, 4)
END = dt.date(2024, 9, 18)  # the eval's `now`, as in the public sample
base = {"yt-vellmar": 211000, "ig-visitvellmar": 134000, "tt-vellmar": 52000, "x-vellmar": 47000}
step = {"yt-vellmar": (1200, 2100), "ig-visitvellmar": (1800, 3000), "tt-vellmar": (2600, 4400), "x-vellmar": (100, 300)}

generate(HERE, "vellmar.yaml", START, END, seed=20240918, peak=(14000, 40000), decay=12,
         base=base, step=step, follower_weekday=0)
