"""Computes every expected figure for questions.json independently of Pulse, following
/work/shared/spec/data-format.md. Round 13: figures in all their forms — period-over-period growth, differences,
shares of a total, averages per day / week / month, follower levels at dates, follower gains and losses, combined
subjects, top/bottom N with ties, totals across everything, and "so far this month" when `now` is the 2nd.
`now` is 2025-07-02, a Wednesday: this week (Jun 30 – Jul 2) straddles a month and a quarter boundary.
Run: `python3 generate.py && python3 expected.py`.

Semantics used beyond _lib (kept here, _lib is unchanged):
- share of a total = the part's flow / the whole's flow, as a percentage with one decimal. Every share question
  is asked where the whole equals the sum of its parts (no campaign-level rows outside any channel, no
  channel-level rows outside any video): asserted below, so "total of the breakdown" and "the organisation's
  total" give the same denominator;
- an average per day / week / month is the flow's total divided by the period's days, days / 7, or calendar
  months (a partial month counts for its share of days); with no period, the span starts at the scope's first
  row. Averages of 100 or more are whole numbers (half up), smaller ones keep one decimal. This follows
  src/core/engine/average.ts, taken as the spec for averages as the brief says;
- "A and B combined/together" = the flow over the union of both scopes (or the sum of the stocks);
- "how many more X did A get than B" = flow(A) - flow(B); a stock gap is the difference of the two levels;
- two stock levels compared ("end of June vs end of March") use the spec's growth formula on the levels;
- ties: a top/bottom answer must name every subject tied at the cut (expected.py asserts the ties exist)."""
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from expect_helpers import Shorthands, adder  # noqa: E402
from semantics import (  # noqa: E402
    ALL_TIME, ONE, D, Data, growth, last_month, last_quarter, last_week, month, n, pct,
    quarter, since, this_month, this_quarter, this_week, this_year, week_before, write,
)

NOW = D(2025, 7, 2)  # a Wednesday, the 2nd of the month
data = Data(os.path.join(HERE, "ridgeway.yaml"))
A, C, CH, P, ORG = data.asset, data.campaign, data.channel, data.platform, data.org()
title = {k: v["title"] for k, v in data.assets.items()}
cname = {k: v["name"] for k, v in data.campaigns.items()}
handle = {k: v["handle"] for k, v in data.channels.items()}

LM, MB = last_month(NOW), month(2025, 5)
LW, WB = last_week(NOW), week_before(last_week(NOW))
TW, TM, TQ, TY = this_week(NOW), this_month(NOW), this_quarter(NOW), this_year(NOW)
LQ, Q1 = last_quarter(NOW), quarter(2025, 1)
EVER = (ALL_TIME, NOW)
YDAY = (NOW - ONE, NOW - ONE)
assert LM == month(2025, 6) and LW == (D(2025, 6, 23), D(2025, 6, 29)) and TW == (D(2025, 6, 30), NOW)
assert TM == (D(2025, 7, 1), NOW) and TQ == TM and LQ == quarter(2025, 2)
Q = []
H = Shorthands(data)
ask = adder(Q)
fl, f, st, chg, vs = H.fl, H.f, H.st, H.chg, H.vs
ranked = H.ranked


def union(*scopes):
    return lambda s, c: any(sc(s, c) for sc in scopes)


def share(part, whole_parts, metric, period):
    """part's share of the whole; asserts the whole (organisation) equals the sum of whole_parts."""
    whole = fl(ORG, metric, period)
    assert whole == sum(fl(p, metric, period) for p in whole_parts), "whole != sum of parts"
    return pct(fl(part, metric, period) / whole)


PLATFORMS = sorted({c["platform"] for c in data.channels.values()})
ALL_ASSETS = [A(a) for a in data.assets]
ALL_CAMPAIGNS = [C(c) for c in data.campaigns]


# ---- averages, as src/core/engine/average.ts does them ----
def js_round(x):
    return math.floor(x + 0.5)


def months_in(start, end):
    months, day = 0.0, start
    while day <= end:
        nxt = D(day.year + (day.month == 12), day.month % 12 + 1, 1)
        length = (nxt - D(day.year, day.month, 1)).days
        covered = min(length - day.day + 1, (end - day).days + 1)
        months += covered / length
        day += covered * ONE
    return months


def first_row(scope, metric):
    return min(d for d, s, c, m, v in data.rows if m == metric and scope(s, c) and d <= NOW)


def avg(scope, metric, per, period=None):
    """(rounded average as the answer prints it, total, days)."""
    start, end = period if period else (first_row(scope, metric), NOW)
    total = fl(scope, metric, (start, end))
    days = (end - start).days + 1
    units = days if per == "day" else days / 7 if per == "week" else months_in(start, end)
    value = total / units
    shown = f"{js_round(value):,}" if abs(value) >= 100 else f"{js_round(value * 10) / 10:.1f}"
    return shown, total, days


def av(scope, metric, per, period=None):
    shown, total, _ = avg(scope, metric, per, period)
    return [shown, n(total)]


# The non-video rows: Instagram Stories (channel-level views, daily from Aug 2024), Deep Snow screens
# (campaign-level views, Dec 2024 – Feb 2025), Summit Season newsletter (campaign-level shares, May – Sep 2024).
assert {(s, m) for d, s, c, m, v in data.rows if s not in data.assets and m != "followers"} == {
    ("ig-ridgeway", "views"), ("deep-snow", "views"), ("summit-season", "shares")}

# ---- 1. Period over period (flows) ----
ask("By how much did our views grow in June compared with May?", vs(ORG, "views", LM, MB))
ask("likes last week: up or down on the week before, and by what percent?", vs(ORG, "likes", LW, WB))
ask("did tiktok plays rise or fall last week?", vs(P("tiktok"), "views", LW, WB))
ask("month-on-month change in YouTube watch time, June against May", vs(P("youtube"), "watch-time", LM, MB))
ask("How did Q2 views stack up against Q1?", vs(ORG, "views", LQ, Q1))
ask("comments so far this month versus the same days in June",
    vs(ORG, "comments", TM, (D(2025, 6, 1), D(2025, 6, 2))))
ask("views in June 2025 compared with June 2024", vs(ORG, "views", LM, month(2024, 6)))
ask("Did Night Run's likes drop last month compared with May?", vs(A("night-run"), "likes", LM, MB))
ask("How much did Deep Snow's views change from Q1 to Q2?", vs(C("deep-snow"), "views", LQ, Q1))
assert fl(C("deep-snow"), "views", LQ) < fl(C("deep-snow"), "views", Q1)

# ---- 2. Differences ----
a, b = fl(A("night-run"), "views", LQ), fl(A("mud-sweat-switchbacks"), "views", LQ)
ask("How many more views did Night Run on Green Mountain get than Mud, Sweat and Switchbacks in Q2?",
    [n(a), n(b), n(a - b)])
a, b = fl(P("tiktok"), "likes", LM), fl(P("instagram"), "likes", LM)
assert a > b
ask("How many fewer likes did Instagram get than TikTok last month?", [n(a), n(b), n(a - b)])
a, b = st(P("youtube"), NOW), st(P("facebook"), NOW)
ask("what's the gap between our YouTube and Facebook subscriber counts right now?", [n(a), n(b), n(a - b)])
a, b = fl(A("avalanche-basics"), "watch-time", TY), fl(A("berthoud-pass"), "watch-time", TY)
ask("difference in watch time between Avalanche Basics and Skinning Up Berthoud Pass this year",
    [n(a), n(b), n(abs(a - b))])
a, b = fl(C("riverbound"), "comments", LM), fl(C("trail-tested"), "comments", LM)
ask("Riverbound minus Trail Tested, comments in June?", [n(a), n(b), n(abs(a - b))])

# ---- 3. Shares of a total (percent with one decimal) ----
plat = [P(p) for p in PLATFORMS]
ask("what fraction of last quarter's views were on YouTube?", [share(P("youtube"), plat, "views", LQ)])
ask("What percentage of June likes did Night Run on Green Mountain get?",
    [share(A("night-run"), ALL_ASSETS, "likes", LM)])
ask("TikTok's share of comments this year", [share(P("tiktok"), plat, "comments", TY)])
ask("how much of our Q1 watch time came from YouTube?", [share(P("youtube"), plat, "watch-time", Q1)])
tt = C("trail-tested")
whole = fl(tt, "likes", LQ)
assert whole == sum(fl(A(k), "likes", LQ) for k, v in data.assets.items() if v["campaign"] == "trail-tested")
ask("What proportion of Trail Tested's likes last quarter came from The 50K Shoe Test?",
    [pct(fl(A("shoe-test-50k"), "likes", LQ) / whole)])
ask("What share of last month's shares came from the river campaign?",
    [share(C("riverbound"), ALL_CAMPAIGNS, "shares", LM)])
ask("percent of our followers that are on X", [pct(st(P("x"), NOW) / st(ORG, NOW))])

# ---- 4. Averages ----
ask("What were our average daily views in June?", av(ORG, "views", "day", LM))
ask("On average, how many plays a week did Avalanche Basics get in Q1?", av(A("avalanche-basics"), "views", "week", Q1))
ask("how many views a day does Hut Trip Diaries get?", av(A("hut-trip-diaries"), "views", "day"))
ask("mean daily likes on tiktok this year", av(P("tiktok"), "likes", "day", TY))
ask("average monthly minutes watched on YouTube in Q4 2024", av(P("youtube"), "watch-time", "month", quarter(2024, 4)))
ask("average comments per day so far this month", av(ORG, "comments", "day", TM))
ask("How many likes per week does First Descent average?", av(A("first-descent"), "likes", "week"))
shown, _, _ = avg(A("packing-light"), "shares", "day", LW)
assert "." in shown  # a small average keeps one decimal
ask("average daily shares for Packing Light last week", av(A("packing-light"), "shares", "day", LW))
ask("average weekly views for the winter campaign this year", av(C("deep-snow"), "views", "week", TY))
ask("what's the average views per month on Instagram since January?",
    av(P("instagram"), "views", "month", since(D(2025, 1, 1), NOW)))

# ---- 5. Follower levels at dates ----
ask("How many followers did Ridgeway on YouTube have at the end of March?", [n(st(CH("yt-ridgeway"), D(2025, 3, 31)))])
ask("tiktok follower count as of 2024-06-30", [n(st(P("tiktok"), D(2024, 6, 30)))])
ask("total followers across all five channels today", [n(st(ORG, NOW))])
ask("RidgewayGear followers at the end of Q1", [n(st(CH("x-ridgeway"), D(2025, 3, 31)))])
ask("instagram followers on 2025-01-01", [n(st(P("instagram"), D(2025, 1, 1)))])

# ---- 6. Follower changes, gains and losses ----
may_x = chg(P("x"), MB)
assert may_x < 0
ask("How many fans did we lose on X in May?", [n(-may_x)])
q2_x = chg(P("x"), LQ)
assert q2_x < 0
ask("Did X gain or lose followers last quarter, and by how much?", [n(-q2_x)])
ask("How many followers has Facebook added since 2024-06-01?", [n(chg(P("facebook"), since(D(2024, 6, 1), NOW)))])
ask("tiktok followers gained this month", [n(chg(P("tiktok"), TM))])
ask("How many followers did Instagram pick up in June?", [n(chg(P("instagram"), LM))])
a, b = st(P("instagram"), D(2025, 6, 30)), st(P("instagram"), D(2025, 3, 31))
ask("Instagram followers at the end of June vs the end of March", [n(a), n(b), growth(a, b)])
june = {k: chg(CH(k), LM) for k in data.channels}
assert [k for k, v in june.items() if v < 0] == ["x-ridgeway"]
ask("Which channel lost the most followers in June?", [handle["x-ridgeway"], n(-june["x-ridgeway"])])
ask("net follower growth across all our channels last quarter", [n(chg(ORG, LQ))])

# ---- 7. Combined subjects ----
ask("YouTube plus TikTok views last week, combined", [n(fl(union(P("youtube"), P("tiktok")), "views", LW))])
ask("How many likes did Night Run and First Descent get together in June?",
    [n(fl(union(A("night-run"), A("first-descent")), "likes", LM))])
ask("Instagram and Facebook followers put together", [n(st(P("instagram"), NOW) + st(P("facebook"), NOW))])
ask("combined watch time for Deep Snow and Riverbound in Q2",
    [n(fl(union(C("deep-snow"), C("riverbound")), "watch-time", LQ))])

# ---- 8. Top / bottom N, ties included ----
low = ranked({k: A(k) for k in data.assets}, "comments", LW, asc=True)
assert low[0][1] == low[1][1] < low[2][1] and {low[0][0], low[1][0]} == {"packing-light", "berthoud-pass"}
ask("Which video got the fewest comments last week?", [title["packing-light"], title["berthoud-pass"], n(low[0][1])])
may = ranked({k: A(k) for k in data.assets}, "likes", MB)
assert may[2][1] == may[3][1] > may[4][1] and may[1][1] > may[2][1]
ask("top 3 videos by likes in May", [title[k] for k, _ in may[:4]] + [n(v) for _, v in may[:4]])
top_ch = ranked({k: CH(k) for k in data.channels}, "watch-time", LQ)
assert top_ch[1][1] > top_ch[2][1]
ask("top 2 channels by watch time last quarter", [x for k, v in top_ch[:2] for x in (handle[k], n(v))])
low_p = ranked({p: P(p) for p in PLATFORMS}, "shares", Q1, asc=True)
assert low_p[0][1] < low_p[1][1]
PNAME = {"youtube": "YouTube", "tiktok": "TikTok", "instagram": "Instagram", "facebook": "Facebook", "x": "X"}
ask("which platform got the fewest shares in Q1?", [PNAME[low_p[0][0]], n(low_p[0][1])])
bot = ranked({k: A(k) for k in data.assets}, "views", TY, asc=True)
assert bot[2][1] < bot[3][1]
ask("bottom 3 videos by views this year", [x for k, v in bot[:3] for x in (title[k], n(v))])
camp = ranked({k: C(k) for k in data.campaigns}, "comments", LM)
ask("Which campaign drew the most comments last month?", [cname[camp[0][0]], n(camp[0][1])])

# ---- 9. Totals across everything ----
ask("total views across everything to date", [f(ORG, "views", EVER)])
ask("how many shares have we had altogether, every channel and campaign, since we started?", [f(ORG, "shares", EVER)])
ask("all-time watch time in minutes", [f(ORG, "watch-time", EVER)])

# ---- 10. `now` on the 2nd: this month, this week, this quarter, yesterday ----
ask("views so far this month", [f(ORG, "views", TM)])
ask("how are tiktok likes looking this week so far", [f(P("tiktok"), "likes", TW)])
ask("yesterday's views on Instagram", [f(P("instagram"), "views", YDAY)])

write(os.path.join(HERE, "questions.json"), "ridgeway.yaml", NOW, Q)
