"""Computes every expected figure for questions.json independently of Pulse, following
/work/shared/spec/data-format.md. Round 23: a city film-festival office (time zone Asia/Seoul); every public
question type once, worded plainly the way a festival marketing coordinator writes in Slack, plus 3 unknown
names with #NUMBER forbidden.

`now` is 2025-11-01, a Saturday and the first day of a month: "this week" is Mon 2025-10-27..Sat 11-01,
"last week" 2025-10-20..26, "last month" October 2025, "this month" is the single day 2025-11-01, "yesterday"
is Friday 2025-10-31 and "Q3" (no year) is Q3 2025. Follower rows fall on Fridays, so the level at `now` is the
row of 2025-10-31 and no follower row falls in November (no follower question asks about "this month").

Readings beyond _lib (kept here, _lib is unchanged):
- "since Oct 1" is the latest Oct 1 on or before `now` (2025) through `now`;
- "available in / come in <language>" counts an asset's own language and its `versions` (public set);
- a campaign summary names its status, its all-time views and its top video by all-time views (public set);
  a status answer carries the status word and all-time views (public set);
- views by language group assets by their own `language` (public set), and every language has rows in the
  month asked, so every figure is > 0;
- a goal's progress counts from the campaign start to min(now, by) in the goal's own metric (here likes).
Run: `python3 generate.py && python3 expected.py`."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from expect_helpers import Catalog, adder, ranking_terms  # noqa: E402
from semantics import (  # noqa: E402
    ALL_TIME, D, Data, last_month, last_n_days, last_week, n, named_month, pct, quarter, since, this_month,
    this_week, this_year, week_before, write,
)

NOW = D(2025, 11, 1)  # a Saturday
assert NOW.weekday() == 5
data = Data(os.path.join(HERE, "quarrytown.yaml"))
A, C, CH, P, ORG = data.asset, data.campaign, data.channel, data.platform, data.org()
assert not [r for r in data.rows if r[0] > NOW]

EVER = (ALL_TIME, NOW)
LW, LM, TM, TW, TY, Q3 = (last_week(NOW), last_month(NOW), this_month(NOW), this_week(NOW), this_year(NOW),
                          quarter(2025, 3))
YESTERDAY = (D(2025, 10, 31),) * 2
assert LW == (D(2025, 10, 20), D(2025, 10, 26)) and LM == named_month(NOW, 10) and TM == (NOW, NOW)
assert TW == (D(2025, 10, 27), NOW) and TY == (D(2025, 1, 1), NOW)

K = Catalog(data)
title, cname, handle, camps, assets, LANGS = K.title, K.cname, K.handle, K.camps, K.assets, K.langs
top, lang, top_k, others, camps_where, assets_in = K.top, K.lang, K.top_k, K.others, K.camps_where, K.assets_in
fl, f, st, chg, vs = K.fl, K.f, K.st, K.chg, K.vs
Q = []
ask = adder(Q)


# 1. a video's views in a month without a year
ask("how many views did the Festival Trailer 2025 pull in september?",
    [f(A("festival-trailer"), "views", named_month(NOW, 9))])
# 2. a channel's followers
ask("what's the follower count on qiff.official right now?", [n(st(CH("ig-qiff"), NOW))])
# 3. the top video last month
ask("what was our biggest video last month in terms of views?", top_k(A, "views", LM, 1, title))
# 4. top 3 by likes this year
ask("give me our 3 most liked videos so far this year", top_k(A, "likes", TY, 3, title))
# 5. a campaign's views last week
ask("Short Film Nights views for last week?", [f(C("short-film-nights"), "views", LW)])
# 6. a campaign by alias, last week vs the week before
ask("main festival views: last week against the week before?",
    vs(C("qiff-2025"), "views", LW, week_before(LW)))
# 7. campaigns by target market
yes, no = camps_where(lambda c: "FR" in c.get("markets", []))
assert yes == ["Short Film Nights"]
ask("which of our campaigns are aimed at France?", yes, no)
# 8. awards
AWARDS = [w["name"] for w in data.doc["awards"]]
ask("can you list every award we've won?", AWARDS)
# 9. a rank
ask("where did we land in the Korea Cultural Cities Index?", ["4"])
# 10. views by language in a month
SEP = named_month(NOW, 9)
assert all(data.flow(lang(c), "views", *SEP) > 0 for c in LANGS)
ask("views per language for september please", [f(lang(c), "views", SEP) for c in LANGS])
# 11. goal progress (a likes goal)
v, t, p = data.goal("quarrytown-on-screen", camps["quarrytown-on-screen"]["goals"][0], NOW)
assert 0 < p < 1
ask("how close is Quarrytown on Screen to hitting its goal?", [n(v), n(t), pct(p)])
# 12. a platform's views in the last N days
L10 = last_n_days(NOW, 10)
assert L10 == (D(2025, 10, 23), NOW)
ask("tiktok views over the past 10 days", [f(P("tiktok"), "views", L10)])
# 13. followers gained on a platform (last month: no follower row falls in November)
g = chg(P("instagram"), LM)
assert g > 0
ask("how many new instagram followers did we pick up in october?", [n(g)])
# 14. a campaign's status
ask("where's the main festival campaign at, status-wise?", ["completed", f(C("qiff-2025"), "views", EVER)])
# 15. videos available in a language
yes, no = assets_in("ja")
assert len(yes) == 3
ask("which of our videos come in Japanese?", yes, no)
# 16. watch time
ask("total watch time on Director Talks: Ahn Soo-yeon", [f(A("director-talks"), "watch-hours", EVER)])
# 17. two platforms compared in a month
AUG = named_month(NOW, 8)
ask("youtube vs instagram views in august", [f(P("youtube"), "views", AUG), f(P("instagram"), "views", AUG)])
# 18. the channel with the most followers
lv = sorted(((st(CH(c), NOW), c) for c in data.channels), reverse=True)
assert lv[0][0] > lv[1][0]
ask("which of our accounts has the biggest following?", [handle[lv[0][1]], n(lv[0][0])])
# 19. shares since a date
ask("shares on Student Film Showcase since Oct 1", [f(A("student-showcase"), "shares", since("2025-10-01", NOW))])
# 20. organisation total in a quarter
ask("total views for the whole festival office in Q3", [f(ORG, "views", Q3)])
# 21. owner by alias
ask("who's the owner of the locations campaign?", ["Seo Hye-jin"])
# 22. a misspelt name close enough to match
ask("how many plays did Paris Meets Quarytown get last week?", [f(A("paris-meets-quarrytown"), "views", LW)])
# 23. unknown names: no figure may be invented
ask("how many views did the Haeundae Beach Premiere video get?", [], ["#NUMBER"])
ask("likes for the Hanok Cinema Tour campaign in october", [], ["#NUMBER"])
ask("shares on the Lantern Puppet Workshop clip this year?", [], ["#NUMBER"])
# 24. active campaigns
yes, no = camps_where(lambda c: c["status"] == "active")
ask("what campaigns are running right now?", yes, no)
# 25. publication date
ask("what date did Drone Over the Quarry go up?", [str(assets["drone-quarry"]["published"])])
# 26. a video's likes on one platform last month
ask("how many IG likes did Opening Night Red Carpet get last month?",
    [f(A("red-carpet", platform="instagram"), "likes", LM)])
# 27. subscriber growth on a platform
g = chg(P("youtube"), LW)  # the Oct 24 row minus the Oct 17 row
assert g > 0
ask("how much did our youtube subscribers go up last week?", [n(g)])
# 28. a campaign summary
sf = [a for a, v in assets.items() if v["campaign"] == "short-film-nights"]
best = max(sf, key=lambda a: fl(A(a), "views", EVER))
ask("give me a quick summary of Short Film Nights", ["active", f(C("short-film-nights"), "views", EVER), title[best]])
# 29. a metric alias, yesterday
ask("plays on Student Film Showcase yesterday", [f(A("student-showcase"), "views", YESTERDAY)])
# 30. rankings
RANKS = ranking_terms(data)
ask("which rankings do we show up in?", RANKS)
# 31. the top campaign this month (only Nov 1 so far)
ask("which campaign is leading on views this month?", top_k(C, "views", TM, 1, cname))
# 32. planned
yes, no = camps_where(lambda c: c["status"] == "planned")
ask("anything coming up that hasn't launched yet?", yes, no)
# 33. one video on X
ask("how many X views has Festival Trailer 2025 had?", [f(A("festival-trailer", platform="x"), "views", EVER)])
# 34. a video's award
w = [a for a in data.doc["awards"] if a.get("subject") == "quarry-lake-locations"]
assert len(w) == 1
ask("what award did Quarry Lake Film Locations get?", [w[0]["name"], w[0]["event"]],
    [x for x in AWARDS if x != w[0]["name"]])
# 35. the top language
tl = sorted(((data.flow(lang(c), "views", *EVER), c) for c in LANGS), reverse=True)
assert tl[0][0] > tl[1][0]
ask("what's our top language for views?", [n(tl[0][0])])

write(os.path.join(HERE, "questions.json"), "quarrytown.yaml", NOW, Q)
