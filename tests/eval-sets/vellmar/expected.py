"""Computes every expected figure for questions.json independently of Pulse, following
/work/shared/spec/data-format.md. Each of the 35 public question types is asked three ways, with the same
strictness as the public `expect` lists. Run: `python3 expected.py`."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from expect_helpers import Helpers, question, ranking_terms  # noqa: E402
from semantics import (  # noqa: E402
    ALL_TIME, D, Data, growth, last_month, last_n_days, last_week, n, named_month, pct, quarter, since,
    this_month, this_year, week_before, write,
)

NOW = D(2024, 9, 18)  # a Wednesday
data = Data(os.path.join(HERE, "vellmar.yaml"))
A, C, CH, P, ORG = data.asset, data.campaign, data.channel, data.platform, data.org()
EVER = (ALL_TIME, NOW)
YESTERDAY = (NOW - (NOW - D(2024, 9, 17)),) * 2
title = {k: v["title"] for k, v in data.assets.items()}
cname = {k: v["name"] for k, v in data.campaigns.items()}
handle = {k: v["handle"] for k, v in data.channels.items()}
LANGS = sorted({a["language"] for a in data.assets.values()})
h = Helpers(data)
f, top, lang = h.f, h.top, h.lang

Q = []


def ask(qs, expect, forbid=None):
    assert len(qs) == 3
    for q in qs:
        Q.append(question(q, expect, forbid))


# 1. a video's views in a named month (the month before last)
ask(["What was the view count of Lantern Steps in July?", "lantern steps plays july",
     "Give me the views for Lantern Steps during July 2024, please"],
    [f(A("lantern-steps"), "views", named_month(NOW, 7))])
# 2. a channel's followers
ask(["How many fans does visitvellmar have on Instagram?", "visitvellmar instagram followers",
     "What's the follower count of our Instagram account visitvellmar?"],
    [n(data.stock(CH("ig-visitvellmar"), "followers", NOW))])
# 3. the top video last month
ask(["Which video got the most plays in August?", "top video by views last month", "last month's most viewed video?"],
    top(A, "views", last_month(NOW), 1, title))
# 4. top 3 videos by likes this year
ask(["What are our three most-liked videos this year?", "top 3 videos likes 2024",
     "Show me the 3 videos with the most likes so far this year"],
    (lambda t: t[0::2] + t[1::2])(top(A, "likes", this_year(NOW), 3, title)))
# 5. a campaign's views last week
ask(["How many views did Flavours of Vellmar get last week?", "flavours of vellmar views last wk",
     "Flavours of Vellmar's views — last week?"],
    [f(C("flavours-of-vellmar"), "views", last_week(NOW))])
# 6. a campaign (by alias) last week vs the week before
a, b = data.flow(C("vellmar-after-dark"), "views", *last_week(NOW)), data.flow(C("vellmar-after-dark"), "views", *week_before(last_week(NOW)))
ask(["Compare the nightlife campaign's views last week with the week before",
     "how did vellmar after dark perform last week vs the previous week",
     "Vellmar After Dark: last week compared with the week before?"],
    [n(a), n(b), growth(a, b)])
# 7. campaigns by target market
ask(["Which campaigns are aimed at Italy?", "campaigns targeting the Italian market", "What campaigns do we run in Italy?"],
    ["Vellmar After Dark"], ["Flavours of Vellmar", "Regatta"])
# 8. awards
AWARDS = [w["name"] for w in data.doc["awards"]]
ask(["What awards have we received?", "list our awards", "Have we won any prizes?"], AWARDS)
# 9. a rank
ask(["Where do we rank in the European Seaside Towns Index?", "european seaside towns index rank",
     "What position did Vellmar get in the European Seaside Towns Index?"], ["27"])
# 10. views by language in a month
ask(["Break down August views by language", "views per language last month",
     "How many plays did each language get in August?"],
    [f(lang(code), "views", named_month(NOW, 8)) for code in LANGS])
# 11. goal progress
v, t, p = data.goal("vellmar-after-dark", data.campaigns["vellmar-after-dark"]["goals"][0], NOW)
ask(["Is Vellmar After Dark on track for its goal?", "after dark goal progress",
     "How close is the nightlife campaign to its views target?"], [n(v), n(t), pct(p)])
# 12. a platform's views in the last 7 days
ask(["How many YouTube views did we get over the past 7 days?", "youtube plays last 7 days",
     "Views on YouTube in the last seven days"], [f(P("youtube"), "views", last_n_days(NOW, 7))])
# 13. followers gained this month
ask(["How many new TikTok followers did we get this month?", "tiktok follower growth this month",
     "By how much did our TikTok fans grow this month?"],
    [n(data.stock_change(P("tiktok"), "followers", *this_month(NOW)))])
# 14. a campaign's status (and its total)
ask(["Is the regatta campaign still running?", "regatta status", "What's the current status of Vellmar Regatta 2024?"],
    ["completed", f(C("regatta-2024"), "views", EVER)])
# 15. videos available in a language (original or version)
ask(["What videos do we have in Swedish?", "videos in swedish", "Which of our videos can be watched in Swedish?"],
    ["Sailors' Logbook", "Finish Line Highlights"], ["Lantern Steps"])
# 16. a video's watch time, all time
ask(["How many watch hours has Desert Moon Terrace had?", "desert moon terrace watch time",
     "Desert Moon Terrace's watch time so far"], [f(A("desert-moon"), "watch-hours", EVER)])
# 17. two platforms compared in a month
ask(["YouTube vs TikTok views in July", "How did YouTube compare with TikTok on views in July?",
     "july views: youtube vs tiktok"],
    [f(P("youtube"), "views", named_month(NOW, 7)), f(P("tiktok"), "views", named_month(NOW, 7))])
# 18. the channel with the most followers
best = max(data.channels, key=lambda ch: data.stock(CH(ch), "followers", NOW))
ask(["Which of our channels has the largest following?", "biggest channel by followers",
     "What account has the most subscribers?"], [handle[best], n(data.stock(CH(best), "followers", NOW))])
# 19. a video's shares since a date
ask(["Pastry Row at Sunrise shares since Aug 1", "How many times has Pastry Row been shared since 1 August?",
     "shares of pastry row since 2024-08-01"], [f(A("pastry-row"), "shares", since("2024-08-01", NOW))])
# 20. total views in a quarter
ask(["How many views did we get in Q2 2024?", "total plays Q2 2024",
     "What were our overall views across every campaign in Q2 2024?"], [f(ORG, "views", quarter(2024, 2))])
# 21. a campaign's owner
ask(["Who is responsible for the regatta campaign?", "owner of Vellmar Regatta 2024", "who runs the regatta?"],
    ["Anneke de Vries"])
# 22. a misspelled video name
ask(["How many views did Lantern Stpes get last week?", "lanter steps views last week", "Views for Lantrn Steps last week?"],
    [f(A("lantern-steps"), "views", last_week(NOW))])
# 23. a video that does not exist: no figure may be invented
ask(["How many views did the Blue Grotto video get?", "views for Cliffside Sunset Tour",
     "What was the view count of the Tram Ride clip?"], [], ["#NUMBER"])
# 24. active campaigns
ask(["What campaigns are currently running?", "list active campaigns", "Which campaigns are live right now?"],
    [cname[c] for c, v in data.campaigns.items() if v["status"] == "active"], ["Winter Light Trail"])
# 25. publication date
ask(["What date did Finish Line Highlights go live?", "finish line highlights publish date",
     "When did we release Finish Line Highlights?"], [str(data.assets["finish-line"]["published"])])
# 26. a video's likes on one platform last month
ask(["Sardine Grill likes on Instagram last month", "How many Instagram likes did the Sardine Grill video get in August?",
     "likes for sardine grill (instagram), last month"],
    [f(A("sardine-grill", platform="instagram"), "likes", last_month(NOW))])
# 27. subscriber growth this month
ask(["How many YouTube subscribers have we gained this month?", "youtube subscriber growth this month",
     "By how much did VellmarTV's subscribers grow this month?"],
    [n(data.stock_change(P("youtube"), "followers", *this_month(NOW)))])
# 28. a campaign summary: status, total views, its top video
fl = [a for a, v in data.assets.items() if v["campaign"] == "flavours-of-vellmar"]
top_fl = max(fl, key=lambda a: data.flow(A(a), "views", *EVER))
ask(["Give me an overview of Flavours of Vellmar", "flavours of vellmar summary", "Tell me about the Flavours of Vellmar campaign"],
    ["active", f(C("flavours-of-vellmar"), "views", EVER), title[top_fl]])
# 29. yesterday
ask(["How many views did Pastry Row at Sunrise get yesterday?", "pastry row views yesterday",
     "yesterday's plays for Pastry Row?"], [f(A("pastry-row"), "views", YESTERDAY)])
# 30. rankings
RANKS = ranking_terms(data)
ask(["Which rankings do we appear in?", "list our rankings", "Where are we ranked?"], RANKS)
# 31. the top campaign this month
ask(["Which campaign has the most views so far this month?", "top campaign by views this month",
     "What's our best-performing campaign this month in terms of plays?"], top(C, "views", this_month(NOW), 1, cname))
# 32. planned campaigns
ask(["What's coming up next?", "which campaigns are planned", "Any upcoming campaigns?"], ["Winter Light Trail"])
# 33. a video's views on one platform, all time
ask(["How many views did Finish Line Highlights get on X?", "finish line highlights X views",
     "Finish Line Highlights — views on X (Twitter)?"], [f(A("finish-line", platform="x"), "views", EVER)])
# 34. a video's award
ask(["What award did Lantern Steps receive?", "lantern steps awards", "Has Lantern Steps won anything?"],
    ["Best Nightlife Film", "Mediterranean Tourism Film Festival 2024"])
# 35. the top language, all time
ask(["What language has the most views?", "top language by views", "Which language performs best in terms of plays?"],
    top(lang, "views", EVER, 1, {c: c for c in LANGS})[1:])

write(os.path.join(HERE, "questions.json"), "vellmar.yaml", NOW, Q)
