"""Writes series.csv for silkroad.yaml. Deterministic: run `python3 generate.py`.

Daily rows per asset × channel (views, likes, shares, watch-hours) from publication to `now`, weekly follower
rows per channel on Wednesdays (so `now`, a Wednesday, has one), and campaign-level rows: partner-TV replays of
Silk Road Flavours (views, Mondays) and offline shares of Terracotta Tales (exhibition screens, Sundays). Both
campaigns target several countries, so their own rows belong to no single market or language."""
import datetime as dt
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import days, load_catalog, weekly_levels, write_rows  # noqa: E402

START = dt.date(2024, 5, 15)
END = dt.date(2025, 5, 14)  # the eval's `now`, a Wednesday
rng = random.Random(20250514)
doc = load_catalog(HERE, "silkroad.yaml")

# Each video's own audience size, so countries and languages rank clearly apart.
PEAK = {
    "biangbiang-challenge": 21000, "pho-meets-paomo": 14000, "huimin-street": 26000, "saudi-chef": 17500,
    "pyramids-pagoda": 23500, "warriors-of-clay": 31000, "almaty-caravan": 9000, "roman-in-changan": 12500,
    "city-wall-fr": 10500, "flamenco-wall": 19000, "lanterns-muertos": 28000, "samba-bell-tower": 24500,
    "seoul-to-xian": 33000, "tang-poetry-walk": 16000,
}

rows = []
for asset in doc["assets"]:
    published = asset["published"]
    for ch in asset["channels"]:
        top = PEAK[asset["id"]] * rng.uniform(0.6, 1.4)
        for d in days(published, END):
            age = (d - published).days
            level = top * (0.1 + 0.9 * math.exp(-age / 20)) * (1.2 if d.weekday() >= 5 else 1.0)
            views = max(1, int(level * rng.uniform(0.75, 1.25)))
            rows.append((d, asset["id"], ch, "views", views))
            rows.append((d, asset["id"], ch, "likes", int(views * rng.uniform(0.03, 0.05))))
            rows.append((d, asset["id"], ch, "shares", int(views * rng.uniform(0.004, 0.008))))
            rows.append((d, asset["id"], ch, "watch-hours", int(views * rng.uniform(0.012, 0.02))))

for d in days(dt.date(2024, 9, 2), END):
    if d.weekday() == 0:
        rows.append((d, "silk-road-flavours", "", "views", rng.randint(40000, 90000)))
for d in days(dt.date(2024, 6, 2), dt.date(2024, 12, 29)):
    if d.weekday() == 6:
        rows.append((d, "terracotta-tales", "", "shares", rng.randint(300, 900)))

levels = {"yt-xianplus": 182000, "ig-helloxian": 96500, "x-xiantoday": 41200, "fb-visitxian": 128000}
step = {"yt-xianplus": (700, 1900), "ig-helloxian": (900, 2400), "x-xiantoday": (-250, 300), "fb-visitxian": (200, 800)}
weekly_levels(rows, rng, levels, START, END, "followers", step, weekday=2)

write_rows(os.path.join(HERE, "series.csv"), rows)
print(f"wrote {len(rows)} rows")
