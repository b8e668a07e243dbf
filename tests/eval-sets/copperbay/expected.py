"""Computes every expected figure for questions.json independently of Pulse, following
/work/shared/spec/data-format.md. Round 15: data variety, ordinary wording. The catalog has channels beyond the
big four (LinkedIn, Bilibili, Weibo, and `other`: a WeChat official account, a podcast, a newsletter), channel
names that contain a platform word ("TikTok Japan", "YouTube Shorts Hub"), two channels on YouTube and on TikTok,
metric ids unlike their labels (vw, hearts, fwd, wt-hrs, dl, tix, aud, nl-subs), watch time in hours, ticket
revenue in SGD (six campaign-level rows), a newsletter-subscriber stock on one channel, campaigns sharing a prefix
or holding a number, titles with a metric word or a period word, campaign- and channel-level rows, rows after
`now`, an active campaign with no rows and a published asset with no rows.
`now` is 2025-05-21, a Wednesday. Run: `python3 generate.py && python3 expected.py`.

Semantics used beyond _lib (kept here, _lib is unchanged):
- _lib's Shorthands assume one stock; the newsletter-subscriber stock (nl-subs) is read with data.stock directly;
- "no data" questions (a campaign with no rows, an asset with no rows): the answer must name the subject and must
  not show any figure of 1,000 or more; whether it says "0" or "no data yet" is left open;
- the spec does not say whether a channel is shown by `handle` or `name`, so channel rankings are checked by their
  figures (and the platform word), not by the label;
- "other platform" means the channels whose `platform` is `other` (here only the WeChat account has views);
- "which of the two YouTube channels / TikTok accounts has more …" expects at least the winner's figure;
- "A and B together" = the flow over the union of the scopes."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from expect_helpers import Shorthands, adder  # noqa: E402
from semantics import (  # noqa: E402
    ALL_TIME, D, Data, growth, last_month, last_quarter, last_week, month, n, pct, quarter, since,
    this_month, this_week, this_year, write,
)

NOW = D(2025, 5, 21)  # a Wednesday
AFTER = D(2025, 5, 31)  # the last row in series.csv, after `now`
data = Data(os.path.join(HERE, "copperbay.yaml"))
A, C, CH, P, ORG = data.asset, data.campaign, data.channel, data.platform, data.org()
title = {k: v["title"] for k, v in data.assets.items()}
cname = {k: v["name"] for k, v in data.campaigns.items()}
chname = {k: v["name"] for k, v in data.channels.items()}
LM, LW, TM, TW = last_month(NOW), last_week(NOW), this_month(NOW), this_week(NOW)
TY, LQ = this_year(NOW), last_quarter(NOW)
EVER = (ALL_TIME, NOW)
assert LM == month(2025, 4) and LW == (D(2025, 5, 12), D(2025, 5, 18)) and TW == (D(2025, 5, 19), NOW)
assert LQ == quarter(2025, 1) and TM == (D(2025, 5, 1), NOW)
assert max(r[0] for r in data.rows) == AFTER
H = Shorthands(data, stock="aud")
fl, f, st, chg = H.fl, H.f, H.st, H.chg
Q = []
ask = adder(Q)
NONE = ["#NUMBER"]


def union(*scopes):
    return lambda s, c: any(sc(s, c) for sc in scopes)


def ranked(groups, metric, period, k):
    out = H.ranked(groups, metric, period)
    assert len({v for _, v in out[:k + 1]}) == k + 1, "tie at the cut"
    return out[:k]


def subs(at):
    return data.stock(CH("nl"), "nl-subs", at)


# the shapes the questions rely on
assert not any(r[1] == "ln25-makers" for r in data.rows) and not any(r[1] == "c-ferry" for r in data.rows)
assert {r[3] for r in data.rows if r[1] == "c-ln25"} == {"tix"} and sum(r[3] == "tix" for r in data.rows) == 6
assert fl(C("c-heritage"), "vw", EVER) > fl(union(*(A(a) for a in ("hw-fort", "hw-doors"))), "vw", EVER)
assert fl(P("linkedin"), "vw", LM) > fl(lambda s, c: c == "li", "vw", LM)

# ---- channels beyond the big four, platform words in channel names, two channels per platform ----
ask("How many views did we get on LinkedIn last month?", [f(P("linkedin"), "vw", LM)])
ask("bilibili plays in Q1 2025", [f(P("bilibili"), "vw", quarter(2025, 1))])
ask("What did our Weibo account get in likes this year?", [f(P("weibo"), "hearts", TY)])
ask("Reads on the WeChat Official Account in April", [f(CH("wechat"), "vw", month(2025, 4))])
ask("How many views did TikTok Japan get last week?", [f(CH("tt-jp"), "vw", LW)], [f(P("tiktok"), "vw", LW)])
ask("TikTok views last week across both accounts", [f(P("tiktok"), "vw", LW)])
ask("Views on the YouTube Shorts Hub since March 1", [f(CH("yt-shorts"), "vw", since("2025-03-01", NOW))],
    [f(P("youtube"), "vw", since("2025-03-01", NOW))])
ask("Compare our two YouTube channels on watch time in April",
    [f(CH("yt-main"), "wt-hrs", month(2025, 4)), f(CH("yt-shorts"), "wt-hrs", month(2025, 4))])
yt = {c: fl(CH(c), "vw", LM) for c in ("yt-main", "yt-shorts")}
assert yt["yt-main"] > yt["yt-shorts"]
ask("Which YouTube channel got more views last month?", [n(yt["yt-main"])])  # the winner; the other is optional
tt = {c: st(CH(c), NOW) for c in ("tt-main", "tt-jp")}
assert tt["tt-main"] > tt["tt-jp"]
ask("Which TikTok account has more followers?", [n(tt["tt-main"])])
assert fl(P("other"), "vw", month(2025, 4)) == fl(CH("wechat"), "vw", month(2025, 4))  # pod and nl have no views
ask("other platform views in April", [f(P("other"), "vw", month(2025, 4))], [f(ORG, "vw", month(2025, 4))])
plats = ["youtube", "tiktok", "instagram", "linkedin", "bilibili", "weibo", "other"]
ask("Break down last month's views by platform", [f(P(p), "vw", LM) for p in plats])
(top_ch, top_v), = ranked({c: CH(c) for c in data.channels}, "fwd", LQ, 1)
ask("Which channel had the most shares in Q1?", [data.channels[top_ch]["platform"], n(top_v)])
aud_ch = sorted(((c, st(CH(c), NOW)) for c in data.channels if st(CH(c), NOW)), key=lambda x: -x[1])
assert len({v for _, v in aud_ch[:4]}) == 4
ask("Which three accounts have the biggest following?", [n(v) for c, v in aud_ch[:3]])
ask("Views per channel so far in May", [f(CH(c), "vw", TM) for c in data.channels if fl(CH(c), "vw", TM)])
ask("What channels do we run?", ["YouTube Shorts Hub", "TikTok Japan", "WeChat Official Account",
                                 "Culture Hour Podcast", "Copper Bay Letters", "Bilibili", "LinkedIn", "Weibo"])

# ---- stocks: followers, and newsletter subscribers on one channel ----
ask("How many newsletter subscribers do we have?", [n(subs(NOW))], [n(subs(AFTER))])
ask("How many newsletter subscribers did we add in April?", [n(subs(D(2025, 4, 30)) - subs(D(2025, 3, 31)))])
ask("Follower count on TikTok Japan", [n(st(CH("tt-jp"), NOW))], [n(st(P("tiktok"), NOW))])
ask("total followers across all our accounts", [n(st(ORG, NOW))], [n(st(ORG, AFTER))])
ask("How many followers did LinkedIn gain in Q1?", [n(chg(P("linkedin"), quarter(2025, 1)))])
ask("YouTube followers, both channels combined", [n(st(P("youtube"), NOW))])
ask("How much did TikTok Japan's following grow last month?", [n(chg(CH("tt-jp"), LM))])

# ---- metrics with unusual ids, units and very few rows ----
ask("How many hours of watch time did Night Market Glow get?", [f(A("ln25-glow"), "wt-hrs", EVER)])
ask("Watch time on Bilibili last month", [f(P("bilibili"), "wt-hrs", LM)])
ask("How much ticket revenue did Lantern Nights 2025 make?", [f(C("c-ln25"), "tix", EVER)],
    [f(C("c-ln25"), "tix", (ALL_TIME, AFTER))])
ask("Ticket sales in February", [f(ORG, "tix", month(2025, 2))])
ask("podcast downloads last week", [f(CH("pod"), "dl", LW)])
ask("How many downloads did the Culture Hour Podcast get in March?", [f(CH("pod"), "dl", month(2025, 3))])

# ---- campaigns that share a prefix or hold a number ----
ln24, ln25 = fl(C("c-ln24"), "vw", EVER), fl(C("c-ln25"), "vw", EVER)
ask("How many views has Lantern Nights had in total?", [n(ln24)], [n(ln25), n(ln24 + ln25)])
assert fl(C("c-ln24"), "vw", LM) >= 1000  # the 2024 campaign's long tail: a figure to forbid
ask("Views for Lantern Nights 2025 last month", [f(C("c-ln25"), "vw", LM)], [f(C("c-ln24"), "vw", LM)])
ask("Compare Lantern Nights with Lantern Nights 2025 on likes",
    [f(C("c-ln24"), "hearts", EVER), f(C("c-ln25"), "hearts", EVER)])
ask("How many views did Top 10 Street Eats get last month?", [f(C("c-eats"), "vw", LM)])
v, t, p = data.goal("c-eats", data.campaigns["c-eats"]["goals"][0], NOW)
ask("How close is Top 10 Street Eats to its likes target?", [n(v), n(t), pct(p)])
v, t, p = data.goal("c-ln25", data.campaigns["c-ln25"]["goals"][0], NOW)
ask("Is Lantern Nights 2025 on track for its views goal?", [n(v), n(t), pct(p)])
eats = {a: A(a) for a, x in data.assets.items() if x["campaign"] == "c-eats"}
(best, bv), = ranked(eats, "fwd", EVER, 1)
ask("Which Top 10 Street Eats video has been shared the most?", [title[best], n(bv)])
ask("Heritage Walks views in October 2024", [f(C("c-heritage"), "vw", month(2024, 10))])
ask("Total views across everything in Q4 2024", [f(ORG, "vw", quarter(2024, 4))])
ln25_assets = {a: A(a) for a, x in data.assets.items() if x["campaign"] == "c-ln25"}
(best, bv), = ranked(ln25_assets, "vw", EVER, 1)
ask("Summarize Lantern Nights 2025", ["active", n(ln25), title[best]], [n(ln24)])
ask("Which of our campaigns are live at the moment?",
    [cname[c] for c, x in data.campaigns.items() if x["status"] == "active"], ["Heritage Walks"])
ask("What's in the Lantern Nights campaign?", [title["ln-moons"], title["ln-making"]],
    [title["ln25-glow"], title["ln25-map"]])
ask("Which award did Lantern Nights win?", ["Best Community Festival", "Straits Arts Marketing Awards 2024"])

# ---- titles with a metric word or a period word ----
ask("How many views did Likes and Loves get?", [f(A("cn-likes"), "vw", EVER)], [f(A("cn-likes"), "hearts", EVER)])
ask("Likes on Likes and Loves last month", [f(A("cn-likes"), "hearts", LM)], [f(A("cn-likes"), "vw", LM)])
ask("How many plays did The Views from Fort Canning get in March?", [f(A("hw-fort"), "vw", month(2025, 3))])
ask("shares of The Views from Fort Canning since January", [f(A("hw-fort"), "fwd", since("2025-01-01", NOW))])
ask("How did Summer in May do last week?", [f(A("cn-summer"), "vw", LW)], [f(A("cn-summer"), "vw", TM)])
ask("Views for Summer in May in April", [f(A("cn-summer"), "vw", month(2025, 4))], [f(A("cn-summer"), "vw", TM)])
ask("How many reads has Last Week in Culture had altogether?", [f(A("cn-lastweek"), "vw", EVER)],
    [f(A("cn-lastweek"), "vw", LW), f(ORG, "vw", LW)])
ask("Last Week in Culture views in March", [f(A("cn-lastweek"), "vw", month(2025, 3))],
    [f(A("cn-lastweek"), "vw", LW)])
top3 = ranked({a: A(a) for a in data.assets}, "vw", LM, 3)
ask("What were our three most viewed pieces last month?", [x for a, v in top3 for x in (title[a], n(v))])

# ---- no data: a campaign with no rows, a published asset with no rows ----
ask("How many views did Poetry on the Ferry get?", ["Poetry on the Ferry"], NONE)
ask("How is Poetry on the Ferry doing this month?", ["Poetry on the Ferry"], NONE)
ask("How many views has Lantern Makers of Kampong Lama had?", ["Lantern Makers of Kampong Lama"], NONE)
ask("When did Lantern Makers of Kampong Lama go live?", ["2025-05-19"])

# ---- rows after `now` are ignored ----
ask("How many views have we had so far this month?", [f(ORG, "vw", TM)], [f(ORG, "vw", (TM[0], AFTER))])
ask("ticket revenue for Lantern Nights 2025 in May", ["Lantern Nights 2025"], ["31,200"])  # the May row is after now

# ---- unknown names ----
ask("How many views did Lantern Days get?", [], NONE)
ask("followers on our Threads account", [], NONE)
ask("views on TikTok Korea last month", [], NONE)

assert 50 <= len(Q) <= 60, len(Q)
for q in Q:
    assert not (set(q["expect"]) & set(q.get("forbid", []))), q
write(os.path.join(HERE, "questions.json"), "copperbay.yaml", NOW, Q)
