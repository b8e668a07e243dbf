"""Computes every expected figure for questions.json independently of Pulse,
following /work/shared/spec/data-format.md. Run: `python3 expected.py`."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from expect_helpers import Helpers, adder  # noqa: E402
from semantics import (  # noqa: E402
    ALL_TIME, D, Data, before_n, growth, last_month, last_n_days, last_quarter, last_week, month, n, named_month, pct,
    quarter, since, this_quarter, this_week, this_year, write, year,
)

NOW = D(2022, 10, 8)  # a Saturday
data = Data(os.path.join(HERE, "chengdu.yaml"))
A, C, CH, P, ORG = data.asset, data.campaign, data.channel, data.platform, data.org()
EVER = (ALL_TIME, NOW)
title = {k: v["title"] for k, v in data.assets.items()}
cname = {k: v["name"] for k, v in data.campaigns.items()}
plats = sorted({v["platform"] for v in data.channels.values()})
PLATFORM = {"youtube": "YouTube", "instagram": "Instagram", "facebook": "Facebook", "x": "X", "tiktok": "TikTok"}
h = Helpers(data)
f, attr = h.f, h.attr

Q = []
add = adder(Q)

# --- single figures ---
add("How many views did How to make a person stay in Chengdu get?", [f(A("stay-in-chengdu"), "views", EVER)])
add("How many views did the Korean video get last week?", [f(A("stay-in-chengdu"), "views", last_week(NOW))])
add("how many views did we get in 2021", [f(ORG, "views", year(2021))])
add("Q2 views for the life aesthetics series", [f(C("life-aesthetics"), "views", quarter(2022, 2))])
add("stay in chengdu plays on instagram yesterday", [f(A("stay-in-chengdu", channel="ig-hellochengdu"), "views", (D(2022, 10, 7),) * 2)])
add("views for Hotpot Nigths this week", [f(A("hotpot-nights"), "views", this_week(NOW))])
add("Facebook comments in the past 14 days", [f(P("facebook"), "comments", last_n_days(NOW, 14))])
add("views for the safety manual since June 2022", [f(A("safety-manual"), "views", since("2022-06-01", NOW))])
add("youtube views this quarter", [f(P("youtube"), "views", this_quarter(NOW))])
add("universiade film views from 2022-06-01 to 2022-08-31", [f(A("universiade-film"), "views", (D(2022, 6, 1), D(2022, 8, 31)))])
add("reposts of the universiade campaign last year", [f(C("universiade"), "shares", year(2021))])

# --- stocks ---
add("followers gained on instagram in September", [n(data.stock_change(CH("ig-hellochengdu"), "followers", *named_month(NOW, 9)))])
add("how much did our X followers grow this year", [n(data.stock_change(CH("x-chengdu"), "followers", *this_year(NOW)))])
add("total followers across all accounts", [n(data.stock(ORG, "followers", NOW))])
add("HelloChengdu subscribers at the end of June", [n(data.stock(CH("ig-hellochengdu"), "followers", D(2022, 6, 30)))])
best = max(data.channels, key=lambda c: data.stock(CH(c), "followers", NOW))
add("Which account has the most fans?", [data.channels[best]["handle"], n(data.stock(CH(best), "followers", NOW))])

# --- comparisons ---
a, b = data.flow(C("life-aesthetics"), "views", *month(2022, 6)), data.flow(C("life-aesthetics"), "views", *month(2022, 5))
add("How did the life aesthetics campaign do in June vs May", [n(a), n(b), growth(a, b)])
add("compare one country one policy and life aesthetics views this year",
    [f(C("one-country-one-policy"), "views", this_year(NOW)), f(C("life-aesthetics"), "views", this_year(NOW))])
cur = last_n_days(NOW, 7)
a, b = data.flow(ORG, "views", *cur), data.flow(ORG, "views", *before_n(cur))
add("views last 7 days vs previous 7 days", [n(a), n(b), growth(a, b)])
add("youtube vs instagram likes last quarter", [f(P("youtube"), "likes", last_quarter(NOW)), f(P("instagram"), "likes", last_quarter(NOW))])

# --- breakdowns ---
markets = sorted({m for a in data.assets.values() for m in a.get("markets", [])})
add("views by country in August", [f(attr("markets", m), "views", named_month(NOW, 8)) for m in markets])
langs = sorted({a["language"] for a in data.assets.values()})
add("views per language this year", [f(attr("language", lg), "views", this_year(NOW)) for lg in langs])
add("shares by campaign since March", [f(C(c), "shares", since("2022-03-01", NOW)) for c in ["life-aesthetics", "one-country-one-policy", "universiade"]])

# --- top / least ---
ranked = data.by({k: A(k) for k in data.assets}, "likes", *year(2022))[:5]
add("top 5 videos by likes in 2022", [x for k, v in ranked for x in (title[k], n(v))])
low = data.by({k: A(k) for k in data.assets}, "views", *last_month(NOW))[-1]
add("Which video had the least views last month?", [title[low[0]], n(low[1])], ["with the most"])
topp = data.by({p: P(p) for p in plats}, "views", *quarter(2022, 3))[0]
add("Which platform got the most views in Q3?", [PLATFORM[topp[0]], n(topp[1])])

# --- goals ---
exp = []
for cid, c in data.campaigns.items():
    for g in c.get("goals", []):
        v, t, p = data.goal(cid, g, NOW)
        exp += [n(v), pct(p)]
add("How are we tracking against our goals?", exp)
v, t, p = data.goal("life-aesthetics", data.campaigns["life-aesthetics"]["goals"][0], NOW)
add("progress toward the life aesthetics views target", [n(v), n(t), pct(p)])

# --- lists, awards, rankings ---
add("which campaigns are completed", [cname["life-aesthetics"]], [cname["one-country-one-policy"], cname["universiade"], cname["panda-year"]])
add("Which campaigns target Japan", [cname["one-country-one-policy"]], [cname["life-aesthetics"], cname["panda-year"]])
add("which videos have a japanese version", [title["stay-in-chengdu"], title["safety-manual"]], [title["hotpot-nights"], title["pandas-fr"]])
add("awards for the life aesthetics series", ["Excellent case", "7th China Foreign Communication Theory Seminar"], ["Most Influential City Account"])
add("what did the 100 yuan challenge win", ["Winning work", "Third Eye on China"], ["Excellent case"])
add("what is our GaWC rank", ["59", "Beta+"])
add("where do we rank in the Milken index", ["Best-Performing Cities China", "#1"])

# --- overviews and facts ---
oc_top = data.by({k: A(k) for k, a in data.assets.items() if a["campaign"] == "one-country-one-policy"}, "views", *EVER)[0][0]
add("Tell me about the country videos", [cname["one-country-one-policy"], "active", f(C("one-country-one-policy"), "views", EVER), title[oc_top]])
add("who owns the universiade campaign", ["Zhang Yu"])
add("when did the life aesthetics series start?", ["2021-03-01"])

# --- unknown names ---
add("How many views did the Shanghai Tower video get", [], ["#NUMBER"])
add("likes for the chengdu marathon campaign last month", [], ["#NUMBER"])

write(os.path.join(HERE, "questions.json"), "chengdu.yaml", NOW, Q)
