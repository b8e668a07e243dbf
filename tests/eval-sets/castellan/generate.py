"""Writes series.csv for castellan.yaml (a national symphony orchestra, time zone Europe/Vienna).

Daily rows per asset x channel from publication to `now` (2024-11-14, a Thursday): views and comments for
every asset, watch-hours for films and videos only (articles on the website have none). Subscribers are a
weekly level per YouTube and Facebook account, on Thursdays from 2024-03-07, so the last subscriber row falls
on `now` itself and every metric's data-through date is `now` (no period is ever cut). The website has no
subscriber rows. Deterministic (fixed seed, its own rows from _lib's series_gen pieces): run
`python3 generate.py`."""
import datetime as dt
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import decay_levels, load_catalog, stock_rows, write_rows  # noqa: E402

NOW = dt.date(2024, 11, 14)
SUBS_FROM = dt.date(2024, 3, 7)
BASE = {"yt-castellan": 212000, "fb-castellan": 96000}
GAIN = {"yt-castellan": (300, 1400), "fb-castellan": (-120, 500)}
PEAK = {"film": (9000, 26000), "short_video": (4000, 15000), "article": (1500, 5000)}

assert NOW.weekday() == 3 and SUBS_FROM.weekday() == 3
rng = random.Random(20241114)
rows = []
for asset, ch, d, lvl in decay_levels(load_catalog(HERE, "castellan.yaml"), rng, NOW, PEAK, (12, 40), (0.05, 0.14),
                                      (1.3, {6})):
    fmt = asset["format"]
    v = max(2, int(lvl * rng.uniform(0.8, 1.2)))
    rows.append((d, asset["id"], ch, "views", v))
    rows.append((d, asset["id"], ch, "comments", int(v * rng.uniform(0.002, 0.009))))
    if fmt != "article":
        per_view = 0.35 if fmt == "film" else 0.06
        rows.append((d, asset["id"], ch, "watch-hours", int(v * per_view * rng.uniform(0.8, 1.2))))
stock_rows(rows, rng, BASE, SUBS_FROM, NOW, "subscribers", GAIN, weekday=3)
write_rows(os.path.join(HERE, "series.csv"), rows, order=(1, 2, 3, 0))
print(f"wrote {len(rows)} rows")
