"""Computes every expected figure for questions.json independently of Pulse, following
/work/shared/spec/data-format.md. Round 22: overviews and status questions in varied wording — summaries,
rundowns, "what's the latest on", "how is X going", "what is X", owner + end date, status of all campaigns, a
channel overview ("tell me about our Instagram"), an organisation overview for this month and this year, a
campaign's best video, its video count, "is X over?", start date and goal — across one campaign in every status
(active, paused, completed, planned), plus 3 unknown names.

`now` is 2025-09-16, a Tuesday: "this month" is 2025-09-01..16, "this year" 2025-01-01..16 Sep.
Follower rows fall on Mondays, so the level at `now` is the row of 2025-09-15.

Semantics beyond _lib (kept here, _lib is unchanged):
- a campaign summary / rundown / "how is X going" names its status, its all-time views and (summary, rundown)
  its top video by all-time views (the public set's reading); rows go on after a campaign's end and while it
  is paused, and all of them count;
- "what's the latest on <video>" asks for the video's all-time views and its campaign (debatable: "latest"
  could mean the most recent week; the spec has no rule);
- "what is <campaign>" asks for its status and description (a phrase of it);
- "tell me about our Instagram" asks for the channel's handle and its followers at `now`;
- "overview of the organisation this month" / "how are we doing this year" ask for the organisation's views
  over the period (other metrics may be added);
- "is X over?" is answered by the status word and, when the campaign has one, its end date;
- "what's the goal of X" asks for the goal's target and `by` date.
Run: `python3 generate.py && python3 expected.py`."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from expect_helpers import Shorthands, adder  # noqa: E402
from semantics import ALL_TIME, D, Data, n, this_month, this_year, write  # noqa: E402

NOW = D(2025, 9, 16)  # a Tuesday
assert NOW.weekday() == 1
data = Data(os.path.join(HERE, "birchwick.yaml"))
A, C, CH, ORG = data.asset, data.campaign, data.channel, data.org()
assert not [r for r in data.rows if r[0] > NOW]

EVER = (ALL_TIME, NOW)
TM, TY = this_month(NOW), this_year(NOW)
assert TM == (D(2025, 9, 1), NOW) and TY == (D(2025, 1, 1), NOW)

title = {k: v["title"] for k, v in data.assets.items()}
cname = {k: v["name"] for k, v in data.campaigns.items()}
handle = {k: v["handle"] for k, v in data.channels.items()}
camps, assets = data.campaigns, data.assets
assert sorted(c["status"] for c in camps.values()) == ["active", "completed", "paused", "planned"]
H = Shorthands(data)
fl, f, st = H.fl, H.f, H.st
Q = []
ask = adder(Q)


def vids(cid):
    return [a for a, v in assets.items() if v["campaign"] == cid]


def best(cid):
    """The campaign's top video by all-time views (a tie is refused)."""
    r = sorted(((fl(A(a), "views", EVER), a) for a in vids(cid)), reverse=True)
    assert len(r) == 1 or r[0][0] > r[1][0], "tie"
    return r[0][1]


def summary(cid):
    c = camps[cid]
    return [c["status"], f(C(cid), "views", EVER), title[best(cid)]]


def iso(d):
    return str(d)


# ---- 1. summaries and rundowns ----
ask("summarize High Meadows Summer", summary("high-meadows"))
ask("give me a rundown of the cheese campaign", summary("cheese-stories"))
ask("Summarise Birchwick Ski Opening 2024 for me", summary("ski-opening"))
assert fl(C("ski-opening"), "views", EVER) != fl(C("ski-opening"), "views", (camps["ski-opening"]["start"],
                                                                            camps["ski-opening"]["end"]))
assert not vids("winter-lanterns")
ask("give me a rundown of Lantern Nights 2025", ["planned", iso(camps["winter-lanterns"]["start"])])

# ---- 2. the latest on a video ----
ask("what's the latest on Gondola at Dawn?", [f(A("gondola-dawn"), "views", EVER), "High Meadows Summer"])
ask("whats the latest on Wheels in the Cellar", [f(A("cellar-wheels"), "views", EVER), "Alpkäse Stories"])

# ---- 3. the status of every campaign ----
ALL = [x for cid, c in camps.items() for x in (c["name"], c["status"])]
ask("status of all campaigns", ALL)
ask("where do all our campaigns stand right now?", ALL)

# ---- 4. how is X going ----
for q, cid in (("how is High Meadows Summer going?", "high-meadows"),
               ("how's Alpkäse Stories going?", "cheese-stories"),
               ("how is the ski opening campaign going", "ski-opening")):
    ask(q, [camps[cid]["status"], f(C(cid), "views", EVER)])

# ---- 5. what is X ----
ask("what is Lantern Nights 2025?", ["planned", "Lantern walks through the old village"])
ask("what is the cheese campaign?", ["Alpkäse Stories", "paused", "Cheesemakers on the high pastures"])

# ---- 6. owner and end date ----
for q, cid in (("who runs High Meadows Summer and when does it end?", "high-meadows"),
               ("who runs the ski opening and when did it end?", "ski-opening"),
               ("who's in charge of Lantern Nights 2025 and when does it finish?", "winter-lanterns")):
    ask(q, [camps[cid]["owner"], iso(camps[cid]["end"])])

# ---- 7. a channel overview ----
for q, ch in (("tell me about our Instagram", "ig-birchwick"),
              ("tell me about our YouTube channel", "yt-birchwick"),
              ("how's our TikTok doing?", "tt-birchwick")):
    ask(q, [handle[ch], n(st(CH(ch), NOW))])

# ---- 8. the organisation ----
ask("overview of the organisation this month", [f(ORG, "views", TM)])
ask("how are we doing this year?", [f(ORG, "views", TY)])

# ---- 9. a campaign's best video ----
for q, cid in (("what's High Meadows Summer's best video?", "high-meadows"),
               ("what was the ski opening's best video?", "ski-opening")):
    b = best(cid)
    ask(q, [title[b], f(A(b), "views", EVER)])

# ---- 10. video counts ----
assert len(vids("high-meadows")) == 4 and len(vids("ski-opening")) == 3 and len(vids("cheese-stories")) == 2
ask("how many videos does High Meadows Summer have?", ["4"])
ask("how many videos does the ski opening campaign have", ["3"])

# ---- 11. is X over? ----
ask("is Birchwick Ski Opening 2024 over?", ["completed", iso(camps["ski-opening"]["end"])])
ask("is the cheese campaign over?", ["paused"])
ask("is High Meadows Summer over yet?", ["active", iso(camps["high-meadows"]["end"])])

# ---- 12. start dates ----
ask("when did High Meadows Summer start?", [iso(camps["high-meadows"]["start"])])
ask("when did Alpkäse Stories start?", [iso(camps["cheese-stories"]["start"])])
ask("when does Lantern Nights 2025 start?", [iso(camps["winter-lanterns"]["start"])])

# ---- 13. goals ----
for q, cid in (("what's the goal of High Meadows Summer?", "high-meadows"),
               ("what's the goal of the cheese campaign?", "cheese-stories")):
    g = camps[cid]["goals"][0]
    ask(q, [n(g["target"]), iso(g["by"])])

# ---- 14. unknown names: no figure may be invented ----
ask("summarize the Matterhorn Glow campaign", [], ["#NUMBER"])
ask("what's the latest on Raclette by Moonlight?", [], ["#NUMBER"])
ask("how is the Edelweiss Express campaign going?", [], ["#NUMBER"])

write(os.path.join(HERE, "questions.json"), "birchwick.yaml", NOW, Q)
