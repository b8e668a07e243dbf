"""Computes every expected figure for questions.json independently of Pulse, following
/work/shared/spec/data-format.md. Round 12: a regional tourism board (America/Vancouver), asked about its
CATALOGUE rather than its sums: who owns what, start and end dates, statuses, counts, goals (progress and what is
left), awards (by year, level and subject), rankings over several years, formats and dubbed versions; plus 10
ordinary metric questions in new wording and 3 unknown names. `now` is 2025-06-18, a Wednesday.
Run: `python3 generate.py && python3 expected.py`.

Semantics used beyond _lib (kept here, _lib is unchanged):
- goal progress is `Data.goal` (value from the campaign start to min(now, by) over the target); "what's left" /
  "how far short" is target - value, the only figure the spec's progress rule fixes;
- "in March" / "in December" without a year is the latest such month that started on or before `now`
  (March 2025, December 2024), for publication and start dates as for figures;
- "ended last year" uses the campaign's `end` date (in 2024); "started in 2024" its `start`;
- "this year" for publication counts `published` in 2025 up to `now`; every format in the data is a video
  (short_video, long_video, reel), so "videos" counts all three formats (asserted);
- "long-form videos" is the format long_video; "reels" is the format reel;
- "available in / dubbed into / a version in X" counts an asset's own language and its `versions`;
- awards "of a campaign" are those whose `subject` is the campaign id; no asset of Winter Lights Festival has
  an award, so "how many awards has Winter Lights Festival won" is 2 under either reading (asserted);
- an award without `subject` is the board's own;
- for a ranking with several years, "latest" is the highest `year`, and "improve" compares the latest year with
  the one before it (debatable: the first year would also do; for the Canadian index both readings say
  "improved", but the figures differ, so the expectation names 9 and 11);
- "the best reel this year" ranks the reels by their 2025 views."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from expect_helpers import Shorthands, adder  # noqa: E402
from semantics import (  # noqa: E402
    D, Data, growth, iso, last_month, month, n, named_month, pct, quarter, since,
    this_month, this_year, write, year,
)

NOW = D(2025, 6, 18)  # a Wednesday
assert NOW.weekday() == 2
data = Data(os.path.join(HERE, "fjordlight.yaml"))
A, C, CH, P, ORG = data.asset, data.campaign, data.channel, data.platform, data.org()
assert not [r for r in data.rows if r[0] > NOW]

LM, TM, TY = last_month(NOW), this_month(NOW), this_year(NOW)
assert LM == month(2025, 5) and TY == (D(2025, 1, 1), NOW)

title = {k: v["title"] for k, v in data.assets.items()}
cname = {k: v["name"] for k, v in data.campaigns.items()}
handle = {k: v["handle"] for k, v in data.channels.items()}
camps, assets = data.campaigns, data.assets
awards, rankings = data.doc["awards"], data.doc["rankings"]
Q = []
H = Shorthands(data)
ask = adder(Q)
fl, f, st = H.fl, H.f, H.st


def others(names, keep):
    """Every name in the dict `names` whose key is not in keep (for forbid lists)."""
    return [v for k, v in names.items() if k not in keep]


def camp_where(pred):
    ids = [k for k, c in camps.items() if pred(c)]
    return ids, [cname[k] for k in ids], others(cname, ids)


def asset_where(pred):
    ids = [k for k, a in assets.items() if pred(a)]
    return ids, [title[k] for k in ids], others(title, ids)


def award_where(pred):
    hit = [a["name"] for a in awards if pred(a)]
    return hit, [a["name"] for a in awards if not pred(a)]


def goal(cid):
    g = camps[cid]["goals"][0]
    return data.goal(cid, g, NOW)


def in_month(d, period):
    return period[0] <= iso(d) <= period[1]


# ---- 1. Owners ----
ids, yes, no = camp_where(lambda c: c.get("owner") == "Maya Thompson")
assert len(ids) == 2
ask("which campaigns does Maya Thompson run?", yes, no)
ask("who's in charge of Fjord Kitchen?", [camps["fjord-kitchen"]["owner"]])
ids, yes, no = camp_where(lambda c: c.get("owner") == "Daniel Okafor")
assert len(ids) == 2
ask("what does Daniel Okafor own?", yes, no)
ids, yes, no = camp_where(lambda c: c.get("owner") == "Priya Sandhu")
ask("campaigns owned by priya sandhu", yes, no)
ask("list every campaign with its owner", list(cname.values()) + sorted({c["owner"] for c in camps.values()}))

# ---- 2. Dates ----
ask("when does Sea to Sky Summers end?", [str(camps["sea-to-sky"]["end"])])
ask("when did Orca Coast Expeditions kick off?", [str(camps["orca-coast"]["start"])])
assert camps["winter-lights"]["status"] == "completed"
ask("is Winter Lights Festival still running?", ["completed", str(camps["winter-lights"]["end"])])
ids, yes, no = camp_where(lambda c: "end" in c and iso(c["end"]).year == NOW.year - 1)
assert ids == ["salmon-run"]
ask("which campaigns ended last year?", yes, no)
MAR = named_month(NOW, 3)
assert MAR == month(2025, 3)
ids, yes, _ = asset_where(lambda a: in_month(a["published"], MAR))
assert ids == ["oyster-shack"] and not [c for c in camps.values() if in_month(c["start"], MAR)]
# Salmon Run Stories started and The Sockeye Return came out in March 2024: not "in March" at this `now`.
ask("what launched in March?", yes, [cname["salmon-run"], title["sockeye-return"]])
ids, yes, no = camp_where(lambda c: c["status"] == "planned")
ask("what's coming up?", yes + [str(camps["glacier-trails"]["start"])], no)
assert [k for k, c in camps.items() if "end" not in c] == ["fjord-kitchen"]
# No end date: a correct answer must not invent one (any other campaign's end date is forbidden).
ask("when does Fjord Kitchen finish?", [cname["fjord-kitchen"]], [str(c["end"]) for c in camps.values() if "end" in c])
ids, yes, no = camp_where(lambda c: iso(c["start"]).year == 2024)
assert len(ids) == 4
ask("which campaigns got under way in 2024?", yes, no)
DEC = named_month(NOW, 12)
assert DEC == month(2024, 12)
ids, yes, no = asset_where(lambda a: in_month(a["published"], DEC))
assert ids == ["northern-glow"]
ask("what did we publish in December?", yes, no)
ask("when did the kelp film come out?", [str(assets["kelp-forest"]["published"])])

# ---- 3. Statuses ----
ids, yes, no = camp_where(lambda c: c["status"] == "paused")
assert ids == ["orca-coast"]
ask("anything paused?", yes, no)
ask("what's on hold", yes, no)
ids, yes, no = camp_where(lambda c: c["status"] == "completed")
ask("which campaigns have wrapped up?", yes, no)
ask("is Glacier Trails live yet?", ["planned"])

# ---- 4. Counts ----
ids, yes, no = camp_where(lambda c: c["status"] == "active")
ask("how many campaigns are active?", [str(len(ids))] + yes, no)
assert {a["format"] for a in assets.values()} == {"short_video", "long_video", "reel"}  # all videos
ids, yes, no = asset_where(lambda a: TY[0] <= iso(a["published"]) <= TY[1])
assert len(ids) == 3
ask("how many videos did we publish this year?", [str(len(ids))] + yes, no)
ids, yes, no = asset_where(lambda a: a["format"] == "reel")
ask("how many reels have we put out?", [str(len(ids))] + yes, no)
ids, yes, no = asset_where(lambda a: a["format"] == "long_video")
ask("how many long-form videos do we have?", [str(len(ids))] + yes, no)

# ---- 5. Goals ----
v, t, p = goal("sea-to-sky")
assert 0 < p < 1 and camps["sea-to-sky"]["goals"][0]["by"] > NOW
ask("are we on track for the Sea to Sky views goal?", [n(v), n(t), pct(p)])
ask("how many more views does Sea to Sky Summers need to hit its goal?", [n(t - v)])
v, t, p = goal("winter-lights")
assert p < 1 and camps["winter-lights"]["goals"][0]["by"] < NOW  # missed
ask("how far short of its target did Winter Lights Festival end up?", [n(t - v), n(t)])
ask("which campaign goal did we miss?", [cname["winter-lights"], pct(p)])
v, t, p = goal("fjord-kitchen")
assert p > 1 and "by" not in camps["fjord-kitchen"]["goals"][0]  # reached, goal without `by`
ask("which goals have we hit?", [cname["fjord-kitchen"], pct(p)])
ask("show me progress on all our goals", [pct(goal(k)[2]) for k, c in camps.items() if c.get("goals")])

# ---- 6. Awards ----
yes, no = award_where(lambda a: str(a["date"]).startswith("2023"))
assert len(yes) == 1
ask("anything we took home back in 2023?", yes, no)
yes, no = award_where(lambda a: a.get("level") == "national")
assert len(yes) == 2
ask("any national-level awards?", yes, no)
yes, no = award_where(lambda a: a.get("subject") == "winter-lights")
assert len(yes) == 2 and not [a for a in awards if assets.get(a.get("subject"), {}).get("campaign") == "winter-lights"]
ask("how many awards has Winter Lights Festival won?", [str(len(yes))] + yes, no)
yes, no = award_where(lambda a: "subject" not in a)
ask("which awards went to the board as a whole?", yes, no)
yes, no = award_where(lambda a: a.get("subject") == "orca-dawn")
ask("has Orca at Dawn been recognised anywhere?", yes + [a["event"] for a in awards if a.get("subject") == "orca-dawn"], no)
yes, no = award_where(lambda a: str(a["date"]).startswith("2024"))
assert len(yes) == 3
ask("which prizes did we collect in 2024?", yes, no)
yes, no = award_where(lambda a: a.get("level") == "international")
ask("any international awards?", yes, no)

# ---- 7. Rankings ----
gawc = sorted((r for r in rankings if r["index"] == "GaWC World Cities"), key=lambda r: r["year"])
assert all("rank" not in r for r in gawc) and len(gawc) == 3
ask("what's our latest GaWC tier?", [gawc[-1]["tier"], str(gawc[-1]["year"])])
in22 = [r for r in rankings if r["year"] == 2022]
ranked22 = [r for r in in22 if "rank" in r]
assert len(ranked22) == 1
ask("where did we rank in 2022?", [str(ranked22[0]["rank"]), ranked22[0]["index"]],
    [r["tier"] for r in gawc if r["year"] != 2022])
cdbi = sorted((r for r in rankings if r["index"] == "Canadian Destination Brand Index"), key=lambda r: r["year"])
assert cdbi[-1]["rank"] < cdbi[-2]["rank"] < cdbi[0]["rank"]  # improved under either baseline
ask("did our rank improve in the Canadian Destination Brand Index?", [str(cdbi[-1]["rank"]), str(cdbi[-2]["rank"])])
pnw = sorted((r for r in rankings if r["index"] == "Pacific Northwest Travel Ranking"), key=lambda r: r["year"])
ask("how did we do in the Pacific Northwest Travel Ranking in 2023?", [str(pnw[0]["rank"]), pnw[0]["tier"]])
assert pnw[-1]["rank"] > pnw[0]["rank"]  # slipped
ask("has our Pacific Northwest Travel Ranking position gone up or down?", [str(pnw[-1]["rank"]), str(pnw[0]["rank"])])
wrc = [r for r in rankings if r["index"] == "Wanderer Readers' Choice"][0]
ask("what tier did Wanderer Readers' Choice give us?", [wrc["tier"]])
ask("how has our GaWC tier changed over the years?", [x for r in gawc for x in (r["tier"], str(r["year"]))])

# ---- 8. Formats and versions ----
ids, yes, no = asset_where(lambda a: a["format"] == "reel")
ask("which reels do we have?", yes, no)
assert "ja" in [v["language"] for v in assets["highway-99"]["versions"]]
ask("is Highway 99 in 4K dubbed into Japanese?", [title["highway-99"], "Japanese"])
assert "ko" in [v["language"] for v in assets["lantern-walk"]["versions"]]
ask("do we have a Korean version of Lantern Walk on the Seawall?", ["Korean"])
ids, yes, no = asset_where(lambda a: a["language"] == "zh" or any(v["language"] == "zh" for v in a.get("versions", [])))
assert len(ids) == 3
ask("which videos come in Chinese?", yes, no)
reels = {k: A(k) for k, a in assets.items() if a["format"] == "reel"}
best = data.by(reels, "views", *TY)
assert best[0][1] > best[1][1]
ask("best performing reel by views this year", [title[best[0][0]], n(best[0][1])])

# ---- 9. Ordinary metric questions, new wording ----
ask("how many plays did River Guardians rack up in 2024?", [f(A("river-guardians"), "views", year(2024))])
assert not [r for r in data.rows if r[1] in camps and r[3] == "likes"]
ask("total likes across every channel last month?", [f(ORG, "likes", LM)])
ask("fjordlight.bc follower count right now", [n(st(CH("ig-fjordlight"), NOW))])
ask("Q1 2025 views for Fjord Kitchen", [f(C("fjord-kitchen"), "views", quarter(2025, 1))])
apr = month(2025, 4)
by_ch = data.by({k: CH(k) for k in data.channels}, "likes", *apr)
assert by_ch[0][1] > by_ch[1][1]
ask("which channel brought in the most likes in April?", [handle[by_ch[0][0]], n(by_ch[0][1])])
ask("how much watch time did Highway 99 in 4K get last month", [f(A("highway-99"), "watch-hours", LM)])
same_days = (D(2025, 5, 1), D(2025, 5, 18))
a, b = fl(ORG, "views", TM), fl(ORG, "views", same_days)
ask("views this month against the same stretch last month", [n(a), n(b), growth(a, b)])
ask("facebook fans gained since the start of the year",
    [n(data.stock_change(P("facebook"), "followers", *since("2025-01-01", NOW)))])
jan = month(2025, 1)
assert [r for r in data.rows if r[1] == "winter-lights" and jan[0] <= r[0] <= jan[1]]  # terminal-screen rows count
ask("how many views did the festival campaign get in january?", [f(C("winter-lights"), "views", jan)])

# ---- 10. Unknown names: no figure may be invented ----
ask("how many views did the Whistler Peaks campaign get last month?", [], ["#NUMBER"])
ask("likes on the Grizzly Bear video this year", [], ["#NUMBER"])
ask("how is the Tofino Surf Week goal tracking?", [], ["#NUMBER"])

assert len(Q) == len({q["q"] for q in Q}), "duplicate question"
assert 50 <= len(Q) <= 60, len(Q)
write(os.path.join(HERE, "questions.json"), "fjordlight.yaml", NOW, Q)
