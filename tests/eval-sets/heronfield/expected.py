"""Computes every expected figure for questions.json independently of Pulse, following
/work/shared/spec/data-format.md. Round 21: period phrases in every form of the spec's Periods table and their
natural variants (explicit ranges, the week before last, fortnight, past 90 days, Q1 vs Q2, H1, ytd/mtd,
so far this week, since Monday, since the start of the quarter, yesterday vs the day before, written days
without a year, "in May of last year", "during Q3 2024", "last year vs the year before"), plus periods in the
future or before the data (no invented figure) and unknown names.

`now` is 2025-05-14, a Wednesday: "this week" is Mon 2025-05-12..14, "last week" 05-05..11, "the week before
last" 04-28..05-04, "yesterday" 05-13, "this quarter" 2025-04-01..05-14, "last year" 2024.

Semantics beyond _lib (kept here, _lib is unchanged):
- a day or a day range written without a year is the latest such day on or before `now` (2025), as the spec
  does for a month without a year; "since Monday" is this week's Monday;
- "fortnight" is 14 days ending on `now` (as "last 14 days");
- "Q1"/"Q2" without a year are the latest that started on or before `now` (2025); a quarter that contains
  `now` sums the rows up to `now` (there are none later); "H1"/"first half of the year" is Jan 1..Jun 30 2025,
  i.e. Jan 1..`now` (debatable: the spec has no half-years);
- "last 3 months" is read like the spec's "last N days": the three months ending on `now` (Feb 15..May 14
  2025), as Pulse reads it (debatable: the whole calendar months Feb..Apr would be another reading);
- "last year vs the year before": 2023 has no rows (data starts 2024-03-04), so only the 2024 figure is
  expected, and no growth percentage.
Run: `python3 generate.py && python3 expected.py`."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from expect_helpers import Shorthands, adder  # noqa: E402
from semantics import (  # noqa: E402
    D, Data, before_n, last_month, last_n_days, last_week, month, n, named_month, quarter, since, this_month,
    this_quarter, this_week, this_year, week_before, write, year,
)

NOW = D(2025, 5, 14)  # a Wednesday
assert NOW.weekday() == 2
data = Data(os.path.join(HERE, "heronfield.yaml"))
A, C, CH, P, ORG = data.asset, data.campaign, data.channel, data.platform, data.org()
assert not [r for r in data.rows if r[0] > NOW]
FIRST = min(r[0] for r in data.rows)
assert FIRST == D(2024, 3, 4)

H = Shorthands(data)
fl, f, vs = H.fl, H.f, H.vs
Q = []
ask = adder(Q)


def day(y, m, d):
    return (D(y, m, d),) * 2


TW, LW, TM, TQ, TY = this_week(NOW), last_week(NOW), this_month(NOW), this_quarter(NOW), this_year(NOW)
WBL = week_before(LW)
assert TW == (D(2025, 5, 12), NOW) and LW == (D(2025, 5, 5), D(2025, 5, 11)) and WBL == (D(2025, 4, 28), D(2025, 5, 4))
assert TQ == (D(2025, 4, 1), NOW) and last_month(NOW) == month(2025, 4)

# ---- 1. explicit day ranges without a year (2025) ----
R = (D(2025, 3, 3), D(2025, 3, 17))
ask("how many views did we get between March 3 and March 17?", [f(ORG, "views", R)])
ask("likes on instagram from 3 to 17 March", [f(P("instagram"), "likes", R)])
ask("shares for Seven Falls Loop from the 1st to the 10th of April", [f(A("waterfall-loop"), "shares", (D(2025, 4, 1), D(2025, 4, 10)))])

# ---- 2. the week before last ----
ask("views the week before last", [f(ORG, "views", WBL)])
ask("how did Serra Winter Trails do on likes the week before last?", [f(C("winter-trails"), "likes", WBL)])

# ---- 3. last 3 months (debatable) / past 90 days / last fortnight ----
L3M = (D(2025, 2, 15), NOW)
ask("total views over the last 3 months", [f(ORG, "views", L3M)])
P90 = last_n_days(NOW, 90)
assert P90 == (D(2025, 2, 14), NOW)
ask("tiktok views in the past 90 days", [f(P("tiktok"), "views", P90)])
ask("how many likes in the last fortnight", [f(ORG, "likes", last_n_days(NOW, 14))])
ask("watch time for Farm Stays Above the Mist over the past 30 days", [f(A("farm-stay"), "watch-hours", last_n_days(NOW, 30))])

# ---- 4. quarters: Q1 vs Q2 (2025), during Q3 2024, last quarter vs the one before ----
Q1, Q2 = quarter(2025, 1), quarter(2025, 2)
ask("views Q1 vs Q2", [f(ORG, "views", Q1), f(ORG, "views", Q2)])
ask("likes during Q3 2024", [f(ORG, "likes", quarter(2024, 3))])
ask("How many plays did the river festival get in the third quarter of 2024?", [f(C("river-festival"), "views", quarter(2024, 3))])
ask("views since the start of the quarter", [f(ORG, "views", TQ)])
ask("compare this quarter with last quarter on shares",
    [f(ORG, "shares", TQ), f(ORG, "shares", Q1)])

# ---- 5. half-years (debatable) ----
ask("views in H1", [f(ORG, "views", (D(2025, 1, 1), NOW))])
ask("likes in the first half of the year", [f(ORG, "likes", (D(2025, 1, 1), NOW))])

# ---- 6. year to date / ytd / mtd / so far this week / since Monday ----
ask("views year to date", [f(ORG, "views", TY)])
ask("ytd likes on youtube", [f(P("youtube"), "likes", TY)])
ask("mtd shares", [f(ORG, "shares", TM)])
ask("how many views so far this week?", [f(ORG, "views", TW)])
ask("plays for Harvest Week 2025 since Monday", [f(A("harvest-2025"), "views", TW)])
ask("views for the coffee campaign since the start of the year", [f(C("coffee-hills"), "views", TY)])

# ---- 7. yesterday vs the day before; today ----
ask("views yesterday vs the day before", vs(ORG, "views", day(2025, 5, 13), day(2025, 5, 12)))
ask("likes today", [f(ORG, "likes", (NOW, NOW))])

# ---- 8. a single written day without a year (2025-05-05) ----
MAY5 = day(2025, 5, 5)
ask("views on 5 May", [f(ORG, "views", MAY5)])
ask("how many likes did Camping on Heron Ridge get on May 5th?", [f(A("ridge-camp"), "likes", MAY5)])
ask("shares on the 5th of May", [f(ORG, "shares", MAY5)])
ask("tiktok views on 2024-12-25", [f(P("tiktok"), "views", day(2024, 12, 25))])

# ---- 9. months: with and without a year, "of last year" ----
assert named_month(NOW, 5) == (D(2025, 5, 1), D(2025, 5, 31))
ask("views in May of last year", [f(ORG, "views", month(2024, 5))])
ask("likes in May", [f(ORG, "likes", named_month(NOW, 5))])
ask("Lantern Boat Parade views in August 2024", [f(A("boat-parade"), "views", month(2024, 8))])
ask("views for the trails campaign in December", [f(C("winter-trails"), "views", named_month(NOW, 12))])
ask("views since March", [f(ORG, "views", since("2025-03-01", NOW))])
ask("likes since 2025-04-20", [f(ORG, "likes", since("2025-04-20", NOW))])

# ---- 10. comparisons with the previous period of the same kind ----
ask("views last week compared with the week before", vs(ORG, "views", LW, week_before(LW)))
ask("likes last month vs the month before", vs(ORG, "likes", month(2025, 4), month(2025, 3)))
L7 = last_n_days(NOW, 7)
ask("views in the last 7 days vs the 7 days before", vs(ORG, "views", L7, before_n(L7)))
ask("views this month so far vs the same days last month", vs(ORG, "views", TM, (D(2025, 4, 1), D(2025, 4, 14))))
# 2023 has no rows: the 2024 figure only
assert fl(ORG, "views", year(2023)) == 0
ask("views last year vs the year before", [f(ORG, "views", year(2024))])
ask("likes in May of 2024", [f(ORG, "likes", month(2024, 5))])

# ---- 11. periods in the future or before the data: no invented figure ----
ask("how many views did we get in Q3 2025?", [], ["#NUMBER"])
ask("likes in December 2025", [], ["#NUMBER"])
ask("views in January 2024", [], ["#NUMBER"])

# ---- 12. unknown names ----
ask("views for the Pantanal Canoe Week campaign last month", [], ["#NUMBER"])
ask("how many likes did Sunset over Jaguar Rock get ytd?", [], ["#NUMBER"])

write(os.path.join(HERE, "questions.json"), "heronfield.yaml", NOW, Q)
