"""Writes series.csv for copperbay.yaml. Deterministic: run `python3 generate.py`.

- Daily rows per asset × channel (vw = views, hearts = likes, fwd = shares; wt-hrs = watch time in hours on the
  two YouTube channels and Bilibili only) from publication to 2025-05-31, ten days AFTER the eval's `now`
  (2025-05-21): those rows must be ignored. Views fall off after publication to a long tail and are higher at
  weekends. "Lantern Makers of Kampong Lama" (published 2025-05-19) has no rows at all, and the campaign
  "Poetry on the Ferry" has neither assets nor rows.
- Channel-level flow rows: podcast downloads (metric dl, subject pod) every day from 2024-10-01, and LinkedIn page
  views (vw, subject li) every Monday from 2024-07-01.
- Campaign-level rows: Heritage Walks gallery-screen views (vw, subject c-heritage) on the last day of each month
  Jul–Dec 2024, and Lantern Nights 2025 ticket revenue in SGD (tix, subject c-ln25): six rows in all, one of them
  after `now`.
- Stocks: followers (aud) every Thursday per social channel (TikTok Japan from its launch, 2024-11-07), and
  newsletter subscribers (nl-subs, channel nl only) on the 1st, 8th, 15th and 22nd of each month; both run past
  `now`."""
import datetime as dt
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import days, load_catalog, write_rows  # noqa: E402

START = dt.date(2024, 7, 1)
END = dt.date(2025, 5, 31)  # rows run ten days past the eval's `now` (2025-05-21)
NO_ROWS = {"ln25-makers"}
rng = random.Random(20250521)
doc = load_catalog(HERE, "copperbay.yaml")

PEAK = {
    "ln-moons": 9500, "ln-making": 6200, "ln25-map": 7800, "ln25-glow": 12400, "eats-satay": 8800,
    "eats-laksa": 10100, "hw-fort": 5100, "hw-doors": 3900, "cn-lastweek": 2600, "cn-summer": 3300,
    "cn-likes": 6900,
}
CH_WEIGHT = {"yt-main": 1.0, "yt-shorts": 0.7, "tt-main": 1.5, "tt-jp": 0.9, "ig": 0.8, "li": 0.3, "bili": 0.85,
             "wb": 0.6, "wechat": 0.55}
WATCH_HOURS = {"yt-main": (0.05, 0.08), "yt-shorts": (0.008, 0.014), "bili": (0.04, 0.06)}

rows = []
for asset in doc["assets"]:
    aid = asset["id"]
    if aid in NO_ROWS:
        continue
    published = asset["published"]
    for ch in asset["channels"]:
        top = PEAK[aid] * CH_WEIGHT[ch] * rng.uniform(0.8, 1.2)
        for d in days(published, END):
            age = (d - published).days
            level = top * (0.1 + 0.9 * math.exp(-age / 20)) * (1.3 if d.weekday() >= 5 else 1.0)
            views = max(5, int(level * rng.uniform(0.8, 1.2)))
            rows.append([d, aid, ch, "vw", views])
            rows.append([d, aid, ch, "hearts", int(views * rng.uniform(0.03, 0.05))])
            rows.append([d, aid, ch, "fwd", int(views * rng.uniform(0.004, 0.009))])
            if ch in WATCH_HOURS:
                rows.append([d, aid, ch, "wt-hrs", int(views * rng.uniform(*WATCH_HOURS[ch]))])

# Channel-level flows.
for d in days(dt.date(2024, 10, 1), END):
    rows.append([d, "pod", "", "dl", int(850 * (1.25 if d.weekday() == 0 else 1.0) * rng.uniform(0.8, 1.2))])
for d in days(START, END):
    if d.weekday() == 0:
        rows.append([d, "li", "", "vw", rng.randint(1800, 3200)])

# Campaign-level rows.
for m in range(7, 13):
    last = (dt.date(2024, m + 1, 1) if m < 12 else dt.date(2025, 1, 1)) - dt.timedelta(days=1)
    rows.append([last, "c-heritage", "", "vw", rng.randint(14000, 26000)])
for d, v in [("2025-02-08", 18450), ("2025-02-15", 22310), ("2025-02-22", 19875), ("2025-03-01", 15640),
             ("2025-04-12", 24980), ("2025-05-24", 31200)]:  # the last one is after `now`
    rows.append([dt.date.fromisoformat(d), "c-ln25", "", "tix", v])

# Stocks.
LEVEL = {"yt-main": 41200, "yt-shorts": 8600, "tt-main": 57300, "tt-jp": 1200, "ig": 33800, "li": 6400,
         "bili": 15100, "wb": 22700, "wechat": 12900}
STEP = {"yt-main": (120, 420), "yt-shorts": (150, 520), "tt-main": (400, 1300), "tt-jp": (250, 900),
        "ig": (80, 330), "li": (20, 95), "bili": (90, 310), "wb": (-40, 160), "wechat": (30, 140)}
for ch, level in LEVEL.items():
    first = dt.date(2024, 11, 7) if ch == "tt-jp" else dt.date(2024, 7, 4)
    for d in days(first, END, 7):
        rows.append([d, ch, "", "aud", level])
        level += rng.randint(*STEP[ch])
subs = 4820
for d in days(START, END):
    if d.day in (1, 8, 15, 22):
        rows.append([d, "nl", "", "nl-subs", subs])
        subs += rng.randint(35, 160)

write_rows(os.path.join(HERE, "series.csv"), [tuple(r) for r in rows])
print(f"wrote {len(rows)} rows")
