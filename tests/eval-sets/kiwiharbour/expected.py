"""Computes every expected figure for questions.json independently of Pulse, following
/work/shared/spec/data-format.md. Round 10: a national museum in New Zealand (Pacific/Auckland, far ahead of
UTC), asked the way people type in Slack (casual, terse, NZ/British spelling, lower case, typos, possessives).
`now` is 2025-08-31: a Sunday AND the last day of a month, so "this week" is a whole Mon–Sun week, "this month"
is the whole of August, "this quarter" is Jul 1–Aug 31 and "yesterday" is a Saturday. A bot that turns
`--now 2025-08-31` into an instant and back in the wrong timezone lands on Aug 30 or Sep 1 and gets these wrong.
Run: `python3 generate.py && python3 expected.py`.

Semantics used beyond _lib (kept here, _lib is unchanged):
- a language figure is over assets whose own `language` is it (versions not counted); language figures are only
  asked for 2025, where no campaign-level rows exist, so the Deep Time gallery rows (no language) never matter;
- "available in X" / "how many videos in X" lists count an asset's own language and its versions (as the
  public "Which videos are available in French?"); Japanese has no versions, so the count is 2 either way;
- "the Māori video" is the one asset whose own language is mi (two others have a mi version: mildly debatable);
- "which channel grew the most" is answered by TikTok under both readings (absolute and relative gain),
  asserted below, so the expectation is the handle only."""
import os
from functools import partial
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from expect_helpers import Helpers, Shorthands, adder  # noqa: E402
from semantics import (  # noqa: E402
    ALL_TIME, D, Data, growth, last_month, last_n_days, last_week, month, n, pct, quarter, since, this_month,
    this_quarter, this_week, week_before, write, year,
)

NOW = D(2025, 8, 31)  # a Sunday, last day of August
assert NOW.weekday() == 6
data = Data(os.path.join(HERE, "kiwiharbour.yaml"))
A, C, CH, P, ORG = data.asset, data.campaign, data.channel, data.platform, data.org()
h = Helpers(data, no_ties=True)
lg = lambda code: h.attr("language", code)  # noqa: E731
mk = lambda code: h.attr("markets", code)  # noqa: E731

EVER = (ALL_TIME, NOW)
LM, TM, TW, LW = last_month(NOW), this_month(NOW), this_week(NOW), last_week(NOW)
WB = week_before(LW)
TQ = this_quarter(NOW)
L7 = last_n_days(NOW, 7)
YEST, TODAY = (D(2025, 8, 30),) * 2, (NOW, NOW)
Y2025 = (D(2025, 1, 1), NOW)
assert LM == month(2025, 7) and TM == month(2025, 8) and TW == (D(2025, 8, 25), NOW) == L7
assert LW == (D(2025, 8, 18), D(2025, 8, 24)) and TQ == (D(2025, 7, 1), NOW)
assert not [r for r in data.rows if r[0] > NOW]

title = {k: v["title"] for k, v in data.assets.items()}
cname = {k: v["name"] for k, v in data.campaigns.items()}
handle = {k: v["handle"] for k, v in data.channels.items()}
PLAT = {"youtube": "YouTube", "tiktok": "TikTok", "instagram": "Instagram", "facebook": "Facebook",
        "linkedin": "LinkedIn"}
LANG = {"en": "English", "mi": "Māori", "ja": "Japanese", "zh": "Chinese", "de": "German"}
# Campaign-level rows only in 2024 and only for Deep Time: 2025 language figures are unaffected.
assert all(s == "deep-time" and d.year == 2024 for d, s, _, _, _ in data.rows if s in data.campaigns)
Q = []
H = Shorthands(data)
ask = adder(Q)
fl, f, st, chg, vs = H.fl, H.f, H.st, H.chg, H.vs
ranked = partial(H.ranked, no_ties=True)


def available(code):
    return [k for k, a in data.assets.items()
            if a["language"] == code or any(v["language"] == code for v in a.get("versions", []))]


ASSETS = {k: A(k) for k in data.assets}
CAMPS = {k: C(k) for k in data.campaigns}

# ---- 1. The public question types, in Slack wording ----
ask("hey, quick one: how many views did the nine stars of matariki get in july?", [f(A("nine-stars"), "views", LM)])
ask("what's the follower count on the museum's tiktok?", [n(st(CH("tt-whetu"), NOW))])
best = ranked(ASSETS, "views", LM)[0]
ask("which video did best on views last month?", [title[best[0]], n(best[1])])
ask("top 3 vids for likes in 2025 pls", h.top(A, "likes", Y2025, 3, title))
ask("how did pacific voyagers go last week compared with the week prior?", vs(C("pacific-voyagers"), "views", LW, WB))
ask("what campaigns have japan as a market?", [cname["pacific-voyagers"]],
    [cname[c] for c in data.campaigns if c != "pacific-voyagers"])
ask("remind me what awards we've won", [a["name"] for a in data.doc["awards"]])
ask("what number are we in the global science museums index", ["14"])
ask("can I get july's views broken down by language?", [f(lg(x), "views", LM) for x in LANG if fl(lg(x), "views", LM)])
v, t, p = data.goal("matariki-skies", data.campaigns["matariki-skies"]["goals"][0], NOW)
ask("are we on course to hit the matariki skies views goal?", [n(v), n(t), pct(p)])
v, t, p = data.goal("deep-time", data.campaigns["deep-time"]["goals"][0], NOW)
assert p > 1  # hit: the `by` date (2024-11-30) cuts off the rows after it
ask("how close did deep time get to its views target in the end?", [n(v), n(t), pct(p)])
ask("last 7 days on youtube - how many views?", [f(P("youtube"), "views", L7)])
ask("instagram follower gain for august?", [n(chg(P("instagram"), month(2025, 8)))])
ask("where are we at with science after dark?", ["paused"])
mi = available("mi")
ask("which videos can people watch in te reo māori?", [title[k] for k in mi],
    [title[k] for k in data.assets if k not in mi])
ask("total watch time on The Moa Returns, in minutes", [f(A("moa-returns"), "watch-minutes", EVER)])
ask("tiktok v instagram views in june?", [f(P("tiktok"), "views", month(2025, 6)), f(P("instagram"), "views", month(2025, 6))])
top_ch = max(data.channels, key=lambda c: st(CH(c), NOW))
ask("who's our most-followed channel?", [handle[top_ch], n(st(CH(top_ch), NOW))])
ask("shares on inside the kiwi lab since 1 june", [f(A("kiwi-lab"), "shares", since("2025-06-01", NOW))])
ask("total views in Q2 2025 across the board", [f(ORG, "views", quarter(2025, 2))])
ask("pacific voyagers' owner?", ["Hemi Walker"])
ask("how many views did Dinosuars of Zealandia get last week?", [f(A("zealandia-dinos"), "views", LW)])
ask("how many views did the Haast eagle video get?", [], ["#NUMBER"])
ask("which campaigns are in flight at the moment?", [cname["matariki-skies"], cname["pacific-voyagers"]],
    [cname["science-after-dark"], cname["te-taiao"], "Fossils of Zealandia"])
ask("when did we put out Origami in Space?", ["2025-05-19"])
ask("likes on instagram for the kiwi lab video last month", [f(A("kiwi-lab", platform="instagram"), "likes", LM)])
ask("how much have our youtube subs grown this month?", [n(chg(P("youtube"), TM))])
top_dt = ranked({k: A(k) for k, a in data.assets.items() if a["campaign"] == "deep-time"}, "views", EVER)[0]
ask("give me the lowdown on Deep Time", ["completed", f(C("deep-time"), "views", EVER), title[top_dt[0]]])
ask("plays yesterday for mana moana", [f(A("mana-moana"), "views", YEST)])
ask("what rankings do we feature in?", [r["index"] for r in data.doc["rankings"]] + ["14", "Band A", "3"])
top_c = ranked(CAMPS, "views", TM)[0]
ask("which campaign's had the most views this month?", [cname[top_c[0]], n(top_c[1])])
ask("anything in the pipeline?", [cname["te-taiao"]])
ask("views on linkedin for the waka video", [f(A("waka-voyage", platform="linkedin"), "views", EVER)])
ask("Has Dinosaurs of Zealandia picked up any awards?", ["Gold, Science Communication", "Asia-Pacific Digital Culture Awards"],
    ["Best Digital Campaign", "Te Reo Māori Media Award", "Museum of the Year"])
top_l = ranked({x: lg(x) for x in LANG}, "views", Y2025)[0]
ask("what's our strongest language for views this year?", [LANG[top_l[0]], n(top_l[1])])

# ---- 2. `now` is a Sunday and the last day of a month ----
ask("how many views have we had this week", [f(ORG, "views", TW)])
ask("total plays for august", [f(ORG, "views", month(2025, 8))])
ask("how's this month looking vs last month for views?", vs(ORG, "views", TM, LM))  # same days = all of July
ask("this quarter's likes so far", [f(ORG, "likes", TQ)])
ask("tiktok views this week vs last week", vs(P("tiktok"), "views", TW, LW))  # on a Sunday both readings agree
ask("what are today's views looking like?", [f(ORG, "views", TODAY)])
ask("how many views did the museum get in 2024?", [f(ORG, "views", year(2024))])
ask("LinkedIn followers as at 31 July", [n(st(P("linkedin"), D(2025, 7, 31)))])
ask("how many followers did we gain this week?", [n(chg(ORG, TW))])

# ---- 3. Natural Slack questions outside the public types (the spec still fixes the answer) ----
ja = available("ja")
assert len(ja) == 2 and all(data.assets[k]["language"] == "ja" for k in ja)  # no ja versions: 2 either way
ask("how many videos do we have in Japanese?", ["2"] + [title[k] for k in ja], [title[k] for k in data.assets if k not in ja])
gain = {c: chg(CH(c), LM) for c in data.channels}
rel = {c: gain[c] / st(CH(c), LM[0] - D.resolution) for c in data.channels}
assert max(gain, key=gain.get) == max(rel, key=rel.get) == "tt-whetu"
ask("which channel grew the most last month?", [handle["tt-whetu"]])
assert [k for k, a in data.assets.items() if a["language"] == "mi"] == ["nga-whetu"]
ask("what did the Māori video get on Facebook?", [f(A("nga-whetu", platform="facebook"), "views", EVER)])
low = ranked(ASSETS, "views", Y2025)[-1]
ask("least-watched video this year", [title[low[0]], n(low[1])])
ask("what has the museum itself been awarded?", [a["name"] for a in data.doc["awards"] if "subject" not in a],
    [a["name"] for a in data.doc["awards"] if "subject" in a])
ask("which campaigns does Aroha Ngata look after?", [cname["matariki-skies"], cname["te-taiao"]],
    [cname["pacific-voyagers"], cname["science-after-dark"]])
ask("what languages is the waka video available in?", ["English", "Māori", "Chinese"], ["Japanese", "German"])
ask("views on Whetu i te Reo last month", [f(CH("yt-whetu-reo"), "views", LM)])
top_p = ranked({p: P(p) for p in PLAT}, "comments", TQ)[0]
ask("which platform got the most comments this quarter?", [PLAT[top_p[0]], n(top_p[1])])
ask("when did deep time wrap up?", ["2024-12-15"])
ask("matariki skies youtube views", [f(C("matariki-skies", platform="youtube"), "views", EVER)])
ask("which campaigns target the US market?", [cname["pacific-voyagers"], "Fossils of Zealandia"],
    [cname["matariki-skies"], cname["science-after-dark"], cname["te-taiao"]])
de = available("de")
ask("do we have any German-language videos?", [title[k] for k in de], [title[k] for k in data.assets if k not in de])
ask("views by channel last week", [f(CH(c), "views", LW) for c in data.channels])

# ---- 4. Unknown names: no figure may be invented ----
ask("views for the Kākāpō Diaries campaign last month", [], ["#NUMBER"])
ask("how many views did we get on snapchat in july?", [], ["#NUMBER"])

assert len(Q) == len({q["q"] for q in Q}) == 60, len(Q)
write(os.path.join(HERE, "questions.json"), "kiwiharbour.yaml", NOW, Q)
