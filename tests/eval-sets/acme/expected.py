"""Computes every expected figure for questions.json independently of Pulse,
following /work/shared/spec/data-format.md. Run: `python3 expected.py`."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from expect_helpers import Helpers, adder  # noqa: E402
from semantics import (  # noqa: E402
    ALL_TIME, D, Data, before_n, growth, last_month, last_n_days, last_quarter, last_week, month, n, named_month,
    pct, since, this_month, this_year, write, year,
)

NOW = D(2024, 4, 10)  # a Wednesday
data = Data(os.path.join(HERE, "acme.json"))  # JSON is YAML, so the same loader reads it
A, C, CH, P, ORG = data.asset, data.campaign, data.channel, data.platform, data.org()
EVER = (ALL_TIME, NOW)
title = {k: v["title"] for k, v in data.assets.items()}
cname = {k: v["name"] for k, v in data.campaigns.items()}
goals = {c: v.get("goals", []) for c, v in data.campaigns.items()}
h = Helpers(data)
f, top, lang = h.f, h.top, h.lang

Q = []
add = adder(Q)

# --- the organization by its aliases, in the third person; metrics by alias only ---
add("how did Acme do last month", [f(ORG, "vw", last_month(NOW))])
add("How many plays did ACME Outdoors get in March?", [f(ORG, "vw", named_month(NOW, 3))])
add("how many plays did acme get in 2023", [f(ORG, "vw", year(2023))])
add("Acme's plays since February", [f(ORG, "vw", since("2024-02-01", NOW))])
add("plays in December", [f(ORG, "vw", named_month(NOW, 12))])  # the latest December: 2023
add("plays today", [f(ORG, "vw", (NOW, NOW))])
a, b = data.flow(ORG, "vw", *month(2024, 3)), data.flow(ORG, "vw", *month(2024, 2))
add("how did Acme do in March vs February", [n(a), n(b), growth(a, b)])
add("how many interactions has Acme had this year", [f(ORG, "eng", this_year(NOW))])
add("taps last week", [f(ORG, "clk", last_week(NOW))])
add("plays yesterday", [f(ORG, "vw", (NOW.replace(day=9),) * 2)])
add("how many fans does Acme have", [n(data.stock(ORG, "fol", NOW))])
add("fans on Instagram", [n(data.stock(P("instagram"), "fol", NOW))])
add("Acme fans on Facebook", [n(data.stock(P("facebook"), "fol", NOW))])
add("how many fans did acme have at the end of January", [n(data.stock(ORG, "fol", D(2024, 1, 31)))])
add("fans gained last month", [n(data.stock_change(ORG, "fol", *last_month(NOW)))])
add("ACME Outdoors fan growth this year", [n(data.stock_change(ORG, "fol", *this_year(NOW)))])
add("fans on TikTok at the end of 2023", [n(data.stock(P("tiktok"), "fol", D(2023, 12, 31)))])
add("Which channel has the most fans?", ["acme.outdoors", n(data.stock(CH("ig-acme"), "fol", NOW))])

# --- assets and campaigns by name, alias, accent-free spelling ---
add("plays for the ridge video last month", [f(A("alpine-ridge"), "vw", last_month(NOW))])
add("How many plays did Sendero del Volcan get in 2023?", [f(A("sendero-volcan"), "vw", year(2023))])
add("taps on Chef Campero this month", [f(A("chef-campero"), "clk", this_month(NOW))])
# The cinema spot's campaign-level plays count for the campaign but for no platform.
add("Base Camp Stories plays", [f(C("base-camp"), "vw", EVER)])
add("Base Camp Stories plays on YouTube", [f(C("base-camp", platform="youtube"), "vw", EVER)], [f(C("base-camp"), "vw", EVER)])
add("gear drop interactions", [f(C("summer-gear"), "eng", EVER)])
add("plays for Ridge Runners last month", [f(C("ridge-runners"), "vw", last_month(NOW))] if data.flow(C("ridge-runners"), "vw", *last_month(NOW)) else [], ["#NUMBER"])

# --- goals whose deadline has passed: progress stops at `by` ---
g = goals["trail-series"][0]
v, t, p = data.goal("trail-series", g, NOW)
assert v != data.flow(C("trail-series"), "vw", *EVER)
add("Did the Trail Series hit its plays goal?", [n(v), n(t), pct(p)], [n(data.flow(C("trail-series"), "vw", *EVER))])
g = goals["trail-series"][1]
v, t, p = data.goal("trail-series", g, NOW)
add("Trail Series interactions goal", [n(v), n(t), pct(p)])
v, t, p = data.goal("summer-gear", goals["summer-gear"][0], NOW)
add("how did the Summer Gear Drop do against its target", [n(v), n(t), pct(p)], [n(data.flow(C("summer-gear"), "vw", *EVER))])
v, t, p = data.goal("base-camp", goals["base-camp"][0], NOW)
add("Base Camp Stories goal progress", [n(v), n(t), pct(p)])
add("goals", [cname["trail-series"], cname["summer-gear"], cname["base-camp"]])

# --- rankings, comparisons, breakdowns ---
add("Which campaign got the most plays last quarter", top(C, "vw", last_quarter(NOW), 1, cname))
add("top 3 videos by plays", top(A, "vw", EVER, 3, title))
add("plays by platform in March", [f(P(p), "vw", month(2024, 3)) for p in ("youtube", "instagram", "tiktok", "facebook")])
add("plays by language this year", [n(data.flow(lang(x), "vw", *this_year(NOW))) for x in ("en", "es")])
add("compare Instagram and TikTok plays last month", [f(P("instagram"), "vw", last_month(NOW)), f(P("tiktok"), "vw", last_month(NOW))])
cur = last_n_days(NOW, 14)
a, b = data.flow(ORG, "vw", *cur), data.flow(ORG, "vw", *before_n(cur))
add("plays in the past 14 days vs the previous 14 days", [n(a), n(b), growth(a, b)])
a, b = data.flow(ORG, "vw", *this_month(NOW)), data.flow(ORG, "vw", D(2024, 3, 1), D(2024, 3, 10))
add("how is Acme doing this month compared with last month", [n(a), n(b), growth(a, b)])

# --- lists and facts ---
add("Which videos are in Spanish?", ["Sendero del Volcán", "Chef Campero"], ["Coastal Track", "Base Camp Kitchen"])
add("what's the status of Ridge Runners", ["paused"])
# Dubbed versions count as available languages (as in the public set's "available in French").
add("Which videos are available in English?", [t for k, t in title.items() if k != "sendero-volcan"], ["Sendero del Volcán"])
low = data.by({a: A(a) for a in data.assets if data.flow(A(a), "vw", *last_month(NOW))}, "vw", *last_month(NOW))[-1]
add("which video got the fewest plays last month", [title[low[0]], n(low[1])], ["with the most"])
add("awards", ["Best Outdoor Brand Content", "People's Choice"])
add("rankings", ["Brand Love Index NZ", "12", "Top Outdoor Brands APAC", "Gold"])

# --- nothing invented ---
add("how many downloads did Acme get", [], ["#NUMBER"])
add("plays for the Winter Kit campaign", [], ["#NUMBER"])  # planned, no rows yet

write(os.path.join(HERE, "questions.json"), "acme.json", NOW, Q)
