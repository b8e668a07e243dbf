"""Writes series.csv for settecolli.yaml. Deterministic: run `python3 generate.py`."""
import datetime as dt
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import days, load_catalog, weekly_levels, write_rows  # noqa: E402

END = dt.date(2024, 7, 5)  # a few days past the eval's `now` on purpose
rng = random.Random(20240701)

doc = load_catalog(HERE, "settecolli.yaml")

METRICS = {  # which flows each format gets
    "video": ["video-views", "impressions", "engagements", "clicks"],
    "post": ["impressions", "engagements", "clicks"],
    "podcast": ["listens", "engagements", "clicks"],
    "article": ["engagements", "clicks"],
}
SCALE = {"video-views": 1.0, "listens": 0.25, "impressions": 3.0, "engagements": 0.12, "clicks": 0.03}


rows = []
for asset in doc["assets"]:
    published = dt.date.fromisoformat(asset["published"])
    stop = dt.date(2024, 6, 20) if asset["campaign"] == "noites-de-samba" else END
    for ch in asset.get("channels") or [""]:  # the article has no channel
        peak = rng.randint(4000, 30000)
        for d in days(published, stop):
            age = (d - published).days
            level = peak * (0.1 + 0.9 * math.exp(-age / 20)) * (1.2 if d.weekday() >= 5 else 1.0)
            for m in METRICS[asset["format"]]:
                rows.append((d, asset["id"], ch, m, max(1, int(level * SCALE[m] * rng.uniform(0.7, 1.3)))))

# Campaign-level rows: paid impressions for the India tour, every Monday.
for d in days(dt.date(2024, 4, 8), END):
    if d.weekday() == 0:
        rows.append((d, "monsoon-tour", "", "impressions", rng.randint(40000, 90000)))

# Channel-level rows: weekly member levels (stock) and daily profile impressions on the main Instagram.
levels = {"ig-settecolli": 48000, "ig-settecolli-br": 6100, "yt-settecolli": 21500}
weekly_levels(rows, rng, levels, dt.date(2024, 1, 1), END, "members", (-80, 900))
for d in days(dt.date(2024, 3, 1), END):
    rows.append((d, "ig-settecolli", "", "impressions", rng.randint(2000, 6000)))

write_rows(os.path.join(HERE, "series.csv"), rows)
print(f"wrote {len(rows)} rows")
