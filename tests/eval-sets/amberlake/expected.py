"""Computes every expected figure for questions.json independently of Pulse, following
/work/shared/spec/data-format.md. Round 14: the public question types asked the NOISY way people type in
Slack: typos in metric and common words ("veiws", "folowers", "likess", "subscibers", "campain", "vidoe"),
doubled spaces, missing apostrophes, British spellings, numbers as words, written and ordinal dates, emoji and
punctuation, Slack formatting that reaches the CLI as plain text (*bold*, "quotes"), polite filler and chat
abbreviations (yt, ig, tt, vs, w/, approx, ytd, mtd, rn, atm, pls, u, r).

`now` is 2025-01-02, a Thursday and the second day of a year: "this week" is Mon 2024-12-30..Thu 2025-01-02
(it crosses the year), "last week" 2024-12-23..29, "last month" December 2024, "this month", "this quarter",
"this year", "ytd" and "mtd" are 2025-01-01..02, "last year" is 2024 and "Q4" (no year) is Q4 2024, the latest
Q4 that started on or before `now` (the spec's rule for "in May"; it is also "last quarter").
Follower rows fall on Mondays, so the level at `now` is the row of 2024-12-30.

Semantics beyond _lib (kept here, _lib is unchanged):
- a day written without a year ("the 24th of December", "Dec 3rd") is the latest such day on or before `now`
  (2024), as the spec does for a month without a year; "since <day>" runs from that day to `now`;
- "approx" asks for the same figure (Pulse states figures exactly; the expected figure is exact);
- "available in <language>" counts an asset's own language and its `versions` (as in the public set);
- a campaign summary names its status, its all-time views and its top video by all-time views (public set);
- "the 10k" is the campaign alias, not the number 10,000; "Amberlake 10K 2024" is a name, not a year filter,
  so its status answer carries the all-time total (rows go on after the campaign's end, as in the public
  sample), and the 2024-only total is different (asserted).
Run: `python3 generate.py && python3 expected.py`."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from expect_helpers import Catalog, adder, ranking_terms  # noqa: E402
from semantics import (  # noqa: E402
    ALL_TIME, D, Data, growth, last_month, last_n_days, last_quarter, last_week, month, n, named_month, pct,
    quarter, since, this_month, this_quarter, this_week, this_year, week_before, write, year,
)

NOW = D(2025, 1, 2)  # a Thursday
assert NOW.weekday() == 3
data = Data(os.path.join(HERE, "amberlake.yaml"))
A, C, CH, P, ORG = data.asset, data.campaign, data.channel, data.platform, data.org()
assert not [r for r in data.rows if r[0] > NOW]

EVER = (ALL_TIME, NOW)
LW, LM, TM, TW, TY, LY, Q4 = (last_week(NOW), last_month(NOW), this_month(NOW), this_week(NOW), this_year(NOW),
                              year(2024), quarter(2024, 4))
YESTERDAY = (D(2025, 1, 1),) * 2
assert LW == (D(2024, 12, 23), D(2024, 12, 29)) and LM == month(2024, 12)
assert TW == (D(2024, 12, 30), NOW) and TM == TY == this_quarter(NOW) == (D(2025, 1, 1), NOW)
assert last_quarter(NOW) == Q4 and named_month(NOW, 11) == month(2024, 11) and named_month(NOW, 12) == LM

K = Catalog(data)
title, cname, handle, camps, assets, LANGS = K.title, K.cname, K.handle, K.camps, K.assets, K.langs
top, lang, top_k, others, camps_where, assets_in = K.top, K.lang, K.top_k, K.others, K.camps_where, K.assets_in
fl, f, st, chg, vs = K.fl, K.f, K.st, K.chg, K.vs
Q = []
ask = adder(Q)


# ---- 1. a video's views in a month written without a year ----
ask("hey pulse, quick q: how many veiws did Amberforce Waterfall Trail get in november??",
    [f(A("amberforce"), "views", named_month(NOW, 11))])
ask("lantern boats on amberlake  views in december", [f(A("lantern-boats"), "views", named_month(NOW, 12))])

# ---- 2. a channel's followers ----
ask("how many folowers does amberlake.fells have on ig", [n(st(CH("ig-amberlake"), NOW))])
ask("*VisitAmberlake* subscibers on yt?", [n(st(CH("yt-amberlake"), NOW))])

# ---- 3. the top video last month (December 2024) ----
ask("which vid got the most veiws last month 👀", top_k(A, "views", LM, 1, title))
ask("top vidoe in december by plays pls", top_k(A, "views", LM, 1, title))

# ---- 4. top N by likes: this year (Jan 1-2), ytd, last year ----
ask("top three vids by likess this year", top_k(A, "likes", TY, 3, title))
ask("top five videos by likes ytd", top_k(A, "likes", TY, 5, title))

# ---- 5. a campaign's views last week (Dec 23-29) ----
ask("lakeside lights campain views last week, thanks!", [f(C("lakeside-lights"), "views", LW)])

# ---- 6. a campaign by alias, last week vs the week before ----
ask("hows the winter lights campaign doing last week vs the week before?",
    vs(C("lakeside-lights"), "views", LW, week_before(LW)))
ask("the 10k — views last week compared w/ the week before", vs(C("amberlake-10k"), "views", LW, week_before(LW)))

# ---- 7. campaigns by target market ----
yes, no = camps_where(lambda c: "JP" in c.get("markets", []))
assert yes == ["Lakeside Lights"]
ask("which campains target japan?", yes, no)
yes, no = camps_where(lambda c: "NL" in c.get("markets", []))
assert len(yes) == 2
ask("any campaigns aimed at the netherlands", yes, no)

# ---- 8. awards ----
AWARDS = [w["name"] for w in data.doc["awards"]]
ask("which awards have we picked up?? 🏆", AWARDS)

# ---- 9. a rank ----
ask("whats our rank in the \"UK Lakes Visitor Index\"", ["UK Lakes Visitor Index", "3"])
ask("where do we sit in the european walking regions ranking", ["11", "Gold"])

# ---- 10. views by language ----
assert LANGS == ["de", "en", "fr", "ja", "zh"]
for p in (LM, Q4):  # every language has rows in both periods, so every figure is > 0
    assert all(data.flow(lang(c), "views", *p) > 0 for c in LANGS)
ask("veiws by language in december", [f(lang(c), "views", LM) for c in LANGS])
ask("can u break down Q4 views by language", [f(lang(c), "views", Q4) for c in LANGS])

# ---- 11. goal progress ----
v, t, p = data.goal("fells-and-falls", camps["fells-and-falls"]["goals"][0], NOW)
assert 0 < p < 1
ask("hows Fells and Falls tracking vs its goal?", [n(v), n(t), pct(p)])
v, t, p = data.goal("lakeside-lights", camps["lakeside-lights"]["goals"][0], NOW)
# the goal's `by` (2024-12-31) is before `now`: the 2025 rows do not count
assert data.flow(C("lakeside-lights"), "views", D(2025, 1, 1), NOW) > 0
ask("did the winter lights campaign hit its target?", [n(v), n(t), pct(p)])

# ---- 12. a platform's views in the last N days ----
L14 = last_n_days(NOW, 14)
assert L14 == (D(2024, 12, 20), NOW)
ask("yt views in the last fourteen days", [f(P("youtube"), "views", L14)])
ask("tt plays past seven days?", [f(P("tiktok"), "views", last_n_days(NOW, 7))])

# ---- 13. followers gained on a platform ----
g = chg(P("tiktok"), LM)
assert g > 0
ask("how many folowers did we gain on tiktok last month?", [n(g)])
g = chg(P("instagram"), TW)  # the Dec 30 row minus the Dec 23 row
assert g > 0
ask("new ig followers this week", [n(g)])

# ---- 14. a campaign's status ----
assert fl(C("amberlake-10k"), "views", EVER) != fl(C("amberlake-10k"), "views", LY)
ask("whats the status of the *Amberlake 10K 2024* campain?", ["completed", f(C("amberlake-10k"), "views", EVER)])

# ---- 15. videos available in a language ----
yes, no = assets_in("nl")
assert yes == ["Wild Swimming in Tarn Hollow"]
ask("which vidoes are available in Dutch?", yes, no)
yes, no = assets_in("ja")
assert len(yes) == 2
ask("what videos do we have in japanese", yes, no)

# ---- 16. watch time ----
ask("watch time on \"Dark Skies over Thorn Fell\" last month", [f(A("thorn-fell-stars"), "watch-hours", LM)])

# ---- 17. two platforms compared ----
NOV = named_month(NOW, 11)
ask("yt vs tt views in november", [f(P("youtube"), "views", NOV), f(P("tiktok"), "views", NOV)])
ask("compare instagram and x likes last year", [f(P("instagram"), "likes", LY), f(P("x"), "likes", LY)])

# ---- 18. the channel with the most followers ----
lv = sorted(((st(CH(c), NOW), c) for c in data.channels), reverse=True)
assert lv[0][0] > lv[1][0]
ask("which channel has the most folowers rn?", [handle[lv[0][1]], n(lv[0][0])])

# ---- 19. shares since a written date ----
ask("how many shares did Kellbridge Christmas Market get since the 1st of December?",
    [f(A("kellbridge-market"), "shares", since("2024-12-01", NOW))])
ask("shares for finish line moments since Dec 3rd", [f(A("finish-line"), "shares", since("2024-12-03", NOW))])

# ---- 20. totals across everything ----
ask("total views across all campains in Q4", [f(ORG, "views", Q4)])
ask("views for the whole organisation last year", [f(ORG, "views", LY)])
ask("approx how many shares did we get in q4?", [f(ORG, "shares", Q4)])

# ---- 21. owners ----
ask("who runs *Lakeside Lights*?", ["Owen Pritchard"])
ask("could you pls tell me who owns the walking campaign", ["Harriet Booth"])

# ---- 22. a misspelt name close enough to match ----
ask("how many veiws did Finsh Line Moments get last week?", [f(A("finish-line"), "views", LW)])
ask("plays for wild swiming in tarn hollow last month", [f(A("tarn-hollow"), "views", LM)])
ask("likes for Lakeside Lihgts this month", [f(C("lakeside-lights"), "likes", TM)])

# ---- 23. unknown names, misspelt and far from any name: no figure may be invented ----
ask("how many views did the Ullswater Steemer video get?", [], ["#NUMBER"])
ask("likes for the Grasmere Gingerbrade campain last month", [], ["#NUMBER"])
ask("how did *Borrowdale Bothy Nights* do in december?", [], ["#NUMBER"])

# ---- 24. active campaigns ----
yes, no = camps_where(lambda c: c["status"] == "active")
ask("which campaigns are live atm?", yes, no)  # "Lambing Season Live" is planned, not live

# ---- 25. publication date ----
ask("when did we post the Dark Skies over Thorn Fell vid?", [str(assets["thorn-fell-stars"]["published"])])

# ---- 26. a video's likes on one platform last month ----
ask("how many likes did kellbridge christmas market get on ig last month?",
    [f(A("kellbridge-market", platform="instagram"), "likes", LM)])

# ---- 27. subscriber growth on a platform ----
g = chg(P("youtube"), LM)
assert g > 0
ask("how much did our yt subscibers grow last month", [n(g)])

# ---- 28. a campaign summary ----
ff = [a for a, v in assets.items() if v["campaign"] == "fells-and-falls"]
best = max(ff, key=lambda a: fl(A(a), "views", EVER))
ask("can u summarise Fells and Falls pls", ["active", f(C("fells-and-falls"), "views", EVER), title[best]])

# ---- 29. a metric alias, yesterday (New Year's Day) ----
ask("plays on the lantern boats vid yesterday?", [f(A("lantern-boats"), "views", YESTERDAY)])

# ---- 30. rankings ----
RANKS = ranking_terms(data)
ask("what rankings r we in", RANKS)

# ---- 31. the top campaign ----
ask("which campaign got the most views mtd?", top_k(C, "views", TM, 1, cname))
ask("which campaign had the most plays last year", top_k(C, "views", LY, 1, cname))

# ---- 32. planned ----
yes, no = camps_where(lambda c: c["status"] == "planned")
ask("which campaigns havent started yet", yes, no)

# ---- 33. one video on X ----
ask("how many views on x did the 10K Course Preview get?", [f(A("course-preview", platform="x"), "views", EVER)])

# ---- 34. a video's award ----
w = [a for a in data.doc["awards"] if a.get("subject") == "runners-of-the-fells"]
assert len(w) == 1
ask("what did *Runners of the Fells* win? 🎉", [w[0]["name"], w[0]["event"]], [x for x in AWARDS if x != w[0]["name"]])

# ---- 35. the top language ----
tl = sorted(((data.flow(lang(c), "views", *EVER), c) for c in LANGS), reverse=True)
assert tl[0][0] > tl[1][0]
ask("which language gets the most veiws?", [n(tl[0][0])])
tl = sorted(((data.flow(lang(c), "views", *LM), c) for c in LANGS), reverse=True)
assert tl[0][0] > tl[1][0]
ask("whats our favourite language by views last month", [n(tl[0][0])])

# ---- 36. the year boundary, with emoji and punctuation ----
ask("🎉 how many views this week??", [f(ORG, "views", TW)])
ask("likes on the 24th of december", [f(ORG, "likes", (D(2024, 12, 24),) * 2)])

write(os.path.join(HERE, "questions.json"), "amberlake.yaml", NOW, Q)
