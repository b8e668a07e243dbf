"""Computes every expected figure for questions.json independently of Pulse, following
/work/shared/spec/data-format.md. Questions 1-35 reword the 35 public question types once each; 36-50 probe the
oddities of northwind.yaml (metric ids unlike labels, a metric with no rows, campaigns with no rows or no assets,
channel-level rows, an `other` channel with a name, calendar edges at the end of Q1 2024).
Run: `python3 expected.py`."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from expect_helpers import Helpers, adder  # noqa: E402
from semantics import (  # noqa: E402
    ALL_TIME, D, Data, growth, last_month, last_n_days, last_quarter, last_week, month, n, named_month, pct,
    quarter, since, this_month, this_quarter, this_week, this_year, week_before, write,
)

NOW = D(2024, 3, 31)  # a Sunday, the last day of March and of Q1
data = Data(os.path.join(HERE, "northwind.yaml"))
A, C, CH, P, ORG = data.asset, data.campaign, data.channel, data.platform, data.org()
EVER = (ALL_TIME, NOW)
title = {k: v["title"] for k, v in data.assets.items()}
cname = {k: v["name"] for k, v in data.campaigns.items()}
handle = {k: v["handle"] for k, v in data.channels.items()}
LANGS = sorted({a["language"] for a in data.assets.values() if "language" in a})
assert this_week(NOW) == (D(2024, 3, 25), NOW) and last_month(NOW) == month(2024, 2)
assert this_quarter(NOW) == quarter(2024, 1) and last_quarter(NOW) == quarter(2023, 4)
h = Helpers(data)
f, top, lang = h.f, h.top, h.lang

Q = []
add = adder(Q)

# --- the 35 public question types, reworded ---
add("What were the views for A Night at the Shelter in February?", [f(A("night-shelter"), "vv", named_month(NOW, 2))])
add("How many fans does NorthwindRelief have on Facebook?", [n(data.stock(CH("fb-northwind"), "fol", NOW))])
add("Which video was watched the most last month?", top(A, "vv", last_month(NOW), 1, title))
add("top 3 videos by engagements this year",
    (lambda t: t[0::2] + t[1::2])(top(A, "eng", this_year(NOW), 3, title)))
add("Winter Warmth Appeal views last week", [f(C("winter-appeal"), "vv", last_week(NOW))])
a, b = data.flow(C("winter-appeal"), "vv", *last_week(NOW)), data.flow(C("winter-appeal"), "vv", *week_before(last_week(NOW)))
add("How did the cold-weather campaign do last week versus the week before?", [n(a), n(b), growth(a, b)])
add("Which campaigns are aimed at Kenya?", ["Clean Water Now"], ["Winter Warmth Appeal", "School Kits for All"])
add("What awards have we won?", [w["name"] for w in data.doc["awards"]])
add("Where do we rank in the Donor Trust Barometer?", ["12"])
add("Video views per language in February", [f(lang(c), "vv", named_month(NOW, 2)) for c in LANGS])
v, t, p = data.goal("winter-appeal", data.campaigns["winter-appeal"]["goals"][0], NOW)
add("Is the Winter Warmth Appeal on track for its target?", [n(v), n(t), pct(p)])
add("Facebook views over the past 7 days", [f(P("facebook"), "vv", last_n_days(NOW, 7))])
add("How many LinkedIn followers did we gain this month?", [n(data.stock_change(P("linkedin"), "fol", *this_month(NOW)))])
add("What's the status of the water campaign?", ["completed", f(C("clean-water"), "vv", EVER)])
add("Which videos can be watched in French?", ["Warm Hands, Warm Hearts", "Rain Catchers", "A Letter from a Teacher"],
    ["Volunteer Voices", "Soup Kitchen Diaries"])
add("Watch time for Volunteer Voices", [f(A("volunteer-voices"), "wt", EVER)])
add("Compare Facebook and LinkedIn views in February",
    [f(P("facebook"), "vv", named_month(NOW, 2)), f(P("linkedin"), "vv", named_month(NOW, 2))])
best = max(data.channels, key=lambda ch: data.stock(CH(ch), "fol", NOW))
add("Which account has the most followers?", [handle[best], n(data.stock(CH(best), "fol", NOW))])
add("How many shares did The Long Walk for Water get since March 1?", [f(A("water-walk"), "shr", since("2024-03-01", NOW))])
# Debatable: "all campaigns" vs the org total; the org total also holds the channel-level rows.
add("Total video views in Q4 2023", [f(ORG, "vv", quarter(2023, 4))])
add("Who owns the water campaign?", ["Amani Otieno"])
add("How many views did Soup Kitchen Diareis get last week?", [f(A("soup-kitchen"), "vv", last_week(NOW))])
add("How many views did the Flood Relief video get?", [], ["#NUMBER"])
add("Which campaigns are running right now?", ["Winter Warmth Appeal", "Spring Gala Livestream"],
    ["Harvest Hope 2024", "School Kits for All", "Clean Water Now"])
add("When was Rain Catchers released?", [str(data.assets["rain-catchers"]["published"])])
add("Engagements for The Long Walk for Water on LinkedIn last month",
    [f(A("water-walk", platform="linkedin"), "eng", last_month(NOW))])
add("How much did our Facebook subscribers grow this month?",
    [n(data.stock_change(P("facebook"), "fol", *this_month(NOW)))])
wa = [a for a, v in data.assets.items() if v["campaign"] == "winter-appeal"]
add("Give me a summary of the Winter Warmth Appeal",
    ["active", f(C("winter-appeal"), "vv", EVER), title[max(wa, key=lambda a: data.flow(A(a), "vv", *EVER))]])
add("plays for soup kitchen diaries yesterday", [f(A("soup-kitchen"), "vv", (D(2024, 3, 30),) * 2)])
add("Which rankings are we listed in?", ["Donor Trust Barometer", "Global NGO Impact Index", "12", "Top 100"])
# The gala has no assets: its campaign-level rows alone make it a contender.
add("Which campaign has the most views so far this month?", top(C, "vv", this_month(NOW), 1, cname))
add("What's coming up next?", ["Harvest Hope 2024"], ["Winter Warmth Appeal"])
add("views on LinkedIn for Volunteer Voices", [f(A("volunteer-voices", platform="linkedin"), "vv", EVER)])
add("What did Warm Hands, Warm Hearts win?", ["Best Humanitarian Short", "Berlin Nonprofit Film Days"])
add("Which language has the most video views?", top(lang, "vv", EVER, 1, {c: c for c in LANGS})[1:])

# --- the oddities ---
add("How many donations did we get this year?", [], ["#NUMBER"])  # defined, no rows
add("How many views did School Kits for All get?", [], ["#NUMBER"])  # assets, no rows
add("views for Soup Kitchen Diaries", [f(A("soup-kitchen"), "vv", EVER)])  # no channels: blank-channel rows
add("followers on LinkedIn", [n(data.stock(CH("li-northwind"), "fol", NOW))])
add("engagements by channel", [f(CH(c), "eng", EVER) for c in data.channels])  # asset + channel-level rows
add("How many views did Community Radio Network get?", [f(CH("crn"), "vv", EVER)])  # `other` with a name
add("video views this week", [f(ORG, "vv", this_week(NOW))])  # Mon 25 - Sun 31 March
add("views this quarter", [f(ORG, "vv", this_quarter(NOW))])
add("views last quarter", [f(ORG, "vv", last_quarter(NOW))])
add("engagements last month", [f(ORG, "eng", last_month(NOW))])  # February 2024, 29 days
add("Which campaigns ended in March?", ["Clean Water Now"], ["Winter Warmth Appeal", "Spring Gala Livestream"])
add("How many views did the Spring Gala Livestream get?", [f(C("gala-2024"), "vv", EVER)])  # no assets
add("Which campaigns are paused?", ["School Kits for All"], ["Winter Warmth Appeal", "Harvest Hope 2024"])
add("views for How to Fix a Hand Pump last month", [f(A("pump-repair"), "vv", last_month(NOW))])  # no language
add("views on 29 February", [f(ORG, "vv", (D(2024, 2, 29),) * 2)])

assert len(Q) == 50
write(os.path.join(HERE, "questions.json"), "northwind.yaml", NOW, Q)
