"""Computes every expected figure for questions.json independently of Pulse, following
/work/shared/spec/data-format.md. Round 19: questions about ACCOUNTS and AUDIENCES, with the accounts named the way
people name them in Slack — "@handle", "followers on handle", "subs on handle", a profile URL, "our IG", a display
name that is a phrase ("Osprey Cove Stories"), two YouTube handles where one is the other plus "TV" — asking
follower levels (now and at dates), follower gains and losses per channel and per platform (YouTube = both
channels summed), the fastest-growing account, breakdowns and rankings, views per channel and one video's views on
one channel; plus 6 ordinary questions and 3 unknown account names (no figure allowed).

`now` is 2025-11-16, a Sunday: "last week" is Mon 3 - Sun 9 November, "this week" 10-16 November, "yesterday"
Saturday 15 November, "this month" 1-16 November, "last month" October 2025, "Q3" July-September 2025, "this year"
1 January - 16 November 2025. Follower rows fall on Mondays and Thursdays, so the level at `now` is the row of
Thursday 13 November, and "gained last month" is the row of Thu 30 October minus the row of Thu 25 September
(the latest on or before 30 September). The X account (cove_updates) loses followers at every row from 3 July to
30 October 2025.

Semantics (all from _lib/semantics.py, _lib unchanged):
- a stock at a date is the latest row on or before it, summed over channels; "YouTube" is both YouTube channels;
- a change over a period is the level at its last day minus the level the day before its first day; a loss is
  expected as its absolute figure (the matcher ignores the sign);
- "which account grew fastest" is by count of followers gained (asserted to be the same account by percentage too,
  so the reading does not matter);
- a channel's views are the rows with that channel; a video's views on one channel are its rows with that channel;
- a channel is named in answers by its handle (Pulse's label); where a question names an account by display name,
  only the figure is expected.
Run: `python3 generate.py && python3 expected.py`."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from expect_helpers import Helpers, Shorthands, adder  # noqa: E402
from semantics import (  # noqa: E402
    ALL_TIME, D, Data, ONE, last_month, last_n_days, last_week, month, n, named_month, pct, quarter, since, this_month,
    this_week, this_year, write,
)

NOW = D(2025, 11, 16)  # a Sunday
assert NOW.weekday() == 6
data = Data(os.path.join(HERE, "ospreycove.yaml"))
A, C, CH, P, ORG = data.asset, data.campaign, data.channel, data.platform, data.org()
assert not [r for r in data.rows if r[0] > NOW]
h = Helpers(data, no_ties=True)
H = Shorthands(data)
fl, f, st, chg = H.fl, H.f, H.st, H.chg

EVER = (ALL_TIME, NOW)
LW, LM, TM, TW, TY = last_week(NOW), last_month(NOW), this_month(NOW), this_week(NOW), this_year(NOW)
YESTERDAY = (D(2025, 11, 15),) * 2
OCT, SEP = named_month(NOW, 10), named_month(NOW, 9)
Q3 = quarter(2025, 3)
assert LW == (D(2025, 11, 3), D(2025, 11, 9)) and TW == (D(2025, 11, 10), NOW) and LM == OCT == month(2025, 10)
assert TM == (D(2025, 11, 1), NOW) and TY == (D(2025, 1, 1), NOW)

handle = {k: v["handle"] for k, v in data.channels.items()}
platform_label = {"youtube": "YouTube", "instagram": "Instagram", "tiktok": "TikTok", "facebook": "Facebook", "x": "X"}
follower_days = sorted({r[0] for r in data.rows if r[3] == "followers"})
assert follower_days[-1] == D(2025, 11, 13) and {d.weekday() for d in follower_days} == {0, 3}
# the X account loses followers in Q3 and last month, and only it does
for period in (Q3, LM):
    assert chg(CH("x-cove"), period) < 0 and all(chg(CH(k), period) > 0 for k in handle if k != "x-cove")
# handles, ids and display names all differ
names = [v.get("name") for v in data.channels.values()]
assert len({*handle.values(), *names, *handle}) == 18

Q = []
ask = adder(Q)
NONE = ["#NUMBER"]


def lvl(ch, at=NOW):
    v = st(CH(ch), at)
    assert v > 0
    return n(v)


def plvl(p, at=NOW):
    return n(st(P(p), at))


def g(scope, period):
    v = chg(scope, period)
    assert v != 0
    return n(abs(v))


def by_channel_levels(at=NOW):
    vals = {k: st(CH(k), at) for k in handle}
    assert len(set(vals.values())) == len(vals)
    return [x for k, v in sorted(vals.items(), key=lambda kv: -kv[1]) for x in (handle[k], n(v))]


# ---- 1. follower level now, one account named by handle in Slack ways ----
ask("@osprey.cove followers", [lvl("ig-cove")])
ask("followers on ospreycove_official?", [lvl("tt-cove")])
ask("how many subs does OspreyCoveTV have", [lvl("yt-cove-tv")])
ask("@OspreyCove subscriber count", [lvl("yt-cove-stories")])
ask("how many subscribers does OspreyCove have right now?", [lvl("yt-cove-stories")])  # handle vs org alias
ask("instagram.com/osprey.cove followers", [lvl("ig-cove")])  # debatable: a profile URL
ask("what's the follower count on @cove_updates", [lvl("x-cove")])
ask("our IG follower count", [lvl("ig-cove")])
ask("how many followers does Osprey Cove Stories have", [lvl("yt-cove-stories")])
ask("Osprey Cove Community Page followers", [lvl("fb-cove")])
ask("tell me about our TikTok", ["ospreycove_official", lvl("tt-cove")])  # debatable: what a channel summary holds

# ---- 2. follower levels at dates ----
ask("followers on cove_updates on 1 August", [lvl("x-cove", D(2025, 8, 1))])
ask("osprey.cove followers at the end of June", [lvl("ig-cove", D(2025, 6, 30))])
ask("what was OspreyCoveTV's subscriber count on March 15?", [lvl("yt-cove-tv", D(2025, 3, 15))])
ask("facebook followers on 2025-01-01", [plvl("facebook", D(2025, 1, 1))])
ask("@ospreycove_official followers at the end of Q3", [lvl("tt-cove", D(2025, 9, 30))])
ask("how many YouTube subs did we have across both channels at the end of September?",
    [plvl("youtube", D(2025, 9, 30))])
ask("subs on OspreyCove on Monday, November 10", [lvl("yt-cove-stories", D(2025, 11, 10))])

# ---- 3. gains and losses per channel ----
ask("how many followers did @cove_updates lose last month?", [g(CH("x-cove"), LM)])
ask("follower change for ospreycove_official last week", [g(CH("tt-cove"), LW)])
ask("net new subs on OspreyCoveTV since 1 September", [g(CH("yt-cove-tv"), since("2025-09-01", NOW))])
ask("did our X account gain or lose followers in Q3?", ["lost", g(P("x"), Q3)])
ask("how many followers has osprey.cove gained this year", [g(CH("ig-cove"), TY)])
ask("Osprey Cove Stories subscriber growth in October", [g(CH("yt-cove-stories"), OCT)])
ask("new followers on the OspreyCoveNovaScotia page this month", [g(CH("fb-cove"), TM)])

# ---- 4. gains per platform (YouTube = both channels) ----
ask("followers gained on YouTube in October", [g(P("youtube"), OCT)])
ask("tiktok follower gains over the last 30 days", [g(P("tiktok"), last_n_days(NOW, 30))])
ask("how many new insta followers did we get last week", [g(P("instagram"), LW)])

# ---- 5. which account / breakdowns / rankings ----
gains = {k: chg(CH(k), LM) for k in handle}
pct_gain = {k: chg(CH(k), LM) / st(CH(k), LM[0] - ONE) for k in handle}
best = max(gains, key=gains.get)
assert best == max(pct_gain, key=pct_gain.get) and sorted(gains.values())[-2] < gains[best]
ask("which account grew fastest last month", [handle[best], n(gains[best])])
worst = min(gains, key=gains.get)
assert worst == "x-cove"
ask("which account lost the most followers in October?", [handle[worst], n(abs(gains[worst]))])
assert len(set(gains.values())) == len(gains)
ask("follower gains by channel in October",
    [x for k, v in sorted(gains.items(), key=lambda kv: -kv[1]) for x in (handle[k], n(abs(v)))])
pg = {p: chg(P(p), LM) for p in platform_label}
assert len(set(pg.values())) == len(pg)
ask("new followers per platform last month",
    [x for p, v in sorted(pg.items(), key=lambda kv: -kv[1]) for x in (platform_label[p], n(abs(v)))])
ask("followers broken down by channel", by_channel_levels())
pl = {p: st(P(p), NOW) for p in platform_label}
assert len(set(pl.values())) == len(pl)
ask("follower counts per platform right now",
    [x for p, v in sorted(pl.items(), key=lambda kv: -kv[1]) for x in (platform_label[p], n(v))])
ask("rank our accounts by followers", by_channel_levels())
lv = {k: st(CH(k), NOW) for k in handle}
low = min(lv, key=lv.get)
ask("which of our accounts has the smallest following?", [handle[low], n(lv[low])])
lv_m = {k: st(CH(k), D(2025, 3, 31)) for k in handle}
top_m = max(lv_m, key=lv_m.get)
ask("biggest account by followers at the end of March", [handle[top_m], n(lv_m[top_m])])
a, b = st(CH("yt-cove-stories"), NOW), st(CH("yt-cove-tv"), NOW)
ask("Osprey Cove Stories vs OspreyCoveTV: subscribers", [n(a), n(b)])
ask("OspreyCove and OspreyCoveTV subs combined", [n(a + b)])

# ---- 6. views per channel ----
ask("Osprey Cove Stories views last week", [f(CH("yt-cove-stories"), "views", LW)])
ask("views on osprey.cove yesterday", [f(CH("ig-cove"), "views", YESTERDAY)])
ask("@OspreyCoveTV views in October", [f(CH("yt-cove-tv"), "views", OCT)])
ask("how many plays did ospreycove_official get this month", [f(CH("tt-cove"), "views", TM)])
ask("Osprey Cove Updates likes this week", [f(CH("x-cove"), "likes", TW)])
r = H.ranked({handle[k]: CH(k) for k in handle}, "views", LM, no_ties=True)
ask("views per account last month", [x for k, v in r for x in (k, n(v))])
r = H.ranked({handle[k]: CH(k) for k in handle}, "views", LW, no_ties=True)
ask("which account pulled the most views last week?", [r[0][0], n(r[0][1])])

# ---- 7. one video on one channel ----
ask("Puffins off Gull Rock views on osprey.cove last month", [f(A("puffin-cruise", channel="ig-cove"), "views", LM)])
ask("how many views did The Last Lighthouse Keeper get on OspreyCoveTV in October?",
    [f(A("lighthouse-keeper", channel="yt-cove-tv"), "views", OCT)])
ask("Skating on Mill Pond views on @OspreyCove since 1 January",
    [f(A("skating-pond", channel="yt-cove-stories"), "views", since("2025-01-01", NOW))])
ask("Sea Glass Hunters on ospreycove_official last week", [f(A("sea-glass", channel="tt-cove"), "views", LW)])

# ---- 8. unknown accounts ----
ask("@ospreycove_news followers", [], NONE)
ask("how many subs does OspreyCoveLive have", [], NONE)
ask("views on ospreycove.tours last month", [], NONE)

# ---- 9. ordinary questions ----
ask("how many views did Riding the Tidal Bore get last month?", [f(A("tidal-bore"), "views", LM)])
ask("how many views did Osprey Cove get last week?", [f(ORG, "views", LW)])  # org alias vs handle OspreyCove
ask("who owns the Lighthouse Season campaign?", ["Maggie Doucette"])
ask("is Winter on the Cove 2024 still running?", ["completed"])
v, t_, p = data.goal("lighthouse-season", data.campaigns["lighthouse-season"]["goals"][0], NOW)
assert 0 < p < 1
ask("how close is the lighthouse campaign to its target?", [n(v), n(t_), pct(p)])
t = h.top(A, "likes", OCT, 3, {k: a["title"] for k, a in data.assets.items()})
ask("top 3 videos by likes in October", t[0::2] + t[1::2])

write(os.path.join(HERE, "questions.json"), "ospreycove.yaml", NOW, Q)
