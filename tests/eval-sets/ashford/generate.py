"""Writes series.csv for ashford.yaml. Deterministic: run `python3 generate.py`."""
import datetime as dt
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import days, load_catalog, write_rows  # noqa: E402

END = dt.date(2024, 6, 20)  # past the eval's `now` on purpose
rng = random.Random(20240612)

doc = load_catalog(HERE, "ashford.yaml")
campaigns = {c["id"]: c for c in doc["campaigns"]}

METRICS = {  # which flows each format gets
    "video": ["views", "reach", "saves", "watch-time"],
    "short_video": ["views", "reach", "saves"],
    "article": ["reach", "saves"],
    "post": ["reach", "saves"],
}
SCALE = {"views": 1.0, "reach": 2.5, "saves": 0.04, "watch-time": 0.6}


def iso(x):
    return x if isinstance(x, dt.date) else dt.date.fromisoformat(str(x))


rows = []
for asset in doc["assets"]:
    camp = campaigns[asset["campaign"]]
    published = iso(asset["published"])
    # Rows stop when the campaign ends or pauses, so "ended" campaigns have no rows after their end.
    stop = min(END, iso(camp["end"]) if "end" in camp else END, published + dt.timedelta(days=240))
    if camp["status"] == "paused":
        stop = min(stop, dt.date(2024, 4, 30))
    big = 8 if camp["id"] == "site-selection" else 1  # the hidden campaign is large: leaking it shows
    for ch in asset["channels"]:
        peak = rng.randint(2000, 20000) * big
        for d in days(published, stop):
            age = (d - published).days
            level = peak * (0.08 + 0.92 * math.exp(-age / 15)) * (1.25 if d.weekday() >= 5 else 1.0)
            for m in METRICS[asset["format"]]:
                rows.append((d, asset["id"], ch, m, max(1, int(level * SCALE[m] * rng.uniform(0.7, 1.3)))))

# Campaign-level rows: billboard reach for Spring Festival 2024 every Monday; print reach for the flagship monthly.
for d in days(dt.date(2024, 1, 15), dt.date(2024, 2, 29)):
    if d.weekday() == 0:
        rows.append((d, "spring-festival-2024", "", "reach", rng.randint(50000, 120000)))
for d in days(dt.date(2023, 1, 1), END):
    if d.day == 1:
        rows.append((d, "invest-in-ashford", "", "reach", rng.randint(30000, 60000)))

# Channel-level rows: followers (stock) every Monday, the website's monthly on the 1st (plus one inline row),
# and new followers (a flow, entered separately and not reconciled with the stock) every day.
levels = {ch["id"]: rng.randint(3000, 90000) for ch in doc["channels"]}
for ch, level in levels.items():
    for d in days(dt.date(2023, 1, 2), END):
        if (d.weekday() == 0 and ch != "web-ashford") or (ch == "web-ashford" and d.day == 1):
            rows.append((d, ch, "", "followers", level))
            level += rng.randint(-50, 700)
        rows.append((d, ch, "", "new-followers", rng.randint(0, 120)))

write_rows(os.path.join(HERE, "series.csv"), rows)
print(f"wrote {len(rows)} rows")
