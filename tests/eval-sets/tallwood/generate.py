"""Writes series.csv for tallwood.yaml. Deterministic: run `python3 generate.py`.

- Daily rows per asset × channel (views, likes, shares; watch-hours on YouTube and Facebook for everything but
  posts) from publication to 2025-06-18, two days AFTER the eval's `now` (2025-06-16, a Monday): those rows must
  be ignored. Views fall off after publication to a long tail and are higher at weekends (park visitors).
- Campaign-level views: Trail Tales trailhead kiosk screens every Sunday from 2024-04-07, Junior Rangers classroom
  screenings on the 1st of each month from 2025-02-01.
- Followers: one row per channel every Wednesday from 2024-03-06 (a level, growing).
- One deliberate tie: the 3rd and 4th best days of April 2025 for shares of Owls After Dark (summed over its
  channels) are made equal, for "top 3 days" with a tie at the cut."""
import datetime as dt
import math
import os
import random
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import days, load_catalog, write_rows  # noqa: E402

END = dt.date(2025, 6, 18)  # rows run two days past the eval's `now` (2025-06-16)
rng = random.Random(20250616)
doc = load_catalog(HERE, "tallwood.yaml")

PEAK = {"trl-ridge": 5200, "trl-falls": 7400, "trl-cabin": 3900, "fire-ember": 9800, "fire-camp": 2600,
        "fire-smoke": 4300, "night-milky": 11200, "night-owls": 6100, "jr-badge": 4800, "jr-tracks": 1500}
CH_WEIGHT = {"yt": 1.0, "ig": 0.8, "tt": 1.4, "fb": 0.6}
WATCH = {"yt": (0.04, 0.07), "fb": (0.01, 0.02)}

rows = []
for asset in doc["assets"]:
    aid = asset["id"]
    published = asset["published"]
    for ch in asset["channels"]:
        top = PEAK[aid] * CH_WEIGHT[ch] * rng.uniform(0.8, 1.2)
        for d in days(published, END):
            age = (d - published).days
            level = top * (0.08 + 0.92 * math.exp(-age / 25)) * (1.35 if d.weekday() >= 5 else 1.0)
            views = max(3, int(level * rng.uniform(0.8, 1.2)))
            rows.append([d, aid, ch, "views", views])
            rows.append([d, aid, ch, "likes", int(views * rng.uniform(0.03, 0.05))])
            rows.append([d, aid, ch, "shares", int(views * rng.uniform(0.004, 0.009))])
            if ch in WATCH and asset["format"] != "post":
                rows.append([d, aid, ch, "watch-hours", int(views * rng.uniform(*WATCH[ch]))])

# Campaign-level views.
for d in days(dt.date(2024, 4, 7), END, 7):
    rows.append([d, "c-trails", "", "views", rng.randint(900, 1600)])
for d in days(dt.date(2025, 2, 1), END):
    if d.day == 1:
        rows.append([d, "c-junior", "", "views", rng.randint(2000, 4200)])

# Followers every Wednesday.
LEVEL = {"yt": 18400, "ig": 26100, "tt": 12300, "fb": 31800}
STEP = {"yt": (40, 160), "ig": (60, 220), "tt": (120, 480), "fb": (-20, 70)}
for ch, level in LEVEL.items():
    for d in days(dt.date(2024, 3, 6), END, 7):
        rows.append([d, ch, "", "followers", level])
        level += rng.randint(*STEP[ch])

# The tie: Owls After Dark shares per day in April 2025, 4th best raised to the 3rd.
TIE = "night-owls"
per_day = defaultdict(int)
for r in rows:
    if r[1] == TIE and r[3] == "shares" and r[0].year == 2025 and r[0].month == 4:
        per_day[r[0]] += r[4]
ranked = sorted(per_day.items(), key=lambda x: -x[1])
third, fourth = ranked[2], ranked[3]
for r in rows:
    if r[0] == fourth[0] and r[1] == TIE and r[2] == "ig" and r[3] == "shares":
        r[4] += third[1] - fourth[1]
assert ranked[4][1] < third[1] and ranked[1][1] > third[1], ranked[:6]

write_rows(os.path.join(HERE, "series.csv"), [tuple(r) for r in rows])
print(f"wrote {len(rows)} rows")
