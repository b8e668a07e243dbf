"""Writes series.csv for ospreycove.yaml with the shared generator for harbourview-shaped sets
(_lib/series_gen.py): daily rows per video x channel (views, likes, shares, watch-hours) from publication to `now`
(2025-11-16, a Sunday), then follower rows per channel on every Monday AND Thursday from 2024-11-18 (so the level
at `now` is the row of Thursday 2025-11-13). Every channel grows between rows except the X account cove_updates,
which loses followers at each row from 2025-07-03 to 2025-10-30 and grows again from November.
Deterministic: run `python3 generate.py`."""
import datetime as dt
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import days, generate, write_rows  # noqa: E402

START = dt.date(2024, 11, 18)  # a Monday
END = dt.date(2025, 11, 16)  # the eval's `now`, a Sunday
LOSS = (dt.date(2025, 7, 3), dt.date(2025, 10, 30))  # cove_updates loses followers at the rows in here
base = {"yt-cove-stories": 48200, "yt-cove-tv": 131500, "ig-cove": 86400, "tt-cove": 39700, "fb-cove": 64100,
        "x-cove": 22800}
step = {"yt-cove-stories": (40, 260), "yt-cove-tv": (150, 420), "ig-cove": (220, 610), "tt-cove": (380, 900),
        "fb-cove": (20, 140), "x-cove": (10, 90)}

# no follower rows from the shared generator (base={}); they are written below, twice a week
rows = generate(HERE, "ospreycove.yaml", START, END, seed=20251116, peak=(3000, 16000), decay=20,
                base={}, step=step, follower_weekday=0)
rng = random.Random(1116)
extra = []
for ch, level in base.items():
    for d in days(START, END):
        if d.weekday() in (0, 3):  # Monday, Thursday
            if ch == "x-cove" and LOSS[0] <= d <= LOSS[1]:
                level -= rng.randint(60, 190)
            elif d > START:
                level += rng.randint(*step[ch])
            extra.append((d, ch, "", "followers", level))
rows += extra
write_rows(os.path.join(HERE, "series.csv"), rows, by_subject=True)
print(f"added {len(extra)} follower rows; {len(rows)} rows in all")
