"""Computes every expected figure for questions.json independently of Pulse,
following /work/shared/spec/data-format.md. Run: `python3 expected.py`."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from expect_helpers import Helpers, adder  # noqa: E402
from semantics import (  # noqa: E402
    ALL_TIME, D, Data, growth, last_month, last_n_days, last_quarter, last_week, month, n, named_month, pct,
    quarter, this_month, this_year, write, year,
)

NOW = D(2024, 6, 12)  # a Wednesday
PATH = os.path.join(HERE, "ashford.yaml")
# The CLI has no Slack channel: campaigns with `visibility` vanish with their assets and rows.
data = Data(PATH, hide_restricted=True)
leaky = Data(PATH)  # everything, to forbid figures that would leak the hidden campaigns
A, C, CH, P, ORG = data.asset, data.campaign, data.channel, data.platform, data.org()
EVER = (ALL_TIME, NOW)
title = {k: v["title"] for k, v in data.assets.items()}
cname = {k: v["name"] for k, v in data.campaigns.items()}
by_status = lambda s: [v["name"] for v in data.campaigns.values() if v["status"] == s]  # noqa: E731
PLATFORMS = {"youtube": "YouTube", "instagram": "Instagram", "tiktok": "TikTok", "x": "X", "facebook": "Facebook",
             "weibo": "Weibo", "bilibili": "Bilibili", "linkedin": "LinkedIn", "other": "Other"}
HIDDEN = ["Board Briefings", "Site Selection Tours", "Quarterly Investor Briefing", "Site Tour"]
h = Helpers(data)
f, top = h.f, h.top

Q = []
add = adder(Q)

# --- titles that contain month names, numbers, metric words and platform names ---
add("How many views did May Day in the Park get in April?", [f(A("may-day-park"), "views", named_month(NOW, 4))])
add("March of the Makers views in May", [f(A("march-makers"), "views", named_month(NOW, 5))],
    [f(A("march-makers"), "views", named_month(NOW, 3))])
add("views for May Day in the Park last month", [f(A("may-day-park"), "views", last_month(NOW))],
    [f(A("may-day-park"), "views", EVER)])
# "Top 10" is part of the title, not a top-N request: the answer is that one video's figure, not a ranking.
add("How many saves did Top 10 Noodles get?", [f(A("top-10-noodles"), "saves", EVER)], ["with the most", "Why Ashford?"])
add("views for Top 10 Noodles last month", [f(A("top-10-noodles"), "views", last_month(NOW))], ["with the most"])
add("Top 10 Noodles views this month", [f(A("top-10-noodles"), "views", this_month(NOW))], ["with the most"])
# The platform word is part of the title: every channel counts, not only YouTube.
yj_all, yj_yt = data.flow(A("youtube-journey"), "views", *this_year(NOW)), data.flow(A("youtube-journey", platform="youtube"), "views", *this_year(NOW))
assert yj_all != yj_yt
add("Our YouTube Journey views this year", [n(yj_all)], [n(yj_yt)])
add("How many views did Reach for the Sky get last week?", [f(A("reach-for-the-sky"), "views", last_week(NOW))],
    [f(A("reach-for-the-sky"), "reach", last_week(NOW))])
# "2024" and "60" belong to the title, not to a period or a top-N.
add("2024 in 60 Seconds views last month", [f(A("ashford-in-60"), "views", last_month(NOW))])

# --- overlapping campaign names ---
add("Spring Festival 2023 views", [f(C("spring-festival-2023"), "views", EVER)], [f(C("spring-festival-2024"), "views", EVER)])
add("Spring Campaign reach last quarter", [f(C("spring-campaign"), "reach", last_quarter(NOW))],
    [f(C("spring-festival-2024"), "reach", last_quarter(NOW))])
# Two campaigns fit: the answer should name both (or ask which), not silently pick one.
add("views for the Spring Festival campaign", ["Spring Festival 2023", "Spring Festival 2024"])
# Only the 2023 expo has rows (2024 is planned): its figure or a "which one?" reply both name it.
add("Riverfront Expo views", ["Riverfront Expo 2023"])
# Years inside campaign names are not periods.
a, b = data.flow(C("spring-festival-2024"), "views", *EVER), data.flow(C("spring-festival-2023"), "views", *EVER)
add("compare Spring Festival 2024 and Spring Festival 2023 views", [n(a), n(b)])

# --- comparisons, rankings ---
a, b = data.flow(C("invest-in-ashford"), "views", *named_month(NOW, 5)), data.flow(C("invest-in-ashford"), "views", *named_month(NOW, 4))
add("How did Invest in Ashford do in May vs April?", [n(a), n(b), growth(a, b)])
add("top 3 campaigns by reach last quarter", top(C, "reach", last_quarter(NOW), 3, cname), HIDDEN[:2])
add("which campaign has the highest watch time this year", top(C, "watch-time", this_year(NOW), 1, cname), HIDDEN[:2])

add("watch time by platform this year", [f(P(p), "watch-time", this_year(NOW)) for p in ("youtube", "instagram", "linkedin", "facebook", "x")])
add("which platform had the most reach in May", top(P, "reach", named_month(NOW, 5), 1, PLATFORMS))

# --- metrics named like English words; the flow "new followers" next to the stock ---
add("new followers on Instagram last month", [f(P("instagram"), "new-followers", last_month(NOW))],
    [n(data.stock_change(P("instagram"), "followers", *last_month(NOW)))])
add("How many followers do we have on X?", [n(data.stock(P("x"), "followers", NOW))])
add("followers at the end of 2023", [n(data.stock(ORG, "followers", D(2023, 12, 31)))])
add("followers gained on LinkedIn this year", [n(data.stock_change(P("linkedin"), "followers", *this_year(NOW)))])
add("City Website followers", [n(data.stock(CH("web-ashford"), "followers", NOW))])
add("followers", [n(data.stock(ORG, "followers", NOW))])
add("views on X last week", [f(P("x"), "views", last_week(NOW))])

# --- exact days and ranges ---
add("views on 2024-03-05", [f(ORG, "views", (D(2024, 3, 5),) * 2)])
add("views between March 3 and March 9", [f(ORG, "views", (D(2024, 3, 3), D(2024, 3, 9)))])

# --- the hidden campaigns must not appear or be counted ---
add("total views in 2023", [f(ORG, "views", year(2023))], [n(leaky.flow(leaky.org(), "views", *year(2023)))])
add("YouTube views last month", [f(P("youtube"), "views", last_month(NOW))],
    [n(leaky.flow(leaky.platform("youtube"), "views", *last_month(NOW)))])
add("Site Selection Tours views", [], ["#NUMBER"])
add("views for the investor briefing", [], ["#NUMBER", "Quarterly Investor Briefing"])
add("list all campaigns", ["Spring Festival 2023", "Noodle Trail", "Talent Visa Drive", "Summer Nights 2024"], HIDDEN[:2])

# --- lists and facts ---
add("which campaigns ended in 2023",
    [cname[c] for c in ("spring-festival-2023", "green-industry", "riverfront-2023", "export-week", "holiday-market")],
    ["Spring Festival 2024", "Spring Campaign", "Noodle Trail"])
add("what's running right now", by_status("active"), by_status("paused") + HIDDEN[:2])
add("which campaigns started in 2024", [cname[c] for c in data.campaigns if str(data.campaigns[c]["start"]).startswith("2024")],
    ["Spring Festival 2023", "Invest in Ashford", "Tech Corridor Showcase", "Talent Visa Drive"])
add("what's planned", by_status("planned"), ["Noodle Trail"])
add("list paused campaigns", by_status("paused"), ["Noodle Trail", "Startup Week", "Invest in Ashford"])
add("is the Japan Trade Mission still going?", ["paused"])
v, t, p = data.goal("invest-in-ashford", data.campaigns["invest-in-ashford"]["goals"][0], NOW)
add("is the flagship campaign on track for its views goal", [n(v), n(t), pct(p)])

# --- one-word queries ---
add("awards", ["Best Investment Promotion Video", "Smart City Communicator of the Year", "Bronze, Short Form"])
add("rankings", ["fDi American Cities of the Future", "Global Cities Outlook", "88", "Tier 1"])
add("help", [], ["#NUMBER"])
add("goals", ["Invest in Ashford", pct(data.goal("invest-in-ashford", data.campaigns["invest-in-ashford"]["goals"][0], NOW)[2])])
# The spec defines no average: only check that it answers without failing.
add("average daily views last week", [])

write(os.path.join(HERE, "questions.json"), "ashford.yaml", NOW, Q)
