"""Writes series.csv for valdoria.yaml (a Spanish university's international office, time zone Europe/Madrid).

`now` in questions.json is 2025-03-18, a Tuesday, but the figures arrive late, and each metric at its own pace:
- views: daily per asset x channel from publication to Thu 2025-03-13 (data-through date of views);
- likes: daily per asset x channel, one day behind, to Wed 2025-03-12;
- applications: daily rows whose subject is the campaign itself (Study in Valdoria 2025 and Doctorado
  Internacional), from the admissions system, to Fri 2025-03-07;
- followers: a weekly level on Mondays for the YouTube, Instagram and TikTok accounts (last row Mon 2025-03-10)
  and a monthly level on the 1st for LinkedIn (last row Sat 2025-03-01).

Planted on purpose (expected.py asserts each one):
- "Alumni en Tokio" goes viral on Instagram on 03-11..03-13 (tens of thousands a day against a few hundred):
  the spike, the record day of the year, and more than 70% of last week's views;
- "Guía exprés: NIE y visado de estudiante" launches on TikTok on Mon 03-03 and fades within days, so TikTok
  falls last week (03-10..03-13 against 03-03..03-06);
- "Residencias universitarias: tour 360" (market CO) launches on Mon 02-03, so Study in Valdoria grows in
  February against January through Colombia, and its best week is 02-03..02-09;
- Erasmus Stories rows go on after the campaign's end (01-31), so its goal counts only to its `by` date.
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
VIEWS_END, LIKES_END, APPS_END = D(2025, 3, 13), D(2025, 3, 12), D(2025, 3, 7)
FOLLOW_FROM, FOLLOW_END = D(2024, 9, 2), D(2025, 3, 10)
LIKE_RATE = {"yt-valdoria": 0.03, "ig-valdoria": 0.055, "tt-valdoria": 0.07, "li-valdoria": 0.015}
# (peak, decay in days, floor share) per asset x channel that must behave a given way; the others are drawn.
PLANTED = {
    ("guia-nie", "tt-valdoria"): (21000, 2.2, 0.02),
    ("tour-residencias", "yt-valdoria"): (6000, 6.0, 0.05),
    ("tour-residencias", "tt-valdoria"): (14000, 5.0, 0.04),
    ("alumni-tokio", "ig-valdoria"): (2500, 10.0, 0.12),
    ("alumni-tokio", "tt-valdoria"): (1800, 8.0, 0.1),
    ("phd-life", "yt-valdoria"): (3500, 12.0, 0.25),
    ("phd-life", "li-valdoria"): (2500, 10.0, 0.25),
    ("laboratorios-abiertos", "yt-valdoria"): (3000, 10.0, 0.2),
    ("laboratorios-abiertos", "li-valdoria"): (2000, 10.0, 0.2),
    ("meet-supervisor", "li-valdoria"): (2200, 8.0, 0.2),
    ("meet-supervisor", "yt-valdoria"): (1800, 8.0, 0.2),
}
SPIKE = {("alumni-tokio", "ig-valdoria"): {D(2025, 3, 11): 31000, D(2025, 3, 12): 58000, D(2025, 3, 13): 49000}}
FOLLOWERS = {"yt-valdoria": 18400, "ig-valdoria": 42100, "tt-valdoria": 15900}
WEEKLY_GAIN = {"yt-valdoria": (60, 180), "ig-valdoria": (150, 420), "tt-valdoria": (200, 650)}
LINKEDIN = ("li-valdoria", 27300, (300, 700))

rng = random.Random(20250318)
doc = load_catalog(HERE, "valdoria.yaml")
rows = []
for asset, ch, d, level in planted_levels(doc, rng, VIEWS_END, PLANTED, ((3000, 9000), (8, 20), (0.04, 0.1)),
                                          (1.15, (5, 6), ("ig-valdoria", "tt-valdoria"))):
    v = max(3, int(level * rng.uniform(0.85, 1.15))) + SPIKE.get((asset["id"], ch), {}).get(d, 0)
    rows.append((d, asset["id"], ch, "views", v))
    if d <= LIKES_END:
        rows.append((d, asset["id"], ch, "likes", int(v * LIKE_RATE[ch] * rng.uniform(0.8, 1.2))))

for cid, first, lo_hi in (("study-in-valdoria-2025", D(2024, 11, 1), (10, 26)),
                          ("doctorado-internacional", D(2025, 1, 15), (2, 9))):
    for d in days(first, APPS_END):
        lo, hi = lo_hi
        rows.append((d, cid, "", "applications", rng.randint(lo, hi) // (2 if d.weekday() >= 5 else 1)))

stock_rows(rows, rng, FOLLOWERS, FOLLOW_FROM, FOLLOW_END, "followers", WEEKLY_GAIN, weekday=0)
ch, level, gain = LINKEDIN
for m in range(9, 16):  # the 1st of each month, 2024-09 .. 2025-03
    rows.append((D(2024 + (m > 12), (m - 1) % 12 + 1, 1), ch, "", "followers", level))
    level += rng.randint(*gain)

write_rows(os.path.join(HERE, "series.csv"), rows, order=(1, 2, 3, 0))
print(f"wrote {len(rows)} rows")
