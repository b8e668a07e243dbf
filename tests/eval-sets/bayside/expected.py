"""Computes every expected figure for questions.json independently of Pulse, following
/work/shared/spec/data-format.md. Round 7: the 35 public questions used as templates, word for word with only
names and dates swapped, over data with tricky names (accents, punctuation, a campaign sharing words with a video,
an Instagram handle "explore"). Questions 1-35 use the names as written in the data; 36-70 ask the same thing the
way people type (no accents, lower case, no apostrophe, "and" for "&"); then a few unknown names. `now` is
2024-09-13, a Friday in mid-September. Run: `python3 expected.py`."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from expect_helpers import Helpers  # noqa: E402
from semantics import (  # noqa: E402
    ALL_TIME, D, Data, growth, last_month, last_n_days, last_week, month, n, named_month, pct, quarter,
    since, this_month, this_year, week_before, write,
)

NOW = D(2024, 9, 13)  # a Friday
data = Data(os.path.join(HERE, "bayside.yaml"))
A, C, CH, P, ORG = data.asset, data.campaign, data.channel, data.platform, data.org()
EVER = (ALL_TIME, NOW)
YESTERDAY = (D(2024, 9, 12),) * 2
assert last_week(NOW) == (D(2024, 9, 2), D(2024, 9, 8)) and last_month(NOW) == month(2024, 8)
assert named_month(NOW, 5) == month(2024, 5) and named_month(NOW, 6) == month(2024, 6)
title = {k: v["title"] for k, v in data.assets.items()}
cname = {k: v["name"] for k, v in data.campaigns.items()}
handle = {k: v["handle"] for k, v in data.channels.items()}
LANGS = sorted({a["language"] for a in data.assets.values()})
h = Helpers(data, no_ties=True)
f, top, lang = h.f, h.top, h.lang


AS_WRITTEN, AS_TYPED = [], []


def ask(written, typed, expect, forbid=None):
    extra = {"forbid": forbid} if forbid else {}
    AS_WRITTEN.append({"q": written, "expect": expect, **extra})
    AS_TYPED.append({"q": typed, "expect": expect, **extra})


# 1. a video's views in a named month
ask("How many views did São Paulo Nights get in May?", "How many views did Sao Paulo Nights get in May?",
    [f(A("sao-paulo-nights"), "views", named_month(NOW, 5))])
# 2. a channel's followers (the handle is an ordinary word)
ask("How many followers does explore have on Instagram?", "how many followers does Explore have on instagram?",
    [n(data.stock(CH("ig-explore"), "followers", NOW))])
# 3. the top video last month
ask("Which video had the most views last month?", "which video had the most views last month",
    top(A, "views", last_month(NOW), 1, title))
# 4. top 3 videos by likes this year
ask("Top 3 videos by likes this year", "top 3 videos by likes this year",
    (lambda t: t[0::2] + t[1::2])(top(A, "likes", this_year(NOW), 3, title)))
# 5. a campaign's views last week
ask("Total views for Café Olé Mornings last week", "total views for cafe ole mornings last week",
    [f(C("cafe-ole"), "views", last_week(NOW))])
# 6. a campaign (sharing words with a video title) last week vs the week before
a, b = (data.flow(C("night-lights"), "views", *p) for p in (last_week(NOW), week_before(last_week(NOW))))
ask("How did the Night Lights campaign do last week compared to the week before?",
    "how did the night lights campaign do last week compared to the week before?", [n(a), n(b), growth(a, b)])
# 7. campaigns by target market
ask("Which campaigns target France?", "which campaigns target france", ["Après-Ski 2024"],
    ["Café Olé Mornings", "Night Lights", "Kids' Corner"])
# 8. awards
ask("Which awards have we won?", "which awards have we won",
    [w["name"] for w in data.doc["awards"]])
# 9. a rank (the index name has an accent)
ask("What is our rank in the Best Café Cities Ranking?", "what is our rank in the best cafe cities ranking?", ["12"])
# 10. views by language in a month
ask("Views by language in June", "views by language in june",
    [x for x in (f(lang(code), "views", month(2024, 6)) for code in LANGS) if x != "0"])  # Korean starts in July
# 11. goal progress
v, t, p = data.goal("cafe-ole", data.campaigns["cafe-ole"]["goals"][0], NOW)
ask("How is Café Olé Mornings tracking against its goal?", "how is cafe ole mornings tracking against its goal?",
    [n(v), n(t), pct(p)])
# 12. a platform's views in the last 7 days
ask("YouTube views in the last 7 days", "youtube views in the last 7 days",
    [f(P("youtube"), "views", last_n_days(NOW, 7))])
# 13. followers gained this month
ask("How many followers did we gain on TikTok this month?", "how many followers did we gain on tiktok this month",
    [n(data.stock_change(P("tiktok"), "followers", *this_month(NOW)))])
# 14. a campaign's status (by its accented alias) and its total
ask("What's the status of the après-ski campaign?", "whats the status of the apres ski campaign?",
    ["completed", f(C("apres-ski-2024"), "views", EVER)])
# 15. videos available in a language (original or version)
ask("Which videos are available in French?", "which videos are available in french",
    ["Piste Première", "Über the Glacier"], ["Chalet Fondue Guide", "Rock & Roll Alley"])
# 16. a video's watch time, all time (a colon in the title)
ask("Watch time for Dune: The Walk", "watch time for dune the walk", [f(A("dune-walk"), "watch-hours", EVER)])
# 17. two platforms compared in a month
ask("Compare YouTube and TikTok views in May", "compare youtube and tiktok views in may",
    [f(P("youtube"), "views", named_month(NOW, 5)), f(P("tiktok"), "views", named_month(NOW, 5))])
# 18. the channel with the most followers
best = max(data.channels, key=lambda ch: data.stock(CH(ch), "followers", NOW))
ask("Which channel has the most followers?", "which channel has the most followers",
    [handle[best], n(data.stock(CH(best), "followers", NOW))])
# 19. a video's shares since a date (a hyphen in the title)
ask("How many shares did K-Pop Street get since August 1?", "how many shares did kpop street get since august 1?",
    [f(A("kpop-street"), "shares", since("2024-08-01", NOW))])
# 20. total views in a quarter
ask("Total views across all campaigns in Q1 2024", "total views across all campaigns in q1 2024",
    [f(ORG, "views", quarter(2024, 1))])
# 21. a campaign's owner (an apostrophe in both)
ask("Who owns the Kids' Corner campaign?", "who owns the kids corner campaign?", ["Siobhán O'Connor"])
# 22. a misspelled video name
ask("How many views did São Paolo Nights get last week?", "how many views did sao paolo nights get last week?",
    [f(A("sao-paulo-nights"), "views", last_week(NOW))])
# 23. a video that does not exist: no figure may be invented
ask("How many views did the Copacabana video get?", "how many views did the copacabana video get?", [], ["#NUMBER"])
# 24. active campaigns
ask("Which campaigns are active?", "which campaigns are active",
    [cname[c] for c, v in data.campaigns.items() if v["status"] == "active"], ["Kids' Corner", "Après-Ski 2024"])
# 25. publication date (an umlaut)
ask("When was Über the Glacier published?", "when was uber the glacier published?",
    [str(data.assets["uber-glacier"]["published"])])
# 26. a video's likes on one platform last month (the title starts with a figure)
ask("How many likes did 10 Things to Eat get on Instagram last month?",
    "how many likes did 10 things to eat get on instagram last month?",
    [f(A("ten-things", platform="instagram"), "likes", last_month(NOW))])
# 27. subscriber growth this month
ask("How much did our YouTube subscribers grow this month?", "how much did our youtube subscribers grow this month",
    [n(data.stock_change(P("youtube"), "followers", *this_month(NOW)))])
# 28. a campaign summary: the campaign "Night Lights", not the video "Night Lights Drone Show"
nl = [a for a, v in data.assets.items() if v["campaign"] == "night-lights"]
top_nl = max(nl, key=lambda a: data.flow(A(a), "views", *EVER))
ask("Summarize Night Lights", "summarize night lights", ["active", f(C("night-lights"), "views", EVER), title[top_nl]])
# 29. yesterday (an ampersand in the title)
ask("plays for Rock & Roll Alley yesterday", "plays for rock and roll alley yesterday",
    [f(A("rock-roll-alley"), "views", YESTERDAY)])
# 30. rankings
ask("What rankings are we in?", "what rankings are we in",
    [r["index"] for r in data.doc["rankings"]] + [str(r["rank"]) for r in data.doc["rankings"]])
# 31. the top campaign this month
ask("Which campaign got the most views this month?", "which campaign got the most views this month",
    top(C, "views", this_month(NOW), 1, cname))
# 32. planned campaigns
ask("What is planned next?", "whats planned next", ["Kids' Corner"])
# 33. a video's views on one platform, all time (the video shares words with a campaign)
ask("views on X for Night Lights Drone Show", "views on x for night lights drone show",
    [f(A("night-lights-drone", platform="x"), "views", EVER)])
# 34. a video's award
ask("Which award did Night Lights Drone Show win?", "which award did night lights drone show win",
    ["Best Urban Nightscape", "Asia Pacific Travel Film Awards 2024"])
# 35. the top language, all time
ask("Which language gets the most views?", "which language gets the most views",
    top(lang, "views", EVER, 1, {c: c for c in LANGS})[1:])
Q = AS_WRITTEN + AS_TYPED
assert len(Q) == 70

# ---- unknown names near known ones: nothing may be invented ----
for q in ["How many views did the Café Noir Evenings campaign get?", "plays for Rio Carnival Nights last week",
          "watch time for Dune: The Ride", "How many likes did 12 Things to Drink get?",
          "Which award did Lisbon Tram Ride win?"]:
    Q.append({"q": q, "expect": [], "forbid": ["#NUMBER"]})
assert len(Q) == 75

write(os.path.join(HERE, "questions.json"), "bayside.yaml", NOW, Q)
