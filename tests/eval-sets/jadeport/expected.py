"""Computes every expected figure for questions.json independently of Pulse, following
/work/shared/spec/data-format.md. Round 16: the public question types written the way a busy colleague whose
first language is not English types in Slack: missing articles and plurals ("how many view the korean video
get", "how much follower"), "how much" for counts, changed word order ("last week views of X?", "views X last
month"), "the" everywhere ("the YouTube the views"), wrong prepositions ("views in YouTube", "followers of
Instagram", "on last month", "on August"), mixed tenses ("how many views X gets yesterday"), literal phrasings
("what is the number of", "please give me data of", "I want to know", "can you check") and Chinglish forms
("compare last week and before week", "which video views most high", "is what status").

`now` is 2025-09-16, a Tuesday in the middle of a month: "this week" is Mon 15 - Tue 16 September, "last week"
8-14 September ("before week" 1-7 September), "yesterday" Monday 15 September, "last month" and "on August" are
August 2025, "this month" is 1-16 September, "last quarter" and "second quarter" are Q2 2025, "this year" is
1 January - 16 September 2025. Follower rows fall on Fridays, so the level at `now` is the row of 12 September
and "gained this month" is the 12 September row minus the 29 August row.

Semantics beyond _lib (kept here, _lib is unchanged):
- "available in <language>" / "can watch in <language>" counts an asset's own language and its `versions`
  (as in the public set);
- a campaign summary ("introduce", "overall situation") names its status, its all-time views and its top video
  by all-time views (public set); a status answer carries the all-time views (public set);
- "the korean video" is the one asset whose language is ko (asserted unique, and no other asset has a ko version);
- "from 1 August until now" is "since 1 August";
- "before week" is the week before last week (the spec's "previous" for a comparison).
Run: `python3 generate.py && python3 expected.py`."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from expect_helpers import Catalog, adder, ranking_terms  # noqa: E402
from semantics import (  # noqa: E402
    ALL_TIME, D, Data, last_month, last_n_days, last_quarter, last_week, month, n, named_month, pct, quarter,
    since, this_month, this_week, this_year, week_before, write,
)

NOW = D(2025, 9, 16)  # a Tuesday
assert NOW.weekday() == 1
data = Data(os.path.join(HERE, "jadeport.yaml"))
A, C, CH, P, ORG = data.asset, data.campaign, data.channel, data.platform, data.org()
assert not [r for r in data.rows if r[0] > NOW]

EVER = (ALL_TIME, NOW)
LW, LM, TM, TW, TY, LQ = last_week(NOW), last_month(NOW), this_month(NOW), this_week(NOW), this_year(NOW), \
    last_quarter(NOW)
YESTERDAY = (D(2025, 9, 15),) * 2
AUG, JUL = named_month(NOW, 8), named_month(NOW, 7)
assert LW == (D(2025, 9, 8), D(2025, 9, 14)) and week_before(LW) == (D(2025, 9, 1), D(2025, 9, 7))
assert LM == AUG == month(2025, 8) and JUL == month(2025, 7) and TM == (D(2025, 9, 1), NOW)
assert TW == (D(2025, 9, 15), NOW) and LQ == quarter(2025, 2)

K = Catalog(data)
title, cname, handle, camps, assets, LANGS = K.title, K.cname, K.handle, K.camps, K.assets, K.langs
top, lang, top_k, others, camps_where, assets_in = K.top, K.lang, K.top_k, K.others, K.camps_where, K.assets_in
fl, f, st, chg, vs = K.fl, K.f, K.st, K.chg, K.vs
Q = []
ask = adder(Q)
NONE = ["#NUMBER"]


# ---- 1. a video's views in a period ----
ko = [k for k, a in assets.items() if a["language"] == "ko" or "ko" in [v["language"] for v in a.get("versions", [])]]
assert ko == ["jiaozi-masters"]
ask("how many view the korean video get last week", [f(A("jiaozi-masters"), "views", LW)])
ask("views Kiln Fires of Yaotou Village on July?", [f(A("kiln-fires"), "views", JUL)])
ask("what is the number of likes for The Old Lighthouse of Baishi Island in last week?",
    [f(A("baishi-lighthouse"), "likes", LW)])

# ---- 2. a channel's followers ----
ask("how much follower hellojadeport have in instagram", [n(st(CH("ig-jadeport"), NOW))])
ask("how much follower on facebook", [n(st(P("facebook"), NOW))])

# ---- 3. the top video last month (August) ----
ask("which video views most high last month", top_k(A, "views", LM, 1, title))

# ---- 4. top N by likes this year ----
ask("please give me top 3 video of likes this year", top_k(A, "likes", TY, 3, title))

# ---- 5. a campaign's views last week (8-14 September) ----
ask("Harbour Kitchen views on last week?", [f(C("harbour-kitchen"), "views", LW)])
ask("I want to know the total view of the Porcelain Road in last week", [f(C("porcelain-road"), "views", LW)])

# ---- 6. a campaign, last week against the week before ----
ask("Harbour Kitchen views compare last week and before week",
    vs(C("harbour-kitchen"), "views", LW, week_before(LW)))
ask("the heritage campaign last week compare to the week before, how is it?",
    vs(C("porcelain-road"), "views", LW, week_before(LW)))

# ---- 7. campaigns by target market ----
yes, no = camps_where(lambda c: "VN" in c.get("markets", []))
assert yes == ["Jadeport Dragon Boat Regatta 2025"]
ask("which campaign is target for Vietnam?", yes, no)
yes, no = camps_where(lambda c: "RU" in c.get("markets", []))
assert yes == ["Harbour Kitchen"]
ask("what campaigns are for the Russia market", yes, no)

# ---- 8. awards ----
AWARDS = [w["name"] for w in data.doc["awards"]]
ask("what award we have win?", AWARDS)

# ---- 9. a rank ----
ask("in China Port City Soft Power Index we are number how much?", ["4"])

# ---- 10. views by language ----
assert LANGS == ["de", "en", "fr", "it", "ja", "ko", "ru", "th", "vi"]
for p in (AUG, TM):  # every language has rows in both periods, so every figure is > 0
    assert all(data.flow(lang(c), "views", *p) > 0 for c in LANGS)
ask("views by each language on August", [f(lang(c), "views", AUG) for c in LANGS])
ask("please give me data of views of every language this month", [f(lang(c), "views", TM) for c in LANGS])

# ---- 11. goal progress ----
v, t, p = data.goal("harbour-kitchen", camps["harbour-kitchen"]["goals"][0], NOW)
assert 0 < p < 1
ask("Harbour Kitchen goal now reach how many percent?", [n(v), n(t), pct(p)])
v, t, p = data.goal("porcelain-road", camps["porcelain-road"]["goals"][0], NOW)
assert 0 < p < 1
ask("can you check the Porcelain Road target, complete how much?", [n(v), n(t), pct(p)])

# ---- 12. a platform's views in the last N days ----
ask("the YouTube the views in last 7 days", [f(P("youtube"), "views", last_n_days(NOW, 7))])

# ---- 13. followers gained on a platform this month ----
g = chg(P("instagram"), TM)
assert g > 0
ask("how much follower we get more on Instagram this month", [n(g)])
g = chg(P("facebook"), TM)
assert g > 0
ask("this month the facebook fans increase how many", [n(g)])

# ---- 14. a campaign's status (with its all-time views) ----
assert fl(C("dragon-boat-2025"), "views", EVER) != fl(C("dragon-boat-2025"), "views", (D(2025, 4, 15), D(2025, 6, 30)))
ask("the dragon boat campaign is what status now?", ["completed", f(C("dragon-boat-2025"), "views", EVER)])

# ---- 15. videos available in a language ----
yes, no = assets_in("fr")
assert yes == ["Kiln Fires of Yaotou Village", "A Venetian Merchant in Jadeport"]
ask("which videos can watch in French?", yes, no)
yes, no = assets_in("vi")
assert yes == ["Zongzi with Grandma Wang", "Race Day on the Yuyang River"]
ask("what video is available for vietnamese?", yes, no)

# ---- 16. watch time ----
ask("watch time of Tea Houses of Laojie Street how much?", [f(A("laojie-tea"), "watch-hours", EVER)])

# ---- 17. two platforms compared ----
ask("compare the YouTube and the Facebook views on July", [f(P("youtube"), "views", JUL), f(P("facebook"), "views", JUL)])
ask("likes of Instagram compare with X in August", [f(P("instagram"), "likes", AUG), f(P("x"), "likes", AUG)])

# ---- 18. the channel with the most followers ----
lv = sorted(((st(CH(c), NOW), c) for c in data.channels), reverse=True)
assert lv[0][0] > lv[1][0]
ask("which account have the most much fans?", [handle[lv[0][1]], n(lv[0][0])])

# ---- 19. shares since a date ----
ask("shares of 50 Yuan Street Food Challenge from 1 August until now",
    [f(A("fifty-yuan"), "shares", since("2025-08-01", NOW))])
ask("how many share Race Day on the Yuyang River get since July 1?",
    [f(A("yuyang-race-day"), "shares", since("2025-07-01", NOW))])
ask("likes of Morning Congee at Dongmen Market from July until now",
    [f(A("dongmen-congee"), "likes", since("2025-07-01", NOW))])

# ---- 20. totals across everything ----
assert all(a["campaign"] in camps for a in assets.values()) and all(r[1] in assets or r[1] in data.channels for r in data.rows)
ask("the total views of all the campaigns on second quarter", [f(ORG, "views", LQ)])
ask("can you check how much share we have on August", [f(ORG, "shares", AUG)])

# ---- 21. owners ----
ask("Harbour Kitchen is who responsible?", ["Zhou Meiling"])

# ---- 22. a name slightly wrong (a plural dropped, a letter changed) ----
ask("how many views Jiaozi Master of Jadeport gets yesterday", [f(A("jiaozi-masters"), "views", YESTERDAY)])
ask("Zongzi with Grandma Wong views last week", [f(A("zongzi-grandma"), "views", LW)])

# ---- 23. unknown names: no figure may be invented ----
ask("how many views the Xiaolongbao Night Market video get?", [], NONE)
ask("Haixin Bridge Marathon campaign the likes on last month", [], NONE)
ask("please give me data of Jinsha Beach Sunrise", [], NONE)

# ---- 24. active campaigns ----
yes, no = camps_where(lambda c: c["status"] == "active")
ask("what campaigns is running now", yes, no)

# ---- 25. publication date ----
ask("Race Day on the Yuyang River publish date is?", [str(assets["yuyang-race-day"]["published"])])

# ---- 26. a video's likes on one platform last month ----
ask("likes of Jiaozi Masters of Jadeport in Instagram on last month",
    [f(A("jiaozi-masters", platform="instagram"), "likes", LM)])

# ---- 27. subscriber growth on a platform ----
g = chg(P("youtube"), TM)
assert g > 0
ask("our YouTube subscriber grow how much this month?", [n(g)])
g = chg(P("x"), LM)
assert g > 0
ask("X followers increase on last month is how much", [n(g)])

# ---- 28. a campaign summary ----
def summary(cid):
    ids = [a for a, v in assets.items() if v["campaign"] == cid]
    best = max(ids, key=lambda a: fl(A(a), "views", EVER))
    return [camps[cid]["status"], f(C(cid), "views", EVER), title[best]]


ask("please introduce Harbour Kitchen campaign for me", summary("harbour-kitchen"))
ask("can you check the Porcelain Road overall situation", summary("porcelain-road"))

# ---- 29. a metric alias, yesterday (Monday 15 September) ----
ask("how many views 50 Yuan Street Food Challenge gets yesterday", [f(A("fifty-yuan"), "views", YESTERDAY)])

# ---- 30. rankings ----
RANKS = ranking_terms(data)
ask("what ranking we are in?", RANKS)

# ---- 31. the top campaign ----
ask("this month which campaign views is the most?", top_k(C, "views", TM, 1, cname))
ask("campaign of most plays in last quarter is which", top_k(C, "views", LQ, 1, cname))

# ---- 32. planned ----
yes, no = camps_where(lambda c: c["status"] == "planned")
ask("what campaign is plan for next?", yes, no)
ask("which campaign not start yet", yes, no)

# ---- 32b. completed (the same status-list type as 24 and 32) ----
yes, no = camps_where(lambda c: c["status"] == "completed")
assert yes == ["Jadeport Dragon Boat Regatta 2025"]
ask("which campaign have finish already?", yes, no)

# ---- 33. one video on X ----
ask("the views of Paddlers' Diary in X", [f(A("paddlers-diary", platform="x"), "views", EVER)])
ask("Race Day on the Yuyang River on the X how many view", [f(A("yuyang-race-day", platform="x"), "views", EVER)])

# ---- 34. a video's award ----
w = [a for a in data.doc["awards"] if a.get("subject") == "jiaozi-masters"]
assert len(w) == 1
ask("Jiaozi Masters of Jadeport win what award?", [w[0]["name"], w[0]["event"]], [x for x in AWARDS if x != w[0]["name"]])

# ---- 35. the top language ----
tl = sorted(((data.flow(lang(c), "views", *EVER), c) for c in LANGS), reverse=True)
assert tl[0][0] > tl[1][0]
ask("which language views most high?", [n(tl[0][0])])

# ---- extra: "the" everywhere, and this week ----
ask("the views of the Instagram on the this week", [f(P("instagram"), "views", TW)])

write(os.path.join(HERE, "questions.json"), "jadeport.yaml", NOW, Q)
