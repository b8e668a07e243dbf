"""Computes every expected figure for questions.json independently of Pulse, following
/work/shared/spec/data-format.md. `now` is 2025-01-01 (a Wednesday and the first day of a year), so "this
week/month/quarter/year" start at or cross a boundary, "last week" is 2024-12-23..29, "last month" December 2024
and "in May" May 2024. Each of the 35 public question types is asked two new ways (same strictness as the public
`expect` lists), then 15 calendar-edge questions follow. Run: `python3 expected.py`."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from expect_helpers import Helpers, question, ranking_terms  # noqa: E402
from semantics import (  # noqa: E402
    ALL_TIME, D, Data, growth, last_month, last_n_days, last_quarter, last_week, month, n, named_month, pct, quarter,
    since, this_month, this_quarter, this_week, this_year, week_before, write, year,
)

NOW = D(2025, 1, 1)  # a Wednesday, the first day of the year
data = Data(os.path.join(HERE, "marisol.yaml"))
A, C, CH, P, ORG = data.asset, data.campaign, data.channel, data.platform, data.org()
EVER = (ALL_TIME, NOW)
YESTERDAY = (D(2024, 12, 31),) * 2
assert last_week(NOW) == (D(2024, 12, 23), D(2024, 12, 29)) and last_month(NOW) == month(2024, 12)
assert named_month(NOW, 5) == month(2024, 5) and last_quarter(NOW) == quarter(2024, 4)
title = {k: v["title"] for k, v in data.assets.items()}
cname = {k: v["name"] for k, v in data.campaigns.items()}
handle = {k: v["handle"] for k, v in data.channels.items()}
LANGS = sorted({a["language"] for a in data.assets.values()})
h = Helpers(data, no_ties=True)
f, top, lang = h.f, h.top, h.lang

Q = []


def ask(qs, expect, forbid=None):
    for q in qs:
        Q.append(question(q, expect, forbid))


# 1. a video's views in a named month (May, now in January: May 2024)
ask(["How many plays did Starlit Mesa rack up in May?", "views: starlit mesa, may"],
    [f(A("starlit-mesa"), "views", named_month(NOW, 5))])
# 2. a channel's followers
ask(["visitmarisol's follower count on IG?", "How many people follow visitmarisol on Instagram?"],
    [n(data.stock(CH("ig-visitmarisol"), "followers", NOW))])
# 3. the top video last month (December 2024)
ask(["Which video was viewed the most last month?", "best video by plays in december"],
    top(A, "views", last_month(NOW), 1, title))
# 4. top 3 videos by likes this year (this year = 1 January 2025 only)
ask(["Which 3 videos have collected the most likes this year?", "this year's top 3 videos by likes"],
    (lambda t: t[0::2] + t[1::2])(top(A, "likes", this_year(NOW), 3, title)))
# 5. a campaign's views last week
ask(["How many plays did Highland Kitchens get last week?", "last week - highland kitchens views"],
    [f(C("highland-kitchens"), "views", last_week(NOW))])
# 6. a campaign (by alias) last week vs the week before
a, b = (data.flow(C("under-the-stars"), "views", *p) for p in (last_week(NOW), week_before(last_week(NOW))))
ask(["stargazing campaign: views last week vs the week before",
     "Did the stargazing campaign's views go up or down last week compared to the week before?"],
    [n(a), n(b), growth(a, b)])
# 7. campaigns by target market
ask(["Do we have any campaigns aimed at Germany?", "germany campaigns"],
    ["Marisol Under the Stars"], ["Highland Kitchens", "Ultra Trail"])
# 8. awards
AWARDS = [w["name"] for w in data.doc["awards"]]
ask(["Which prizes has Marisol won?", "show me our awards"], AWARDS)
# 9. a rank
ask(["Americas Highland Destinations Index — what's our position?",
     "what rank do we hold in the americas highland destinations index"], ["33"])
# 10. views by language in a month (December 2024)
ask(["December views split by language", "How were last month's views distributed across languages?"],
    [f(lang(code), "views", month(2024, 12)) for code in LANGS])
# 11. goal progress
v, t, p = data.goal("under-the-stars", data.campaigns["under-the-stars"]["goals"][0], NOW)
ask(["How far along is Marisol Under the Stars toward its target?", "stargazing campaign goal - are we there yet?"],
    [n(v), n(t), pct(p)])
# 12. a platform's views in the last 7 days (2024-12-26..2025-01-01, across the new year)
ask(["YT views, last 7 days", "How many views has YouTube had in the past seven days?"],
    [f(P("youtube"), "views", last_n_days(NOW, 7))])
# 13. followers gained this month (1 January only; a follower row falls on it)
ask(["TikTok follower gains this month?", "How many fans did we add on TikTok this month?"],
    [n(data.stock_change(P("tiktok"), "followers", *this_month(NOW)))])
# 14. a campaign's status (and its total)
ask(["Has the ultra trail campaign finished?", "status of Canyon Ultra Trail 2024?"],
    ["completed", f(C("canyon-ultra-2024"), "views", EVER)])
# 15. videos available in a language (original or version)
ask(["Do we have any videos in Portuguese?", "list the portuguese-language videos"],
    ["Runners' Diary", "Canyon Finish Highlights"], ["Starlit Mesa"])
# 16. a video's watch time, all time
ask(["Observatory Night Shift watch hours?", "What's the total watch time of Observatory Night Shift?"],
    [f(A("observatory-night"), "watch-hours", EVER)])
# 17. two platforms compared in a month
ask(["In May, which did better on views: YouTube or TikTok?", "youtube and tiktok views for may"],
    [f(P("youtube"), "views", named_month(NOW, 5)), f(P("tiktok"), "views", named_month(NOW, 5))])
# 18. the channel with the most followers
best = max(data.channels, key=lambda ch: data.stock(CH(ch), "followers", NOW))
ask(["Which of our accounts has the most fans?", "top channel by followers"],
    [handle[best], n(data.stock(CH(best), "followers", NOW))])
# 19. a video's shares since a date
ask(["Cacao Trail Tasting: shares since Oct 1?", "How many shares has Cacao Trail had since the 1st of October?"],
    [f(A("cacao-trail"), "shares", since("2024-10-01", NOW))])
# 20. total views in a quarter
ask(["What was the total view count across all campaigns for Q3 2024?", "all views in Q3 2024"],
    [f(ORG, "views", quarter(2024, 3))])
# 21. a campaign's owner
ask(["Who's in charge of the ultra trail campaign?", "Canyon Ultra Trail 2024 owner?"], ["Camille Durand"])
# 22. a misspelled video name
ask(["How many views did Starlt Mesa get last week?", "starlit meza plays last week"],
    [f(A("starlit-mesa"), "views", last_week(NOW))])
# 23. a video that does not exist: no figure may be invented
ask(["How many plays did the Sunrise Balloon Ride video get?", "Volcano Hike Vlog views?"], [], ["#NUMBER"])
# 24. active campaigns
ask(["Which campaigns are ongoing?", "active campaigns?"],
    [cname[c] for c, v in data.campaigns.items() if v["status"] == "active"], ["Jacaranda Spring Festival"])
# 25. publication date
ask(["On what date was Canyon Finish Highlights posted?", "canyon finish highlights release date"],
    [str(data.assets["canyon-finish"]["published"])])
# 26. a video's likes on one platform last month
ask(["Instagram likes for Mole Masterclass in December",
     "How many likes did the mole masterclass video get on IG last month?"],
    [f(A("mole-masterclass", platform="instagram"), "likes", last_month(NOW))])
# 27. subscriber growth this month
ask(["MarisolTV subscribers gained this month", "how many new youtube subs this month"],
    [n(data.stock_change(P("youtube"), "followers", *this_month(NOW)))])
# 28. a campaign summary: status, total views, its top video
hk = [a for a, v in data.assets.items() if v["campaign"] == "highland-kitchens"]
top_hk = max(hk, key=lambda a: data.flow(A(a), "views", *EVER))
ask(["Can you summarise Highland Kitchens?", "highland kitchens overview"],
    ["active", f(C("highland-kitchens"), "views", EVER), title[top_hk]])
# 29. yesterday (31 December 2024)
ask(["Cacao Trail Tasting views for yesterday", "What were yesterday's plays on Cacao Trail?"],
    [f(A("cacao-trail"), "views", YESTERDAY)])
# 30. rankings
RANKS = ranking_terms(data)
ask(["What indexes rank us?", "show our rankings"], RANKS)
# 31. the top campaign this month (1 January only)
ask(["Best campaign by views this month?", "Which campaign is leading on plays this month?"],
    top(C, "views", this_month(NOW), 1, cname))
# 32. planned campaigns
ask(["Which campaigns haven't started yet?", "what's planned?"], ["Jacaranda Spring Festival"])
# 33. a video's views on one platform, all time
ask(["Canyon Finish Highlights on Twitter: views?", "X views for canyon finish highlights"],
    [f(A("canyon-finish", platform="x"), "views", EVER)])
# 34. a video's award
ask(["Did Starlit Mesa win an award?", "starlit mesa prizes"],
    ["Best Night Sky Film", "Latin American Tourism Film Awards 2024"])
# 35. the top language, all time
ask(["Which language brings in the most plays?", "best language by views"],
    top(lang, "views", EVER, 1, {c: c for c in LANGS})[1:])
assert len(Q) == 70

# ---- calendar edges ----
ask(["How many views did we get this week?"], [f(ORG, "views", this_week(NOW))])  # Mon 30 Dec .. Wed 1 Jan
ask(["total views this year"], [f(ORG, "views", this_year(NOW))])  # 1 January only
ask(["How many views did Highland Kitchens get in 2024?"], [f(C("highland-kitchens"), "views", year(2024))])
ask(["tiktok views last year"], [f(P("tiktok"), "views", year(2024))])
ask(["YouTube views yesterday"], [f(P("youtube"), "views", YESTERDAY)])
ask(["Instagram plays this quarter"], [f(P("instagram"), "views", this_quarter(NOW))])  # 1 January only
ask(["What were our total views in Q4 2024?"], [f(ORG, "views", quarter(2024, 4))])
ask(["How many plays did Marisol Under the Stars get last quarter?"], [f(C("under-the-stars"), "views", last_quarter(NOW))])
ask(["TikTok views in December"], [f(P("tiktok"), "views", month(2024, 12))])
ask(["How many views did Mole Masterclass get on 2024-02-29?"], [f(A("mole-masterclass"), "views", (D(2024, 2, 29),) * 2)])
ask(["Ultra Trail Teaser views in February 2024"], [f(A("ultra-teaser"), "views", month(2024, 2))])  # leap month
ask(["How many followers did visitmarisol gain last month?"],
    [n(data.stock_change(CH("ig-visitmarisol"), "followers", *last_month(NOW)))])
ask(["runners' diary watch time in may"], [f(A("runners-diary"), "watch-hours", named_month(NOW, 5))])
ask(["How many views did the Jacaranda Parade clip get last week?"], [], ["#NUMBER"])
ask(["views of our Canyon Sunrise Balloon video in december"], [], ["#NUMBER"])
assert len(Q) == 85

write(os.path.join(HERE, "questions.json"), "marisol.yaml", NOW, Q)
