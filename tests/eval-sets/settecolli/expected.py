"""Computes every expected figure for questions.json independently of Pulse,
following /work/shared/spec/data-format.md. Run: `python3 expected.py`."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from expect_helpers import Helpers, adder  # noqa: E402
from semantics import (  # noqa: E402
    ALL_TIME, D, Data, growth, last_month, last_n_days, last_week, month, n, named_month, pct, quarter, since,
    this_month, this_quarter, this_week, this_year, write,
)

NOW = D(2024, 7, 1)  # a Monday and the 1st: this week = this month = this quarter = one day
data = Data(os.path.join(HERE, "settecolli.yaml"))
A, C, CH, P, ORG = data.asset, data.campaign, data.channel, data.platform, data.org()
EVER = (ALL_TIME, NOW)
title = {k: v["title"] for k, v in data.assets.items()}
cname = {k: v["name"] for k, v in data.campaigns.items()}
handle = {k: v["handle"] for k, v in data.channels.items()}
videos = [k for k, v in data.assets.items() if v["format"] == "video"]
h = Helpers(data)
f, attr, top = h.f, h.attr, h.top

Q = []
add = adder(Q)

# --- single figures: Slack-style wording, odd casing, politeness, possessives ---
add("views last wk", [f(ORG, "video-views", last_week(NOW))])
add("Video views for FLAMENCO FUSION LIVE", [f(A("flamenco-fusion"), "video-views", EVER)])
add("could you tell me how many engagements Ragas at Dawn got in May, please?", [f(A("ragas-at-dawn"), "engagements", named_month(NOW, 5))])
add("Monsoon Diaries' listens last month", [f(A("monsoon-diaries"), "listens", last_month(NOW))])
add("Sette Colli's total impressions in June", [f(ORG, "impressions", named_month(NOW, 6))])
add("how many clicks did the Listener's Guide to Mumbai get", [f(A("mumbai-guide"), "clicks", EVER)])
add("veiws for Opening Night Aftermovie last month", [f(A("opening-night"), "video-views", last_month(NOW))])
add("impressions for the india tour since April", [f(C("monsoon-tour"), "impressions", since("2024-04-01", NOW))])

# --- period phrases ---
add("impressions in the last fortnight", [f(ORG, "impressions", last_n_days(NOW, 14))])
# The samba rows run 15 April - 20 June, so any reading of "previous 3 months" gives the same sum.
add("clicks over the previous 3 months for samba nights", [f(C("noites-de-samba"), "clicks", (D(2024, 4, 1), NOW))])
add("engagements YTD", [f(ORG, "engagements", this_year(NOW))])
add("how many video views have we had so far this year", [f(ORG, "video-views", this_year(NOW))])
add("impressions on Instagram the week of June 10", [f(P("instagram"), "impressions", (D(2024, 6, 10), D(2024, 6, 16)))])
add("clicks on June 5", [f(ORG, "clicks", (D(2024, 6, 5),) * 2)])
# now is a Monday: this week is that one day
add("engagements this week", [f(ORG, "engagements", this_week(NOW))])

# --- stocks ---
add("how many members do we have on instagram", [n(data.stock(P("instagram"), "members", NOW))])
add("members gained on youtube in Q2", [n(data.stock_change(CH("yt-settecolli"), "members", *quarter(2024, 2)))])
add("settecolli.brasil followers at the end of May", [n(data.stock(CH("ig-settecolli-br"), "members", D(2024, 5, 31)))])
best = max(data.channels, key=lambda c: data.stock(CH(c), "members", NOW))
add("Which account has the most members", [handle[best], n(data.stock(CH(best), "members", NOW))])

# --- comparisons ---
add("compare Ragas at Dawn and Tabla on the Street by video views",
    [f(A("ragas-at-dawn"), "video-views", EVER), f(A("tabla-street"), "video-views", EVER)])
# Direction of "March vs April" is open, so only the two figures are checked.
add("March vs April engagements for the summer festival",
    [f(C("summer-fest-2024"), "engagements", month(2024, 3)), f(C("summer-fest-2024"), "engagements", month(2024, 4))])
a, b = data.flow(C("monsoon-tour"), "impressions", *month(2024, 6)), data.flow(C("monsoon-tour"), "impressions", *month(2024, 5))
add("Monsoon Tour impressions last month compared with the month before", [n(a), n(b), growth(a, b)])
cur, prev = this_month(NOW), (D(2024, 6, 1), D(2024, 6, 1))  # this month so far -> the same days of the month before
a, b = data.flow(ORG, "clicks", *cur), data.flow(ORG, "clicks", *prev)
add("clicks this month vs the same days last month", [n(a), n(b), growth(a, b)])

# --- breakdowns and shares ---
markets = sorted({m for v in data.assets.values() for m in v.get("markets", [])})
add("breakdown of clicks by market for Q2", [f(attr("markets", m), "clicks", quarter(2024, 2)) for m in markets])
total = data.flow(ORG, "video-views", *EVER)
shares = [(p, data.flow(P(p), "video-views", *EVER)) for p in ["instagram", "youtube"]]
assert sum(v for _, v in shares) == total  # every video row has a channel
add("share of views by platform", [x for p, v in shares for x in (n(v), pct(v / total))])
add("engagements per campaign last month", [f(C(c), "engagements", last_month(NOW)) for c in data.campaigns])
add("podcast listens by campaign", [f(C(c), "listens", EVER) for c in ["summer-fest-2024", "monsoon-tour"]])
low = min(markets, key=lambda m: data.flow(attr("markets", m), "clicks", *EVER))
add("which market has the fewest clicks", [n(data.flow(attr("markets", low), "clicks", *EVER))], ["with the most"])
langs = sorted({v["language"] for v in data.assets.values()})
best = max(langs, key=lambda lg: data.flow(attr("language", lg), "video-views", *quarter(2024, 2)))
add("which language got the most video views in Q2", [n(data.flow(attr("language", best), "video-views", *quarter(2024, 2)))])

# --- rankings of items ---
add("top five videos by video views last month", top(A, "video-views", last_month(NOW), 5, {k: title[k] for k in videos}))
add("top 5 pieces of content by engagements YTD", top(A, "engagements", this_year(NOW), 5, title))
posts = {k: title[k] for k, v in data.assets.items() if v["format"] == "post"}
add("which post got the most clicks", top(A, "clicks", EVER, 1, posts))
# now is the 1st of July: this quarter is one day
add("top 3 campaigns by clicks this quarter", top(C, "clicks", this_quarter(NOW), 3, cname))

# --- goals ---
g = next(g for g in data.campaigns["summer-fest-2024"]["goals"] if g["metric"] == "video-views")
v, t, p = data.goal("summer-fest-2024", g, NOW)
add("what percentage of our video views goal has the summer festival reached", [n(v), pct(p)])
exp = []
for g in data.campaigns["monsoon-tour"]["goals"]:
    v, t, p = data.goal("monsoon-tour", g, NOW)
    exp += [n(v), pct(p)]
add("goals for Monsoon Tour", exp)

# --- lists and facts ---
add("list all campaigns", list(cname.values()))
add("what videos are in Hindi", [title["ragas-at-dawn"], title["tabla-street"]],
    [title["opening-night"], title["samba-school"], title["monsoon-diaries"], title["mumbai-guide"]])
add("who is the owner of Noites de Samba", ["Beatriz Costa"])
add("when does the summer festival end", ["2024-06-30"])
add("is the monsoon tour still active?", ["active"], ["paused", "completed"])
add("what did we win in 2023", ["Festival of the Year", "Best Use of Social Media"], ["Gold, Branded Podcast", "Audience Award"])
add("where do we rank in the European Festival Index", ["17"])
add("tell me about Noites de Samba", ["Noites de Samba", "paused"])

# --- unknown names: nothing invented ---
add("how many downloads did Monsoon Diaries get", [], ["#NUMBER"])
add("video views for the Coachella campaign", [], ["#NUMBER"])

write(os.path.join(HERE, "questions.json"), "settecolli.yaml", NOW, Q)
