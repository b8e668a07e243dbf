"""Computes every expected figure for questions.json independently of Pulse, following
/work/shared/spec/data-format.md. Round 9: comparisons, breakdowns and stocks (followers at a date, net change,
by platform/channel, shares of a total, period-over-period). `now` is 2024-10-09, a Wednesday.
Run: `python3 generate.py && python3 expected.py`."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from expect_helpers import Helpers, question  # noqa: E402
from semantics import (  # noqa: E402
    D, Data, growth, last_month, last_n_days, last_quarter, last_week, month, n, pct, quarter,
    this_month, this_week, this_year, week_before, write,
)

NOW = D(2024, 10, 9)  # a Wednesday
data = Data(os.path.join(HERE, "tidewater.yaml"))
A, C, CH, P, ORG = data.asset, data.campaign, data.channel, data.platform, data.org()
assert last_week(NOW) == (D(2024, 9, 30), D(2024, 10, 6)) and last_quarter(NOW) == quarter(2024, 3)
title = {k: v["title"] for k, v in data.assets.items()}
cname = {k: v["name"] for k, v in data.campaigns.items()}
handle = {k: v["handle"] for k, v in data.channels.items()}
PLAT = {"youtube": "YouTube", "instagram": "Instagram", "tiktok": "TikTok", "x": "X"}
Q = []


def ask(q, expect, forbid=None):
    Q.append(question(q, expect, forbid))


def fl(scope, metric, period):
    return data.flow(scope, metric, *period)


def st(scope, at):
    return data.stock(scope, "followers", at)


def chg(scope, period):
    return data.stock_change(scope, "followers", *period)


def vs(scope, metric, cur, prev):
    a, b = fl(scope, metric, cur), fl(scope, metric, prev)
    return [n(a), n(b), growth(a, b)]


def breakdown(groups, metric, period):
    return [n(v) for v in (fl(s, metric, period) for s in groups) if v]


SEP, AUG, Q3 = month(2024, 9), month(2024, 8), quarter(2024, 3)
LW, WB = last_week(NOW), week_before(last_week(NOW))
L7 = last_n_days(NOW, 7)
PREV7 = (L7[0] - (L7[1] - L7[0]) - D.resolution, L7[0] - D.resolution)
TM = this_month(NOW)
TM_PREV = (D(2024, 9, 1), D(2024, 9, 9))  # this month so far -> the same days of the month before

# --- two subjects compared over one period
ask("Coastal Trails vs Harbour Lights likes in Q3",
    [n(fl(C("coastal-trails"), "likes", Q3)), n(fl(C("harbour-lights"), "likes", Q3))])
ask("Compare Cliff Walk and Night Ferry watch time last month",
    [n(fl(A("cliff-walk"), "watch-hours", SEP)), n(fl(A("night-ferry"), "watch-hours", SEP))])
ask("compare Harbour by Night and Lantern Festival views in August",
    [n(fl(A("harbour-by-night"), "views", AUG)), n(fl(A("lantern-festival"), "views", AUG))])
ask("Instagram vs TikTok shares last week", [n(fl(P("instagram"), "shares", LW)), n(fl(P("tiktok"), "shares", LW))])
ask("Compare YouTube and X likes this year",
    [n(fl(P("youtube"), "likes", this_year(NOW))), n(fl(P("x"), "likes", this_year(NOW)))])
ask("Winter Fjords vs Coastal Trails views in Q1 2024",
    [n(fl(C("winter-fjords"), "views", quarter(2024, 1))), n(fl(C("coastal-trails"), "views", quarter(2024, 1)))])
# --- a period against the one before
ask("How did views change month over month?", vs(ORG, "views", TM, TM_PREV))
ask("Views in September vs August", vs(ORG, "views", SEP, AUG))
ask("Views last 7 days vs the 7 days before", vs(ORG, "views", L7, PREV7))
ask("Week over week change in views for Harbour Lights last week", vs(C("harbour-lights"), "views", LW, WB))
ask("Harbour Lights views this week vs last week",
    [n(fl(C("harbour-lights"), "views", this_week(NOW))), n(fl(C("harbour-lights"), "views", LW))])
ask("How did Coastal Trails likes last month compare to the month before?", vs(C("coastal-trails"), "likes", SEP, AUG))
ask("How did YouTube watch time do last week compared to the week before?",
    vs(P("youtube"), "watch-hours", LW, WB))
ask("Did Night Ferry get more shares last month than in August?", vs(A("night-ferry"), "shares", SEP, AUG))
ask("Compare TikTok views in September with August", vs(P("tiktok"), "views", SEP, AUG))
ask("Lighthouse Trail plays last 7 days vs previous 7 days", vs(A("lighthouse-trail"), "views", L7, PREV7))
# --- stocks at a date
ask("YouTube followers at the end of August", [n(st(P("youtube"), D(2024, 8, 31)))])
ask("Followers as of 2024-09-30", [n(st(ORG, D(2024, 9, 30)))])
ask("How many Instagram followers did we have on June 30?", [n(st(P("instagram"), D(2024, 6, 30)))])
ask("TikTok subscribers at the end of Q2", [n(st(P("tiktok"), D(2024, 6, 30)))])
ask("How many followers do we have in total?", [n(st(ORG, NOW))])
ask("How many fans does TidewaterTV have?", [n(st(CH("yt-tidewater"), NOW))])
ask("X followers at the end of last month", [n(st(P("x"), D(2024, 9, 30)))])
# --- stock changes
ask("Net new followers on Instagram in September", [n(chg(P("instagram"), SEP))])
ask("How many followers did we gain last week?", [n(chg(ORG, LW))])
x_lw = chg(P("x"), LW)
ask(f"How many followers did we {'lose' if x_lw < 0 else 'gain'} on X last week?", [n(abs(x_lw))])
ask("Follower growth on TikTok this year", [n(chg(P("tiktok"), this_year(NOW)))])
ask("How much did our YouTube subscribers grow in Q3?", [n(chg(P("youtube"), Q3))])
ask("How many new followers did we get this month?", [n(chg(ORG, TM))])
ask("Net follower change on X in August", [n(abs(chg(P("x"), AUG)))])
ask("How many followers did TikTok add last quarter?", [n(chg(P("tiktok"), Q3))])
# --- breakdowns
ask("Followers by platform", [n(st(P(p), NOW)) for p in PLAT])
ask("Followers by channel at the end of June", [n(st(CH(c), D(2024, 6, 30))) for c in data.channels])
ask("Likes by campaign last quarter", breakdown([C(c) for c in data.campaigns], "likes", Q3))
ask("Shares per video this month", breakdown([A(a) for a in data.assets], "shares", TM))
ask("Views by platform last month", breakdown([P(p) for p in PLAT], "views", SEP))
ask("Watch time by campaign in August", breakdown([C(c) for c in data.campaigns], "watch-hours", AUG))
ask("Views by video last week", breakdown([A(a) for a in data.assets], "views", LW))
ask("Break down Coastal Trails views by platform in September",
    breakdown([C("coastal-trails", platform=p) for p in PLAT], "views", SEP))
ask("Likes per channel this year", breakdown([CH(c) for c in data.channels], "likes", this_year(NOW)))
ask("Views by campaign in Q2", breakdown([C(c) for c in data.campaigns], "views", quarter(2024, 2)))
LANGS = sorted({a["language"] for a in data.assets.values()})
lang = Helpers(data).lang
ask("Views by language last month", breakdown([lang(x) for x in LANGS], "views", SEP))
# --- shares of a total
tot = fl(ORG, "views", SEP)
ask("What share of views came from YouTube last month?", [pct(fl(P("youtube"), "views", SEP) / tot)])
ask("What percentage of likes came from Instagram in Q3?",
    [pct(fl(P("instagram"), "likes", Q3) / fl(ORG, "likes", Q3))])
ask("What share of our views did Harbour Lights get last month?", [pct(fl(C("harbour-lights"), "views", SEP) / tot)])
ask("What share of followers are on TikTok?", [pct(st(P("tiktok"), NOW) / st(ORG, NOW))])
# --- tops within comparisons/breakdowns
best = max(PLAT, key=lambda p: chg(P(p), SEP))
ask("Which platform gained the most followers in September?", [PLAT[best], n(chg(P(best), SEP))])
bc = max(data.channels, key=lambda c: st(CH(c), D(2024, 8, 31)))
ask("Which channel had the most followers at the end of August?", [handle[bc], n(st(CH(bc), D(2024, 8, 31)))])
bv = max(data.assets, key=lambda a: fl(A(a), "shares", SEP))
ask("Which video got the most shares last month?", [title[bv], n(fl(A(bv), "shares", SEP))])
ask("Total likes across all campaigns last week vs the week before", vs(ORG, "likes", LW, WB))
assert len(Q) == 50, len(Q)
write(os.path.join(HERE, "questions.json"), "tidewater.yaml", NOW, Q)
