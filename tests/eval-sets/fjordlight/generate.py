"""Writes series.csv for fjordlight.yaml. Deterministic: run `python3 generate.py`.

Daily rows per asset × channel (views, likes, shares, watch-hours) from publication to `now` (2025-06-18, a
Wednesday), weekly follower rows per channel on Fridays from 2024-03-01 (so the level at `now` is the row of
Friday 2025-06-13), and campaign-level rows: Winter Lights Festival views on the ferry-terminal screens
(Saturdays, 2024-11-16 to 2025-02-22; no channel), which count for the campaign and its goal."""
import datetime as dt
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import days, load_catalog, weekly_levels, write_rows  # noqa: E402

START = dt.date(2024, 3, 1)
END = dt.date(2025, 6, 18)  # the eval's `now`, a Wednesday
rng = random.Random(20250618)
doc = load_catalog(HERE, "fjordlight.yaml")

# Each asset's own audience size, so rankings separate clearly.
PEAK = {
    "sockeye-return": 15000, "river-guardians": 9000, "orca-dawn": 26000, "kelp-forest": 6500,
    "smokehouse": 18000, "lantern-walk": 31000, "northern-glow": 14000, "oyster-shack": 21000,
    "highway-99": 36000, "paddle-howe": 12500,
}
# Long videos are watched longer; reels get more likes per view.
WATCH = {"long_video": (0.09, 0.13), "short_video": (0.015, 0.022), "reel": (0.006, 0.01)}
LIKE = {"long_video": (0.025, 0.035), "short_video": (0.03, 0.045), "reel": (0.05, 0.07)}

rows = []
for asset in doc["assets"]:
    published = asset["published"]
    fmt = asset["format"]
    for ch in asset["channels"]:
        top = PEAK[asset["id"]] * rng.uniform(0.6, 1.4)
        for d in days(published, END):
            age = (d - published).days
            level = top * (0.07 + 0.93 * math.exp(-age / 20)) * (1.2 if d.weekday() >= 5 else 1.0)
            views = max(1, int(level * rng.uniform(0.75, 1.25)))
            rows.append((d, asset["id"], ch, "views", views))
            rows.append((d, asset["id"], ch, "likes", int(views * rng.uniform(*LIKE[fmt]))))
            rows.append((d, asset["id"], ch, "shares", int(views * rng.uniform(0.004, 0.008))))
            rows.append((d, asset["id"], ch, "watch-hours", int(views * rng.uniform(*WATCH[fmt]))))

for d in days(dt.date(2024, 11, 16), dt.date(2025, 2, 22)):
    if d.weekday() == 5:
        rows.append((d, "winter-lights", "", "views", rng.randint(60000, 110000)))

levels = {"yt-fjordlight": 142000, "ig-fjordlight": 188000, "tt-fjordlight": 64000, "fb-fjordlight": 97000}
step = {"yt-fjordlight": (500, 1300), "ig-fjordlight": (900, 2000), "tt-fjordlight": (1800, 3600),
        "fb-fjordlight": (-250, 400)}
weekly_levels(rows, rng, levels, START, END, "followers", step, weekday=4)

write_rows(os.path.join(HERE, "series.csv"), rows)
print(f"wrote {len(rows)} rows")
