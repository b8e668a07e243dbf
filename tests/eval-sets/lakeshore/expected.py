"""Computes every expected figure for questions.json independently of Pulse,
following /work/shared/spec/data-format.md. Run: `python3 expected.py`."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from expect_helpers import Helpers, adder  # noqa: E402
from semantics import (  # noqa: E402
    ALL_TIME, D, Data, before_n, growth, last_month, last_n_days, last_quarter, last_week, month, n,
    named_month, pct, quarter, since, this_quarter, this_year, week_before, write, year,
)

NOW = D(2024, 8, 14)  # a Wednesday
data = Data(os.path.join(HERE, "lakeshore.yaml"))
A, C, CH, P, ORG = data.asset, data.campaign, data.channel, data.platform, data.org()
EVER = (ALL_TIME, NOW)
title = {k: v["title"] for k, v in data.assets.items()}
cname = {k: v["name"] for k, v in data.campaigns.items()}
handle = {k: v["handle"] for k, v in data.channels.items()}
videos = [k for k, v in data.assets.items() if v["format"] != "article"]
h = Helpers(data)
f, top = h.f, h.top

Q = []
add = adder(Q)

# --- single figures, varied periods and wording ---
add("how many plays did Mei's Story get last month", [f(A("mei-story"), "plays", last_month(NOW))])
add("Plays for The Exploding Chemistry Show in March 2024?", [f(A("chemistry-show"), "plays", month(2024, 3))])
add("What's the watch time for Inside the Robotics Lab", [f(A("robotics-lab"), "watch-minutes", EVER)])
add("number of fans on bilibili", [n(data.stock(P("bilibili"), "subscribers", NOW))])
best = max(data.channels, key=lambda c: data.stock(CH(c), "subscribers", NOW))
add("which channel has the most subscribers?", [handle[best], n(data.stock(CH(best), "subscribers", NOW))])
add("total plays last month", [f(ORG, "plays", last_month(NOW))])
add("plays over the past 30 days", [f(ORG, "plays", last_n_days(NOW, 30))])
add("comments on Facebook since Feb", [f(P("facebook"), "comments", since("2024-02-01", NOW))])
add("impressions on linkedin last quarter", [f(P("linkedin"), "impressions", last_quarter(NOW))])
add("how many plays did Engeneers from Riyad get in the last 7 days", [f(A("riyadh-engineers"), "plays", last_n_days(NOW, 7))])
add("Reach of Study in Lakeshore between 1 May and 15 June", [f(C("study-in-lakeshore"), "reach", (D(2024, 5, 1), D(2024, 6, 15)))])
add("plays last year", [f(ORG, "plays", year(2023))])

# --- stock changes ---
add("how many subscribers did we gain on YouTube last month", [n(data.stock_change(CH("yt-lakeshore"), "subscribers", *last_month(NOW)))])

# --- comparisons ---
add("Compare Study in Lakeshore and Open Campus Week by plays",
    [f(C("study-in-lakeshore"), "plays", EVER), f(C("open-campus-2024"), "plays", EVER)])
add("bilibili vs weibo plays in June", [f(P("bilibili"), "plays", named_month(NOW, 6)), f(P("weibo"), "plays", named_month(NOW, 6))])
cur, prev = last_week(NOW), week_before(last_week(NOW))
a, b = data.flow(C("study-in-lakeshore"), "plays", *cur), data.flow(C("study-in-lakeshore"), "plays", *prev)
add("How did the recruitment drive do last week compared to the week before?", [n(a), n(b), growth(a, b)])
cur = last_n_days(NOW, 14)
a, b = data.flow(A("bangalore-to-lakeshore"), "plays", *cur), data.flow(A("bangalore-to-lakeshore"), "plays", *before_n(cur))
add("bangalore to lakeshore plays in the last 14 days compared to the previous 14 days", [n(a), n(b), growth(a, b)])

# --- breakdowns ---
plats = sorted({v["platform"] for v in data.channels.values()})
add("Plays by platform last month", [f(P(p), "plays", last_month(NOW)) for p in plats])
markets = sorted({m for v in data.assets.values() for m in v.get("markets", [])})
add("comments by market this year",
    [n(data.flow(lambda s, c, m=m: s in data.assets and m in data.assets[s].get("markets", []), "comments", *this_year(NOW))) for m in markets])
add("break down plays by campaign in Q1", [f(C(c), "plays", quarter(2024, 1)) for c in ["open-campus-2024", "study-in-lakeshore", "science-nights"]])
add("plays per channel this quarter", [f(CH(c), "plays", this_quarter(NOW)) for c in data.channels])

# --- rankings of items ---
add("top 3 videos by comments", top(A, "comments", EVER, 3, {k: title[k] for k in videos}))
low = data.by({c: CH(c) for c in data.channels}, "plays", *last_month(NOW))[-1]
# forbid "with the most": the answer must not call the lowest one the most
add("Which channel had the fewest plays last month?", [handle[low[0]], n(low[1])], ["with the most"])
add("top campaigns by reach this year", top(C, "reach", this_year(NOW), 3, {k: cname[k] for k in ["open-campus-2024", "study-in-lakeshore", "science-nights"]}))

# --- goals ---
exp = []
for cid in ["open-campus-2024", "study-in-lakeshore"]:
    g = next(g for g in data.campaigns[cid]["goals"] if g["metric"] == "plays")
    v, t, p = data.goal(cid, g, NOW)
    exp += [n(v), pct(p)]
add("how are we tracking against the plays goal?", exp)
v, t, p = data.goal("science-nights", data.campaigns["science-nights"]["goals"][0], NOW)
add("goal progress for Science Nights", [n(v), n(t), pct(p)])

# --- lists ---
add("Which campaigns are paused", ["Science Nights"], ["Open Campus Week", "Study in Lakeshore", "Alumni Voices"])
add("which campaigns target Brazil?", ["Study in Lakeshore", "Alumni Voices"], ["Open Campus Week", "Science Nights"])
add("Which videos are available in Arabic?", [title["riyadh-engineers"], title["chemistry-show"], title["star-party"]], [title["mei-story"], title["canteen-stories"]])
add("what awards did Open Campus Week win", ["Best Higher-Education Campaign"], ["Audience Choice", "Silver, Science Communication"])
add("Which awards have we won?", ["Best Higher-Education Campaign", "Audience Choice", "Most International University", "Silver, Science Communication"])
add("where do we place in the THE Impact Rankings", ["301-400"])
add("what rankings are we in", ["QS World University Rankings", "THE Impact Rankings", "U-Multirank", "Nature Index Young Universities", "212", "34"])

# --- overviews and facts ---
sn_top = data.by({k: A(k) for k in ["star-party", "chemistry-show"]}, "plays", *EVER)[0][0]
add("tell me about Science Nights", ["paused", f(C("science-nights"), "plays", EVER), title[sn_top]])
add("summarize the recruitment drive", ["Study in Lakeshore", "active", f(C("study-in-lakeshore"), "plays", EVER)])
add("who runs science nights?", ["Leila Haddad"])
add("when did Open Campus Week start", ["2024-01-08"])
add("When was Saudade and Semesters published", ["2024-03-04"])

# --- unknown names: nothing invented ---
add("plays for the Harvard Yard video", [], ["#NUMBER"])
# A bare first name must not be dropped silently: the org-wide total for the week would be the wrong subject.
add("how many plays did Mei get last week", [], [f(ORG, "plays", last_week(NOW))])
add("How many followers does our TikTok have?", [], ["#NUMBER"])

write(os.path.join(HERE, "questions.json"), "lakeshore.yaml", NOW, Q)
