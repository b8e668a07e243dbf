"""Writes series.csv for saltmarsh.yaml with the shared generator for harbourview-shaped sets
(_lib/series_gen.py): daily rows per video × channel (views, likes, shares, watch-hours) from publication to
`now` (2025-10-17, a Friday) and follower rows per channel on Tuesdays from 2025-01-07, so the level at `now` is
the row of Tuesday 2025-10-14. Deterministic: run `python3 generate.py`."""
import datetime as dt
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import generate  # noqa: E402

START = dt.date(2025, 1, 7)  # a Tuesday
END = dt.date(2025, 10, 17)  # the eval's `now`
base = {"yt-saltmarsh": 73000, "ig-saltmarsh": 142000, "tt-saltmarsh": 88000, "x-saltmarsh": 21000}
step = {"yt-saltmarsh": (600, 1400), "ig-saltmarsh": (1100, 2300), "tt-saltmarsh": (2500, 4600),
        "x-saltmarsh": (40, 190)}

generate(HERE, "saltmarsh.yaml", START, END, seed=20251017, peak=(10000, 38000), decay=16,
         base=base, step=step, follower_weekday=1)
