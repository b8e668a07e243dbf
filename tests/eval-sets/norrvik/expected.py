"""Round 8: 60 terse or conversational questions on norrvik.yaml (now 2024-11-20, a Wednesday). Every figure
comes from ../_lib/semantics.py, never from Pulse. Run: `python3 generate.py && python3 expected.py`."""
import datetime as dt
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from expect_helpers import Helpers, question  # noqa: E402
from semantics import (  # noqa: E402
    ALL_TIME, D, Data, last_month, last_n_days, last_week, n, named_month, pct, quarter, since, this_week,
    this_year, write,
)

NOW = D(2024, 11, 20)
data = Data(os.path.join(HERE, "norrvik.yaml"))
A, C, CH, P, ORG = data.asset, data.campaign, data.channel, data.platform, data.org()
EVER = (ALL_TIME, NOW)
title = {k: v["title"] for k, v in data.assets.items()}
cname = {k: v["name"] for k, v in data.campaigns.items()}
Q = []
h = Helpers(data)
f = h.f


def ranked(groups, labels, metric, period):
    return data.by({g: groups(g) for g in labels}, metric, *period)


def ask(q, expect, forbid=None):
    Q.append(question(q, expect, forbid))


# bare metrics: no period means everything up to now (flows) / the value at now (stocks)
ask("neon bridges views?", [f(C("neon-bridges"), "views", EVER)])
ask("views", [f(ORG, "views", EVER)])
ask("likes last week", [f(ORG, "likes", last_week(NOW))])
ask("followers?", [n(data.stock(ORG, "followers", NOW))])
ask("shares this week", [f(ORG, "shares", this_week(NOW))])
ask("watch time last month", [f(ORG, "watch-hours", last_month(NOW))])
# campaign and video overviews
ask("stats for neon bridges in october", [f(C("neon-bridges"), "views", named_month(NOW, 10))])
ask("neon ferry ride performance last month", [f(A("neon-ferry"), "views", last_month(NOW))])
ask("how's taste of norrvik doing", ["active", f(C("taste-of-norrvik"), "views", EVER)])
ask("give me a rundown of midsummer games", ["completed", f(C("midsummer-games"), "views", EVER)])
ask("numbers for the food campaign in may", [f(C("taste-of-norrvik"), "views", named_month(NOW, 5))])
ask("glass tower views", [f(A("glass-tower"), "views", EVER)])
ask("how is bridge walk at dusk doing?", [f(A("bridge-walk"), "views", EVER)])
ask("market hall feast likes this month", [f(A("market-hall"), "likes", (D(2024, 11, 1), NOW))])
# platforms
ask("tiktok numbers this week", [f(P("tiktok"), "views", this_week(NOW))])
ask("instagram views last month", [f(P("instagram"), "views", last_month(NOW))])
ask("yt views yesterday", [f(P("youtube"), "views", (D(2024, 11, 19), D(2024, 11, 19)))])
ask("tiktok followers?", [n(data.stock(P("tiktok"), "followers", NOW))])
ask("how many subs on youtube", [n(data.stock(P("youtube"), "followers", NOW))])
ask("yt vs ig views last month", [f(P("youtube"), "views", last_month(NOW)), f(P("instagram"), "views", last_month(NOW))])
ask("smoked salmon secrets on tiktok vs youtube",
    [f(A("smoked-salmon", platform="tiktok"), "views", EVER), f(A("smoked-salmon", platform="youtube"), "views", EVER)])
# rankings
vids = ranked(A, title, "views", EVER)
ask("our best video", [title[vids[0][0]], n(vids[0][1])])
ask("top posts", [title[k] for k, _ in vids[:3]])
ask("top 3 vids by likes ytd", [title[k] for k, _ in ranked(A, title, "likes", this_year(NOW))[:3]])
camps = [x for x in ranked(C, cname, "views", last_month(NOW)) if x[1] > 0]
ask("worst campaign last month", [cname[camps[-1][0]], n(camps[-1][1])])
worst_vid = ranked(A, title, "views", last_month(NOW))[-1]
ask("least watched video last month", [title[worst_vid[0]], n(worst_vid[1])])
best_ch = max(data.channels, key=lambda ch: data.stock(CH(ch), "followers", NOW))
ask("biggest account?", [data.channels[best_ch]["handle"], n(data.stock(CH(best_ch), "followers", NOW))])
# unknown names: no figure may be invented
ask("anything on the reindeer race?", [], ["#NUMBER"])
ask("views for harbour swim", [], ["#NUMBER"])
ask("how's the northern lights campaign doing", [], ["#NUMBER"])
# goals
g = {c: data.goal(c, data.campaigns[c]["goals"][0], NOW) for c in ("neon-bridges", "taste-of-norrvik")}
ask("goal?", [pct(g["neon-bridges"][2]), pct(g["taste-of-norrvik"][2])])
ask("are we on track for neon bridges", [n(g["neon-bridges"][0]), n(g["neon-bridges"][1]), pct(g["neon-bridges"][2])])
ask("food campaign target progress", [pct(g["taste-of-norrvik"][2])])
# campaign facts
ask("who's running midsummer games", ["Sven Larsson"])
ask("aurora nights owner", ["Aiko Tanaka"])
ask("midsummer games status", ["completed"])
ask("is aurora nights live yet?", ["planned"])
ask("whats live right now", ["Neon Bridges", "Taste of Norrvik"], ["Aurora Nights"])
ask("anything planned?", ["Aurora Nights"])
ask("markets for taste of norrvik", ["Italy", "United Arab Emirates", "Saudi Arabia"])
ask("when does aurora nights start", ["2024-12-02"])
# video facts
ask("when did market hall feast come out", ["2024-09-30"])
ask("glass tower views publish date?", ["2024-10-14"])
ask("what languages is smoked salmon secrets in", ["Italian", "Arabic", "English"])
ask("any videos in arabic?", ["Smoked Salmon Secrets", "Market Hall Feast"], ["Cinnamon Bun Tour"])
ask("awards?", [w["name"] for w in data.doc["awards"]])
ask("nordic cities index rank?", ["27"])
# comparisons
a, b = data.flow(A("neon-ferry"), "views", *EVER), data.flow(A("glass-tower"), "views", *EVER)
ask("is neon ferry ride more popular than glass tower views?", [n(a), n(b)])
a, b = data.flow(C("neon-bridges"), "views", *last_week(NOW)), data.flow(C("neon-bridges"), "views", *last_week(D(2024, 11, 13)))
ask("neon bridges last week vs week before", [n(a), n(b), pct((a - b) / b)])
ask("q3 vs q2 views", [f(ORG, "views", quarter(2024, 3)), f(ORG, "views", quarter(2024, 2))])
# periods typed tersely
ask("total likes ytd", [f(ORG, "likes", this_year(NOW))])
ask("views since monday", [f(ORG, "views", since("2024-11-18", NOW))])
ask("last 30d views", [f(ORG, "views", last_n_days(NOW, 30))])
ask("views past 2 wks", [f(ORG, "views", last_n_days(NOW, 14))])
ask("q3 views", [f(ORG, "views", quarter(2024, 3))])
ask("views in sept", [f(ORG, "views", named_month(NOW, 9))])
ask("cinnamon bun tour shares since oct 1", [f(A("cinnamon-bun"), "shares", since("2024-10-01", NOW))])
ask("midsummer games likes in july", [f(C("midsummer-games"), "likes", named_month(NOW, 7))])
ask("new ig followers this month", [n(data.stock_change(P("instagram"), "followers", D(2024, 11, 1), NOW))])
ask("followers gained last month", [n(data.stock_change(ORG, "followers", *last_month(NOW)))])

assert dt and len(Q) == 60, len(Q)
write(os.path.join(HERE, "questions.json"), "norrvik.yaml", NOW, Q)
