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
    pct, quarter, since, this_month, this_week, this_year, write, year,
)

NOW = D(2024, 10, 31)  # a Thursday and the 31st: "this month" is the whole of October
data = Data(os.path.join(HERE, "kestrel.yaml"))
A, C, CH, P, ORG = data.asset, data.campaign, data.channel, data.platform, data.org()
EVER = (ALL_TIME, NOW)
title = {k: v["title"] for k, v in data.assets.items()}
cname = {k: v["name"] for k, v in data.campaigns.items()}
h = Helpers(data)
f, top = h.f, h.top

Q = []
add = adder(Q)

# --- single figures ---
add("views this month", [f(ORG, "views", this_month(NOW))])
add("views last month", [f(ORG, "views", last_month(NOW))])
# Rows fall on Fridays, so the last 14 days and the two calendar weeks before this one hold the same rows.
two = last_n_days(NOW, 14)
assert data.flow(ORG, "views", *two) == data.flow(ORG, "views", D(2024, 10, 14), D(2024, 10, 27))
add("views last 2 weeks", [f(ORG, "views", two)])
add("Owl Cam Highlights' views in the week of October 7", [f(A("owl-cam"), "views", (D(2024, 10, 7), D(2024, 10, 13)))])
add("views on 25 October", [f(ORG, "views", (D(2024, 10, 25),) * 2)])
add("OWL CAM HIGHLIGHTS VIEWS SO FAR THIS YEAR", [f(A("owl-cam"), "views", this_year(NOW))])
add("Could you possibly tell me how many volunteer sign-ups we've had, please", [f(ORG, "signups", EVER)])
add("sign ups last week", [f(ORG, "signups", last_week(NOW))])
add("registrations this week", [f(ORG, "signups", this_week(NOW))])
add("how many views did the organisation get in 2023", [f(ORG, "views", year(2023))])
add("KVWT total views", [f(ORG, "views", EVER)])
add("views since 1 September", [f(ORG, "views", since("2024-09-01", NOW))])
add("how many veiws did the hedgehog diary get last month", [f(A("hedgehog-diary"), "views", last_month(NOW))])
add("shares for the river clean-up video in the previous quarter", [f(A("river-cleanup"), "shares", last_quarter(NOW))])
# The channel's rows only: the cinema advert's campaign-level views are not on YouTube.
add("views on YouTube last month", [f(P("youtube"), "views", last_month(NOW))], [f(ORG, "views", last_month(NOW))])
add("Reposts for Nature Cam YTD", [f(C("nature-cam"), "shares", this_year(NOW))])
add("volunteer drive views", [f(C("volunteer-drive"), "views", EVER)])
add("how many views has our Welsh-language video had", [f(A("river-cleanup"), "views", EVER)])

# --- stocks ---
add("subscribers on YouTube", [n(data.stock(CH("yt-kestrel"), "subscribers", NOW))])
add("subscribers gained this year", [n(data.stock_change(ORG, "subscribers", *this_year(NOW)))])
add("how many subscribers did we have at the end of June", [n(data.stock(ORG, "subscribers", D(2024, 6, 30)))])
add("subscriber growth last month", [n(data.stock_change(ORG, "subscribers", *last_month(NOW)))])

# --- comparisons ---
# The 2023 rows stop in October, so "this year so far vs the same days of 2023" and "vs all of 2023" agree.
cur, prev = this_year(NOW), (D(2023, 1, 1), D(2023, 10, 31))
a, b = data.flow(ORG, "views", *cur), data.flow(ORG, "views", *prev)
assert b == data.flow(ORG, "views", *year(2023))
add("how many views did we get year over year", [n(a), n(b), growth(a, b)])
add("compare Owl Cam Highlights and Hedgehog Rescue Diary views",
    [f(A("owl-cam"), "views", EVER), f(A("hedgehog-diary"), "views", EVER)])
add("September vs August views", [f(ORG, "views", named_month(NOW, 9)), f(ORG, "views", named_month(NOW, 8))])
# now is the 31st: this month so far is all of October; the same days of September are all of September.
a, b = data.flow(C("nature-cam"), "views", *this_month(NOW)), data.flow(C("nature-cam"), "views", *month(2024, 9))
add("Nature Cam views this month compared with last month", [n(a), n(b), growth(a, b)])
cur = last_n_days(NOW, 30)
a, b = data.flow(ORG, "views", *cur), data.flow(ORG, "views", *before_n(cur))
add("views in the last 30 days vs the previous 30 days", [n(a), n(b), growth(a, b)])

# --- breakdowns and rankings ---
add("top campaigns by views", top(C, "views", EVER, 3, cname))
low = data.by({c: C(c) for c in data.campaigns}, "views", *EVER)[-1]
add("which campaign has the fewest views", [cname[low[0]], n(low[1])], ["with the most"])
add("shares by video in Q3", [f(A(a), "shares", quarter(2024, 3)) for a in data.assets])
add("which video had the most views in Q3", top(A, "views", quarter(2024, 3), 1, title))
add("top two videos by shares this year", top(A, "shares", this_year(NOW), 2, title))

# --- goals ---
v, t, p = data.goal("volunteer-drive", data.campaigns["volunteer-drive"]["goals"][0], NOW)
add("How's the volunteer drive progressing against its goal", [n(v), n(t), pct(p)])
g = next(g for g in data.campaigns["nature-cam"]["goals"] if g["metric"] == "views")
v, t, p = data.goal("nature-cam", g, NOW)
add("what percentage of the views target has Nature Cam reached", [n(v), pct(p)])

# --- lists and facts ---
add("list all campaigns", list(cname.values()))
add("which campaigns have finished", [cname["clean-rivers"]], [cname["nature-cam"], cname["volunteer-drive"]])
add("is the Clean Rivers Programme still active", ["completed"])
add("when does the volunteer drive end", ["2024-12-15"])
add("who is the owner of the river programme", ["Siân Evans"])
add("what did we win in 2023", ["Highly Commended, Digital Engagement", "Community Champion"], ["Best Nature Livestream"])
add("what's our position in the Charity Digital Index", ["88"])
add("tell me about the volunteer drive", ["Volunteer Drive 2024", "active"])

# --- unknown names: nothing invented ---
add("how many downloads did the owl cam get", [], ["#NUMBER"])
add("views for the Badger Watch campaign", [], ["#NUMBER"])

write(os.path.join(HERE, "questions.json"), "kestrel.yaml", NOW, Q)
