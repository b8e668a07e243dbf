"""Writes series.csv for shiokaze.yaml (a Japanese professional football club, time zone Asia/Tokyo).

`now` in questions.json is Tue 2025-08-05; the exports lag, each at its own pace:
- views: daily per asset x channel from publication to Thu 2025-07-31 (data-through date of views);
- likes: daily per asset x channel to Wed 2025-07-30;
- shares: daily per asset x channel to Sun 2025-07-27;
- followers: a daily level for the X account to 07-31, a weekly level on Sundays for YouTube, LINE and TikTok
  (last row Sun 07-27).

Planted on purpose (expected.py asserts each one):
- "Bangkok Wonder Goal" (Asia Tour 2025, market TH) launches on Sun 07-06 and carries most of July's views: the
  record day of the year, >70% of last month's views, Asia Tour's growth in July and its fall last week;
- "ユース練習の裏側" (Academy Stories) spikes on TikTok on 07-30 and 07-31, the last days of data;
- "港ダービー ハイライト" peaks on X in June, so X falls in July;
- "開幕戦ハイライト vs 北嶺ユナイテッド" is published on a Sunday (02-16): its best week is the next one;
- the season-ticket video keeps getting views after its campaign's `by` date (01-31).
Deterministic (fixed seed): run `python3 generate.py`."""
import datetime as dt
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import days, load_catalog, planted_levels, stock_rows, write_rows  # noqa: E402

D = dt.date
VIEWS_END, LIKES_END, SHARES_END = D(2025, 7, 31), D(2025, 7, 30), D(2025, 7, 27)
FOLLOW_FROM = D(2024, 12, 1)
LIKE_RATE = {"yt-shiokaze": 0.035, "x-shiokaze": 0.02, "line-shiokaze": 0.015, "tt-shiokaze": 0.08}
SHARE_RATE = {"yt-shiokaze": 0.004, "x-shiokaze": 0.012, "line-shiokaze": 0.02, "tt-shiokaze": 0.006}
PLANTED = {  # (peak, decay in days, floor share)
    ("bangkok-wonder-goal", "tt-shiokaze"): (450000, 9.0, 0.03),
    ("bangkok-wonder-goal", "yt-shiokaze"): (80000, 9.0, 0.05),
    ("hanoi-fan-meeting", "yt-shiokaze"): (25000, 6.0, 0.05),
    ("hanoi-fan-meeting", "tt-shiokaze"): (40000, 5.0, 0.04),
    ("jakarta-training", "yt-shiokaze"): (20000, 5.0, 0.05),
    ("jakarta-training", "x-shiokaze"): (15000, 4.0, 0.04),
    ("asia-tour-announce", "yt-shiokaze"): (30000, 5.0, 0.04),
    ("asia-tour-announce", "x-shiokaze"): (40000, 5.0, 0.03),
    ("asia-tour-announce", "tt-shiokaze"): (35000, 5.0, 0.04),
    ("minato-derby", "x-shiokaze"): (90000, 4.0, 0.02),
    ("minato-derby", "yt-shiokaze"): (40000, 7.0, 0.05),
    ("minato-derby", "tt-shiokaze"): (30000, 6.0, 0.04),
    ("kaimakusen-highlights", "yt-shiokaze"): (35000, 10.0, 0.05),
    ("kaimakusen-highlights", "x-shiokaze"): (20000, 5.0, 0.04),
    ("youth-training", "tt-shiokaze"): (3000, 10.0, 0.12),
    ("season-ticket-launch", "yt-shiokaze"): (12000, 10.0, 0.06),
    ("season-ticket-launch", "x-shiokaze"): (18000, 6.0, 0.04),
    ("season-ticket-launch", "line-shiokaze"): (8000, 10.0, 0.06),
}
SPIKE = {("youth-training", "tt-shiokaze"): {D(2025, 7, 30): 7000, D(2025, 7, 31): 9500}}
WEEKLY = {"yt-shiokaze": 61200, "line-shiokaze": 88400, "tt-shiokaze": 23800}
WEEKLY_GAIN = {"yt-shiokaze": (150, 600), "line-shiokaze": (80, 450), "tt-shiokaze": (300, 1500)}

rng = random.Random(20250805)
doc = load_catalog(HERE, "shiokaze.yaml")
rows = []
for asset, ch, d, level in planted_levels(doc, rng, VIEWS_END, PLANTED, ((5000, 20000), (6, 15), (0.03, 0.08)),
                                          (1.25, (5, 6), ("x-shiokaze", "tt-shiokaze"))):
    v = max(3, int(level * rng.uniform(0.85, 1.15))) + SPIKE.get((asset["id"], ch), {}).get(d, 0)
    rows.append((d, asset["id"], ch, "views", v))
    if d <= LIKES_END:
        rows.append((d, asset["id"], ch, "likes", int(v * LIKE_RATE[ch] * rng.uniform(0.8, 1.2))))
    if d <= SHARES_END:
        rows.append((d, asset["id"], ch, "shares", int(v * SHARE_RATE[ch] * rng.uniform(0.7, 1.3))))

stock_rows(rows, rng, WEEKLY, FOLLOW_FROM, SHARES_END, "followers", WEEKLY_GAIN, weekday=6)
stock_rows(rows, rng, {"x-shiokaze": 40500}, FOLLOW_FROM, VIEWS_END, "followers", (-40, 160))
write_rows(os.path.join(HERE, "series.csv"), rows, order=(1, 2, 3, 0))
print(f"wrote {len(rows)} rows")
