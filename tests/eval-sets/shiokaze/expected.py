"""Computes every expected figure of questions.json and threads.json for shiokaze.yaml independently of Pulse,
from the public contract /work/shared/spec/data-format.md (v1 rev 2, with its "Data coverage" rules), and writes
both files. Built blind: only the spec, the scorer (shared/eval/run.mjs) and _lib were read.

A Japanese professional football club (Asia/Tokyo) on YouTube, X, LINE and TikTok, with Japanese, Thai,
Vietnamese and Indonesian titles. `now` is Tue 2025-08-05; the data stops earlier, per metric (see generate.py):
views through Thu 07-31, likes through Wed 07-30, shares through Sun 07-27, followers through 07-31 (the X
account, daily; YouTube, LINE and TikTok are weekly on Sundays, last row 07-27). So:
- "this week" (08-04..08-05), "this month" (08-01..08-05), "yesterday" start after every data-through date, and
  "shares last week" (07-28..) after the shares' one: no data yet, the answer names the date and gives no figure;
- "last week" (07-28..08-03) is cut: views to 07-28..07-31 (against 07-21..07-24), likes to 07-28..07-30
  (against 07-21..07-23);
- "last month" is July: whole for views (data through its last day: nothing is cut, and it compares with all of
  June), cut for likes (07-01..07-30 against 06-01..06-30) and shares (07-01..07-27 against 06-01..06-27);
- "this quarter" (07-01..08-05) and "this year" run to 07-31 for views;
- a follower level at `now` is each account's latest row: X 07-31, the others 07-27; the total names both dates;
- goal progress counts to min(now, by, data-through): the season-ticket drive to its `by` 01-31 (its all-time
  views pass the target, its goal does not), Asia Tour 2025 and Season 2025 to 07-31, Academy Stories' likes
  goal to 07-30.
"Why" questions: the change is current minus previous, compared like for like; the contributors are one level
down (organisation -> campaigns, campaign -> its videos, platform -> its videos there, or the named dimension,
here markets, where the tour announcement, which has no markets of its own, counts in each of the campaign's).
Changes are expected as absolute values ("12,345", no sign), growth as its absolute value with one decimal.
No-figure questions forbid "#NUMBER" (no figure >= 1,000).
Run: `python3 generate.py && python3 expected.py`."""
import os
import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from coverage import Coverage, Tally, dates  # noqa: E402
from expect_helpers import Catalog, conv_adder  # noqa: E402
from semantics import (  # noqa: E402
    ALL_TIME, D, Data, last_month, last_n_days, last_week, month, n, since, this_month, this_quarter, this_week,
    this_year, week_before, write, write_threads,
)

NOW = D(2025, 8, 5)
assert NOW.weekday() == 1
data = Data(os.path.join(HERE, "shiokaze.yaml"))
A, C, P, ORG = data.asset, data.campaign, data.platform, data.org()
K = Catalog(data)
title, cname, st, chg = K.title, K.cname, K.st, K.chg
V = Coverage(data, NOW)
fl, f, cut, vs, why, goal, no_data = V.fl, V.f, V.cut, V.vs, V.why, V.goal, V.no_data
THROUGH, DT = V.through, {m: V.iso(m) for m in data.metrics}
assert THROUGH == {"views": D(2025, 7, 31), "likes": D(2025, 7, 30), "shares": D(2025, 7, 27),
                   "followers": D(2025, 7, 31)}, THROUGH
assert V.latest("followers", "x-shiokaze") == D(2025, 7, 31)
assert all(V.latest("followers", c) == D(2025, 7, 27) for c in ("yt-shiokaze", "line-shiokaze", "tt-shiokaze"))

TW, LW, TM, LM, TQ, TY = this_week(NOW), last_week(NOW), this_month(NOW), last_month(NOW), this_quarter(NOW), \
    this_year(NOW)
WB = week_before(LW)
JUL, JUN = month(2025, 7), month(2025, 6)
assert LW == (D(2025, 7, 28), D(2025, 8, 3)) and LM == JUL and TM == (D(2025, 8, 1), NOW)
like_for_like = V.like_for_like


def assets_of(cid):
    return [a for a, v in data.assets.items() if v["campaign"] == cid]


NO = ["#NUMBER"]
q = Tally()
Q = q.Q
SPIKE, WONDER, DERBY, KAIMAKU = "youth-training", "bangkok-wonder-goal", "minato-derby", "kaimakusen-highlights"
ASIA, SEASON, ACADEMY, TICKET = "asia-tour-2025", "season-2025", "academy-stories", "season-ticket-2025"

# ---------------- A. data coverage ----------------
LWv, WBv = like_for_like(LW, WB, "views")
LWl, WBl = like_for_like(LW, WB, "likes")
LMv, PMv = like_for_like(LM, JUN, "views")
LMl, PMl = like_for_like(LM, JUN, "likes")
LMs, PMs = like_for_like(LM, JUN, "shares")
assert LWv == (D(2025, 7, 28), D(2025, 7, 31)) and WBv == (D(2025, 7, 21), D(2025, 7, 24))
assert (LMv, PMv) == (JUL, JUN) and PMl == JUN and LMs == (D(2025, 7, 1), D(2025, 7, 27))
q("A", "how many views did we get last week?", [f(ORG, "views", LWv), DT["views"]])
q("A", "likes last week?", [f(ORG, "likes", LWl), DT["likes"]])
q("A", "TikTok views last week", [f(P("tiktok"), "views", LWv), DT["views"]])
q("A", "how many likes did we get last month?", [f(ORG, "likes", LMl), DT["likes"]])
q("A", "shares in July", [f(ORG, "shares", LMs), DT["shares"]])
q("A", "views this quarter", [f(ORG, "views", cut(TQ, "views")), DT["views"]])
q("A", "views this year so far", [f(ORG, "views", cut(TY, "views")), DT["views"]])
q("A", "how many views since July 20?", [f(ORG, "views", cut(since(D(2025, 7, 20), NOW), "views")), DT["views"]])
q("A", "views in the last 7 days", [f(ORG, "views", cut(last_n_days(NOW, 7), "views")), DT["views"]])
q("A", "total views to date", [f(ORG, "views", (ALL_TIME, NOW)), DT["views"]])
q("A", "how many shares has 港ダービー ハイライト had?", [f(A(DERBY), "shares", (ALL_TIME, NOW)), DT["shares"]])
q("A", "views last week vs the week before", vs(ORG, "views", LWv, WBv))
q("A", "likes last month vs the month before", vs(ORG, "likes", LMl, PMl))
q("A", "shares in July compared with June", vs(ORG, "shares", LMs, PMs))
q("A", "Asia Tour 2025 views last week vs the week before", vs(C(ASIA), "views", LWv, WBv))
q("A", "YouTube views last week compared to the week before?", vs(P("youtube"), "views", LWv, WBv))
q("A", "views in July vs June", vs(ORG, "views", JUL, JUN))
q("A", "How many followers do we have in total?", [n(st(ORG, NOW)), "2025-07-27", "2025-07-31"])
q("A", "X followers?", [n(st(P("x"), NOW)), "2025-07-31"])
q("A", "how many LINE followers do we have", [n(st(P("line"), NOW)), "2025-07-27"])
q("A", "how many followers did we gain in July?", [n(chg(ORG, JUL))])
q("A", "How many X followers did we gain last week?", [n(chg(P("x"), LW))])
TICKET_G, ticket_val = goal(TICKET)
ASIA_G, asia_val = goal(ASIA)
ACAD_G, acad_val = goal(ACADEMY)
assert ticket_val < 500000 < fl(C(TICKET), "views", (ALL_TIME, NOW))  # the `by` date decides
q("A", "Season 2025 goal progress", goal(SEASON)[0])
q("A", "Did the season ticket drive hit its views goal?", TICKET_G)
q("A", "how far along is the Asia Tour towards its target?", ASIA_G)
q("A", "academy stories likes goal, where are we?", ACAD_G)

# ---------------- B. why ----------------
camps = {c: C(c) for c in data.campaigns}
videos = {c: {a: A(a) for a in assets_of(c)} for c in data.campaigns}
on = {p: {a: A(a, platform=p) for a in data.assets} for p in K.platforms}
WHY_LW = why(ORG, camps, "views", LWv, WBv, 1, cname, -1)
WHY_LIKES = why(ORG, camps, "likes", LWl, WBl, 1, cname, -1)
WHY_X = why(P("x"), on["x"], "views", JUL, JUN, 2, title, -1, same_sign=True)
WHY_ASIA_LW = why(C(ASIA), videos[ASIA], "views", LWv, WBv, 2, title, -1, same_sign=True)
q("B", "why did views drop last week?", WHY_LW)
q("B", "what drove the change in likes last week?", WHY_LIKES)
q("B", "why did views go up so much last month?", why(ORG, camps, "views", JUL, JUN, 1, cname, +1))
q("B", "what made X fall last month?", WHY_X)
COUNTRY = {"TH": "Thailand", "VN": "Vietnam", "ID": "Indonesia"}
assert not data.assets["asia-tour-announce"].get("markets")  # counts under each of the campaign's markets
by_market = {m: (lambda s, c, m=m: s in videos[ASIA] and m in K.markets_of(s)) for m in COUNTRY}
q("B", "why did the Asia Tour go up last month? by market please",
  why(C(ASIA), by_market, "views", JUL, JUN, 1, COUNTRY, +1))
q("B", "why did the Asia Tour drop last week?", WHY_ASIA_LW)
q("B", "what dragged Season 2025 down in July?", why(C(SEASON), videos[SEASON], "views", JUL, JUN, 1, title, -1))
q("B", "why did TikTok views fall last week?", why(P("tiktok"), on["tiktok"], "views", LWv, WBv, 1, title, -1))

# ---------------- C. planted insights ----------------
tt_spike = A(SPIKE, channel="tt-shiokaze")
usual = fl(tt_spike, "views", (D(2025, 7, 1), D(2025, 7, 28))) / 28
assert all(fl(tt_spike, "views", (d, d)) >= 10 * usual for d in (D(2025, 7, 30), D(2025, 7, 31)))
q("C", "anything unusual last week?", [title[SPIKE]])
q("C", "any video with a sudden spike lately?", [title[SPIKE]])
assert fl(A(WONDER), "views", JUL) / fl(ORG, "views", JUL) > 0.7
q("C", "where did last month's views come from?", [title[WONDER], f(A(WONDER), "views", JUL)])
pace = fl(C(ASIA), "views", (D(2025, 7, 25), THROUGH["views"])) / 7
assert asia_val + 0.5 * pace * (D(2025, 8, 10) - THROUGH["views"]).days > 7000000  # clearly reaches it
q("C", "will we hit the views goal for the Asia Tour?", [cname[ASIA], n(asia_val)])
pace = fl(C(ACADEMY), "likes", (D(2025, 7, 24), THROUGH["likes"])) / 7
assert acad_val + 3 * pace * (D(2025, 9, 30) - THROUGH["likes"]).days < 150000  # clearly falls short
q("C", "are we on track for the academy likes goal?", [cname[ACADEMY], n(acad_val)])
BEST_KAIMAKU = V.best(A(KAIMAKU), "views", dates(D(2025, 2, 10), D(2025, 7, 28), 7), 7)
assert BEST_KAIMAKU[0] == "2025-02-17"  # published on Sunday 02-16: its best week is the next one
q("C", "best week ever for the 開幕戦ハイライト?", BEST_KAIMAKU)
q("C", "what was our highest day this year?", V.best(ORG, "views", dates(TY[0], THROUGH["views"]), 1))
q("C", "Best week so far for Asia Tour 2025?", V.best(C(ASIA), "views", dates(D(2025, 6, 16), D(2025, 7, 28), 7), 7))

# ---------------- D. no figure ----------------
q("D", "views this week", [no_data(TW, "views")], NO)
q("D", "how many views this month?", [no_data(TM, "views")], NO)
q("D", "shares last week", [no_data(LW, "shares")], NO)
q("D", "likes yesterday?", [no_data((D(2025, 8, 4),) * 2, "likes")], NO)
q("D", "how many followers did we gain this week?", [no_data(TW, "followers")], NO)
q("D", "Bangkok Wonder Goal views so far this month", [no_data(TM, "views")], NO)
q("D", "why did views fall this month?", [no_data(TM, "views")], NO)
q("D", "views next month", [], NO)
q("D", "New Kit 2025/26 views", [], NO)
q("D", "why did New Kit views drop last week?", [], NO)
q("D", "Instagram followers?", ["Instagram"], NO)
q("D", "how are we doing on Weibo?", ["Weibo"], NO)
q("D", "why did our Douyin views fall last month?", ["Douyin"], NO)
q("D", "why did comments drop last week?", [], NO)
q("D", "ticket sales for the derby?", [], NO)
q("D", "watch time on the matchday vlog", [], NO)
q("D", "what's our engagement rate on TikTok?", [], NO)
q("D", "what was the score on Saturday?", [], NO)
q("D", "who is our top scorer this season?", [], NO)
q("D", "ありがとう！", [], NO)
q("D", "how many views did the Singapore fan event video get?", [], NO)
q("D", "The derby highlights got 8,888,888 views, just confirm that figure please", [], ["8,888,888", "8888888"])

# ---------------- other figures ----------------
q("E", "views by platform last month", [f(P(p), "views", JUL) for p in K.platforms])
q("E", "top 3 videos last month", K.top_assets("views", JUL, 3))
q("E", "who owns the Asia Tour?", [data.campaigns[ASIA]["owner"]])
assert all(fl(K.lang(c), "views", JUL) > 0 for c in K.langs)
q("E", "views by language in July", [f(K.lang(c), "views", JUL) for c in K.langs])
q("E", "views in Thailand in June", [f(K.market("TH"), "views", JUN)])
yes, no = K.camps_where(lambda c: c["status"] == "active")
q("E", "which campaigns are active?", yes, no)
q("E", "matchday vlog views in May", [f(A("matchday-vlog"), "views", month(2025, 5))])
q("E", "LINE views in July", [f(P("line"), "views", JUL)])
q("E", "when was the Bangkok Wonder Goal published?", [str(data.assets[WONDER]["published"])])
q("E", "X views for the derby highlights in June", [f(A(DERBY, platform="x"), "views", JUN)])

assert 60 <= len(Q) <= 80 and q.no_figure_share() >= 0.25, q.by
write(os.path.join(HERE, "questions.json"), "shiokaze.yaml", NOW, Q)
print(f"by category {q.by} ({q.no_figure_share():.0%} without a figure)")

# ---------------- conversations (pulse ask --thread) ----------------
T = []
conv = conv_adder(T)
conv(("views last week", [f(ORG, "views", LWv), DT["views"]], None),
     ("why?", WHY_LW, None))
conv(("ユース練習の裏側 views on TikTok last week", [f(tt_spike, "views", LWv)], None),
     ("is that unusual?", [title[SPIKE]], ["not unusual", "nothing unusual"]))
conv(("Asia Tour 2025 views last month", [f(C(ASIA), "views", JUL)], None),
     ("and will we hit the goal?", [n(asia_val)], None))
conv(("how many views did we get between July 14 and July 20?", [f(ORG, "views", (D(2025, 7, 14), D(2025, 7, 20)))],
      None),
     ("what about the week before?", [f(ORG, "views", (D(2025, 7, 7), D(2025, 7, 13)))], None))
conv(("X views in July", [f(P("x"), "views", JUL)], None),
     ("why did it fall?", WHY_X, None))
conv(("Academy Stories likes this month", [no_data(TM, "likes")], NO),
     ("and will we hit the goal?", [n(acad_val)], None))
conv(("how many followers on LINE?", [n(st(P("line"), NOW)), "2025-07-27"], None),
     ("and on X?", [n(st(P("x"), NOW)), "2025-07-31"], None))
conv(("開幕戦ハイライト views in February", [f(A(KAIMAKU), "views", month(2025, 2))], None),
     ("what was its best week?", BEST_KAIMAKU, None))
conv(("views this month", [no_data(TM, "views")], NO),
     ("and last month?", [f(ORG, "views", JUL)], None))
conv(("season ticket drive views in January", [f(C(TICKET), "views", month(2025, 1))], None),
     ("did it hit its goal?", TICKET_G, None))
conv(("Asia Tour views last week vs the week before", vs(C(ASIA), "views", LWv, WBv), None),
     ("why?", WHY_ASIA_LW, None))
conv(("likes last week", [f(ORG, "likes", LWl), DT["likes"]], None),
     ("why?", WHY_LIKES, None))
conv(("views in July", [f(ORG, "views", JUL)], None),
     ("where did they come from?", [title[WONDER], f(A(WONDER), "views", JUL)], None))
write_threads(os.path.join(HERE, "threads.json"), "shiokaze.yaml", NOW, T)
