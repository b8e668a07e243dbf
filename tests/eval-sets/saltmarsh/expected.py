"""Computes every expected figure for questions.json independently of Pulse, following
/work/shared/spec/data-format.md. Round 20: a fresh general regression. Every public question type is asked once
or twice in new wording (plain, varied, sometimes long-winded, sometimes two words), plus the questions a
marketing lead adds on a Monday: "how did we do last week?" (an overview; the week's views are expected),
"which campaign grew the most vs last month", "followers across all accounts", "our biggest video ever",
"are we on track for the goal?" (three goals on two campaigns: each progress % is expected), and three unknown
names (no figure may be invented).

`now` is 2025-10-17, a Friday in mid-October: "last week" is Oct 6-12, "this week" Oct 13-17, "yesterday"
Oct 16, "last month" September 2025, "this month" Oct 1-17, Q2/Q3 without a year are 2025's. Follower rows fall
on Tuesdays, so the level at `now` is the row of Tue Oct 14.

Semantics beyond _lib (kept here, _lib is unchanged):
- "available in <language>" counts an asset's own language and its `versions` (as in the public set);
- a campaign summary names its status, its all-time views and its top video by all-time views (public set);
- "which campaign grew the most vs last month": this month so far against the same days of the month before
  (the spec's "previous" for "this month so far"), growth = (cur - prev) / prev. The spec does not say whether
  "grew the most" is by count or by percentage, or whether "vs last month" means "last month against the month
  before"; the data is built so that the same campaign wins on all four readings (asserted), and the expected
  answer is that campaign and its percentage under the spec's reading.
Run: `python3 generate.py && python3 expected.py`."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from expect_helpers import Catalog, adder  # noqa: E402
from semantics import (  # noqa: E402
    ALL_TIME, D, Data, growth, last_month, last_n_days, last_week, month, n, named_month, pct, quarter,
    since, this_month, this_week, this_year, week_before, write,
)

NOW = D(2025, 10, 17)  # a Friday
assert NOW.weekday() == 4
data = Data(os.path.join(HERE, "saltmarsh.yaml"))
A, C, CH, P, ORG = data.asset, data.campaign, data.channel, data.platform, data.org()
assert not [r for r in data.rows if r[0] > NOW]
assert {r[0].weekday() for r in data.rows if r[3] == "followers"} == {1}

EVER = (ALL_TIME, NOW)
LW, LM, TM, TW, TY = last_week(NOW), last_month(NOW), this_month(NOW), this_week(NOW), this_year(NOW)
YESTERDAY = (D(2025, 10, 16),) * 2
assert LW == (D(2025, 10, 6), D(2025, 10, 12)) and LM == month(2025, 9) and TW == (D(2025, 10, 13), NOW)
assert named_month(NOW, 8) == month(2025, 8) and named_month(NOW, 10) == (D(2025, 10, 1), D(2025, 10, 31))

K = Catalog(data)
title, cname, handle, camps, assets, LANGS = K.title, K.cname, K.handle, K.camps, K.assets, K.langs
top, lang, top_k, others, camps_where, assets_in = K.top, K.lang, K.top_k, K.others, K.camps_where, K.assets_in
fl, f, st, chg, vs = K.fl, K.f, K.st, K.chg, K.vs
Q = []
ask = adder(Q)
NOBODY = ["#NUMBER"]

# ---- the public question types, in new wording ----
# a video's views in a named month
ask("Pink Horizons views in August?", [f(A("pink-horizons"), "views", named_month(NOW, 8))])
ask("Could you give me the view count for Otter Tracks for the month of July, please?",
    [f(A("otter-tracks"), "views", named_month(NOW, 7))])
# a channel's followers
ask("follower count on saltmarsh.wild", [n(st(CH("tt-saltmarsh"), NOW))])
ask("How many people follow visitsaltmarsh on Instagram at the moment?", [n(st(CH("ig-saltmarsh"), NOW))])
# the top video last month
ask("Which clip pulled in the most views last month?", top(A, "views", LM, 1, title))
# top 3 by likes this year
t = top(A, "likes", TY, 3, title)
ask("Give me the three best-liked videos of 2025 so far", t[0::2] + t[1::2])
# a campaign's views last week
ask("Estuary Trails views last week, in total", [f(C("estuary-trails"), "views", LW)])
ask("how many plays did the flamingo campaign rack up last week", [f(C("flamingo-season"), "views", LW)])
# a campaign last week vs the week before (by alias)
ask("Was the trails campaign up or down last week versus the week before?",
    vs(C("estuary-trails"), "views", LW, week_before(LW)))
# campaigns by market
ask("Which of our campaigns are aimed at Germany?", ["Estuary Trails"],
    ["Flamingo Season", "Paddle Challenge", "Winter Birding Week"])
ask("campaigns targeting the Netherlands", ["Flamingo Season"],
    ["Estuary Trails", "Paddle Challenge", "Winter Birding Week"])
# awards
ask("every award we have picked up, please", [w["name"] for w in data.doc["awards"]])
# a rank
ask("Where do we place in Best Birding Regions?", ["9"])
# views by language in a month
ask("Break down September views by language",
    [f(lang(code), "views", month(2025, 9)) for code in LANGS])
# goal progress for one campaign
v, tg, p = data.goal("estuary-trails", camps["estuary-trails"]["goals"][0], NOW)
ask("Is Estuary Trails on pace to hit its target?", [n(v), n(tg), pct(p)])
# a platform's views in the last 7 days
ask("TikTok plays in the past 7 days", [f(P("tiktok"), "views", last_n_days(NOW, 7))])
ask("What did YouTube bring in, views-wise, over the last seven days?", [f(P("youtube"), "views", last_n_days(NOW, 7))])
# followers gained this month
ask("Net new Instagram followers so far this month?", [n(chg(P("instagram"), TM))])
# a campaign's status (by alias) and its all-time total
ask("What state is the paddle challenge campaign in?",
    ["completed", f(C("paddle-challenge-2025"), "views", EVER)])
# videos available in a language (original or version)
ask("Which of our videos can people watch in Afrikaans?", ["A Morning with the Flamingos", "Pink Horizons"],
    ["Kayaking the Lagoon", "Otter Tracks", "Boardwalk at Dawn"])
# a video's watch time, all time
ask("Total hours watched on Reed Beds by Bike", [f(A("reed-beds-bike"), "watch-hours", EVER)])
# two platforms in a month
ask("Instagram vs X views in June", [f(P("instagram"), "views", month(2025, 6)), f(P("x"), "views", month(2025, 6))])
# the channel with the most followers
best = max(data.channels, key=lambda ch: st(CH(ch), NOW))
assert sorted(st(CH(c), NOW) for c in data.channels)[-2] < st(CH(best), NOW)
ask("Which of our accounts has the largest following?", [handle[best], n(st(CH(best), NOW))])
# a video's shares since a date
ask("shares for Boardwalk at Dawn since 1 September", [f(A("boardwalk-dawn"), "shares", since("2025-09-01", NOW))])
# total views in a quarter
ask("How many views did we get in the second quarter?", [f(ORG, "views", quarter(2025, 2))])
ask("overall views Q3 2025", [f(ORG, "views", quarter(2025, 3))])
# owner
ask("Who's in charge of Estuary Trails?", ["Pieter van Wyk"])
ask("who runs the flamingo campaign", ["Thandi Mokoena"])
# a misspelled video
ask("views for Boardwalk at Dwan last week", [f(A("boardwalk-dawn"), "views", LW)])
ask("Kayakng the Lagon likes this month", [f(A("kayaking-lagoon"), "likes", TM)])
# active campaigns
ask("What campaigns are live right now?", ["Flamingo Season", "Estuary Trails"],
    ["Winter Birding Week", "Paddle Challenge"])
# publication date
ask("What date did Otter Tracks go out?", [str(assets["otter-tracks"]["published"])])
ask("release date of Race to the River Mouth", [str(assets["river-mouth-race"]["published"])])
# a video's likes on one platform last month
ask("Likes on Instagram for A Morning with the Flamingos last month",
    [f(A("morning-flamingos", platform="instagram"), "likes", LM)])
# subscriber growth this month (October, the month of `now`)
ask("How many subscribers has SaltmarshTV added in October?", [n(chg(CH("yt-saltmarsh"), named_month(NOW, 10)))])
assert chg(CH("yt-saltmarsh"), named_month(NOW, 10)) == chg(P("youtube"), TM)
# a campaign summary
et = [a for a, x in assets.items() if x["campaign"] == "estuary-trails"]
top_et = max(et, key=lambda a: fl(A(a), "views", EVER))
ask("Give me a rundown of Estuary Trails", ["active", f(C("estuary-trails"), "views", EVER), title[top_et]])
# yesterday
ask("reed beds by bike yesterday", [f(A("reed-beds-bike"), "views", YESTERDAY)])
# rankings
ask("Which indexes rank us, and where do we sit in each?",
    [r["index"] for r in data.doc["rankings"]] + [str(r["rank"]) for r in data.doc["rankings"]])
# the top campaign this month
ask("best performing campaign so far this month by views", top(C, "views", TM, 1, cname))
# planned campaigns
ask("Anything in the pipeline that hasn't launched yet?", ["Winter Birding Week"],
    ["Flamingo Season", "Estuary Trails"])
# a video on one platform, all time
ask("Finish Line at Heron Point on YouTube: total views", [f(A("heron-point-finish", platform="youtube"), "views", EVER)])
# awards of one subject
ask("Has Pink Horizons won anything?", ["Best Nature Tourism Film", "African Travel Film Festival 2025"])
ask("what did the paddle challenge win", ["Silver, Outdoor Adventure category", "Cape Tourism Media Awards"])
# the top language, all time
ask("our top language for views overall", top(lang, "views", EVER, 1, {c: c for c in LANGS})[1:])
# a couple of other periods
ask("likes for the flamingo campaign this week", [f(C("flamingo-season"), "likes", TW)])
ask("SaltmarshCoast views since March", [f(CH("x-saltmarsh"), "views", since("2025-03-01", NOW))])

# ---- what a marketing lead adds ----
ask("how did we do last week?", [f(ORG, "views", LW)])
ask("Quick recap of last week for the team?", [f(ORG, "views", LW)])
# growth vs last month: the same winner on every reading (asserted), expected under the spec's reading
cands = {c: C(c) for c in camps if c != "winter-birding-week"}
prev_days = (D(2025, 9, 1), D(2025, 9, 17))
readings = []
for cur, prev in ((TM, prev_days), (LM, month(2025, 8))):
    gr = {c: (fl(sc, "views", cur), fl(sc, "views", prev)) for c, sc in cands.items()}
    by_count = max(gr, key=lambda c: gr[c][0] - gr[c][1])
    by_pct = max(gr, key=lambda c: (gr[c][0] - gr[c][1]) / gr[c][1])
    readings += [by_count, by_pct]
    assert gr[by_count][0] > gr[by_count][1]
assert len(set(readings)) == 1, readings
win = readings[0]
a, b = fl(C(win), "views", TM), fl(C(win), "views", prev_days)
ask("which campaign grew the most vs last month", [cname[win], growth(a, b)])
ask("how many followers do we have across all accounts?", [n(st(ORG, NOW))])
tv = top(A, "views", EVER, 1, title)
ask("what's our biggest video ever?", tv)
goals = [data.goal(c, g, NOW) for c in camps for g in camps[c].get("goals", [])]
assert len(goals) == 3
ask("are we on track for the goal?", [pct(p) for _, _, p in goals])

# ---- unknown names: nothing may be invented ----
ask("How many views did Hippo Pool Sunset get?", [], NOBODY)
ask("Who owns the Crane Migration campaign and how many plays has it had?", [], NOBODY)
ask("likes on Mudflat Safari last month", [], NOBODY)

write(os.path.join(HERE, "questions.json"), "saltmarsh.yaml", NOW, Q)
