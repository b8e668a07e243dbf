"""Computes every expected figure for questions.json independently of Pulse, following
/work/shared/spec/data-format.md and, for the features the spec does not cover, the rules stated in the brief of
round 17 (taken from Pulse's design, re-implemented here in Python; _lib is unchanged):

- calendar buckets ("by month", "day by day", "each week", "busiest day", "top 3 weeks"): the period (cut at
  `now`) split into days, Monday-first weeks or calendar months, the first and last bucket cut to the period; a
  flow is summed per bucket, a stock is its level at each bucket's end; a bucket with no rows is left out;
  breakdowns read in calendar order, "top"/"busiest"/"quietest" rank the buckets, leaving out weeks or months
  cut short when whole ones exist;
- a day is expected as its date (ISO, which the runner also matches spelled "June 10, 2025"); a full week by its
  Monday; a week cut by the period by its last day (it is labelled "May 1 – May 4, 2025", and the runner matches
  the spelled last day); a month as "May 2025";
- ties at the cut of a top N are all kept and said ("Tied at …");
- an average per day/week/month is the flow's total over the period's days (cut at `now`) divided by the days,
  the days / 7, or the calendar months (a partly covered month counting for its share of days); with no period
  ("how many plays a day does X get") the days run from the scope's first row to `now`;
- "average X per video/channel/campaign" is the total over the groups that have rows in the period divided by
  their number (rows not attributed to any group, e.g. campaign-level rows by channel, are left out);
- an average is shown whole when it is 100 or more, else with one decimal (half up);
- a goal reads value from the campaign start to min(now, by) over the target, with the gap "to go" while the goal
  is open, "short" once its date has passed, "over" once reached;
- markets and languages lists: every market (language) named by a campaign or by a piece of content (its own
  markets, else its campaign's; its own language and its versions);
- "what does <owner> run" lists the campaigns whose `owner` is that person; "regional awards" are awards whose
  `level` is regional.

`now` is 2025-06-16, a Monday: "this week" is that one day, "last week" 9-15 June, "last month" and "in May" are May
2025, "this quarter" 1 April - 16 June, "last quarter" Q1 2025, "this year" 1 January - 16 June. Rows run to
2025-06-18 and must be ignored past `now`. Follower rows fall on Wednesdays.
Run: `python3 generate.py && python3 expected.py`."""
import datetime as dt
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from expect_helpers import Shorthands, adder  # noqa: E402
from semantics import (  # noqa: E402
    ALL_TIME, D, ONE, Data, growth, last_month, last_quarter, last_week, month, month_end, n, named_month, pct,
    quarter, since, this_month, this_quarter, this_year, write, year,
)

NOW = D(2025, 6, 16)  # a Monday
assert NOW.weekday() == 0
AFTER = D(2025, 6, 18)
data = Data(os.path.join(HERE, "tallwood.yaml"))
assert max(r[0] for r in data.rows) == AFTER
A, C, CH, P, ORG = data.asset, data.campaign, data.channel, data.platform, data.org()
title = {k: v["title"] for k, v in data.assets.items()}
cname = {k: v["name"] for k, v in data.campaigns.items()}
LW, LM, TM, TQ, TY, LQ = last_week(NOW), last_month(NOW), this_month(NOW), this_quarter(NOW), this_year(NOW), \
    last_quarter(NOW)
assert LW == (D(2025, 6, 9), D(2025, 6, 15)) and LM == month(2025, 5) and TQ == (D(2025, 4, 1), NOW)
assert LQ == quarter(2025, 1) and TY == (D(2025, 1, 1), NOW)
H = Shorthands(data, stock="followers")
fl, f, st, chg = H.fl, H.f, H.st, H.chg
Q = []
ask = adder(Q)
NONE = ["#NUMBER"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


# ---- calendar buckets ----
def buckets(unit, period):
    """[(first, last)] of the days, Monday-first weeks or calendar months of the period cut at `now`."""
    start, end = period[0], min(period[1], NOW)
    out, d = [], start
    while d <= end:
        if unit == "day":
            last = d
        elif unit == "week":
            last = min(d + dt.timedelta(days=6 - d.weekday()), end)
        else:
            last = min(month_end(d.year, d.month), end)
        out.append((d, last))
        d = last + ONE
    return out


def has_rows(scope, metric, a, b):
    """Flow: a row dated in [a, b]; stock: a row on or before b."""
    kind = data.metrics[metric]["kind"]
    return any(m == metric and scope(s, c) and (a <= d <= b if kind == "flow" else d <= b)
               for d, s, c, m, v in data.rows)


def value(scope, metric, a, b):
    if data.metrics[metric]["kind"] == "flow":
        return data.flow(scope, metric, a, b)
    return data.stock(scope, metric, b)


def label(unit, a, b):
    """What the answer must carry for a bucket (see the docstring)."""
    if unit == "day":
        return a.isoformat()
    if unit == "month":
        return f"{MONTHS[a.month - 1]} {a.year}"
    full = a.weekday() == 0 and (b - a).days == 6
    return a.isoformat() if full else b.isoformat()


def series(unit, scope, metric, period):
    """[(label, value)] of the buckets with rows, in calendar order."""
    return [(label(unit, a, b), value(scope, metric, a, b)) for a, b in buckets(unit, period)
            if has_rows(scope, metric, a, b)]


def by_time(unit, scope, metric, period, labels=()):
    """A breakdown over time: every bucket's figure, plus the labels of the buckets at the given positions."""
    s = series(unit, scope, metric, period)
    return [n(v) for _, v in s] + [s[i][0] for i in labels]


def full(unit, a, b):
    """A whole day, Monday-Sunday week or calendar month (not cut by the period or by `now`)."""
    if unit == "day":
        return True
    if unit == "week":
        return a.weekday() == 0 and (b - a).days == 6
    return a.day == 1 and b == month_end(b.year, b.month)


def top_time(unit, scope, metric, period, k, asc=False):
    """The top (or bottom) k buckets, ties at the cut kept: [label, figure, ...], plus "Tied at" when cut ties.
    A ranking leaves out buckets cut short when whole ones exist (src/core/engine/execute.ts)."""
    bs = buckets(unit, period)
    whole = [(a, b) for a, b in bs if full(unit, a, b)]
    ranked = [(label(unit, a, b), value(scope, metric, a, b)) for a, b in (whole or bs)
              if has_rows(scope, metric, a, b)]
    s = sorted(ranked, key=lambda x: x[1] if asc else -x[1])
    end = k
    while end < len(s) and s[end][1] == s[k - 1][1]:
        end += 1
    out = [x for lab, v in s[:end] for x in (lab, n(v))]
    return out + (["Tied at"] if end > k else [])


# ---- averages ----
def months_in(a, b):
    total, d = 0.0, a
    while d <= b:
        last = min(month_end(d.year, d.month), b)
        total += ((last - d).days + 1) / month_end(d.year, d.month).day
        d = last + ONE
    return total


def shown(x):
    """An average as shown: whole from 100 up, else one decimal (half up)."""
    if abs(x) >= 100:
        r = math.floor(x + 0.5)
        assert abs(x - r) != 0.5
        return n(r)
    r = math.floor(x * 10 + 0.5) / 10
    return n(r) if r == int(r) else f"{r:.1f}"


def average(scope, metric, per, period=None):
    """[average, total] of a flow per day/week/month over the period (cut at `now`), or from the scope's first
    row to `now` when no period is named."""
    if period is None:
        first = min(d for d, s, c, m, v in data.rows if m == metric and scope(s, c) and d <= NOW)
        period = (first, NOW)
    a, b = period[0], min(period[1], NOW)
    total = data.flow(scope, metric, a, b)
    days = (b - a).days + 1
    units = days if per == "day" else days / 7 if per == "week" else months_in(a, b)
    return [shown(total / units), n(total)]


def mean_of(groups, metric, period):
    """[mean, total over the groups listed, number of groups]: groups with rows in the period only."""
    a, b = period[0], min(period[1], NOW)
    vals = [data.flow(sc, metric, a, b) for g, sc in groups.items() if has_rows(sc, metric, a, b)]
    return [shown(sum(vals) / len(vals)), n(sum(vals))], len(vals)


def goal(cid):
    g = data.campaigns[cid]["goals"][0]
    v, t, p = data.goal(cid, g, NOW)
    return v, t, p, g.get("by")


assets = {a: A(a) for a in data.assets}
channels = {c: CH(c) for c in data.channels}
campaigns = {c: C(c) for c in data.campaigns}

# the shapes the questions rely on
assert any(r[1] == "c-trails" for r in data.rows) and any(r[1] == "c-junior" for r in data.rows)
assert all(D(2025, 6, 17) <= r[0] for r in data.rows if r[0] > NOW)

# ---- breakdowns over time (calendar order) ----
ask("Monthly views so far this year", by_time("month", ORG, "views", TY, labels=(0, 5)))
ask("Give me last week's views day by day", by_time("day", ORG, "views", LW, labels=(0, 6)))
mar = named_month(NOW, 3)
assert buckets("week", mar)[0] == (D(2025, 3, 1), D(2025, 3, 2)) and buckets("week", mar)[-1] == (D(2025, 3, 31),) * 2
ask("likes week by week in March", by_time("week", ORG, "likes", mar, labels=(0, 1, 5)))
ask("Show followers for each month since January", by_time("month", ORG, "followers", since("2025-01-01", NOW)),
    [n(st(ORG, AFTER))])
ask("TikTok followers week by week in May", by_time("week", P("tiktok"), "followers", LM))
ask("Fire Wise shares broken down by month in 2024", by_time("month", C("c-fire"), "shares", year(2024),
                                                             labels=(0, 7)))
ask("Watch time for Trail Tales each week in February",
    by_time("week", C("c-trails"), "watch-hours", named_month(NOW, 2), labels=(0, 4)))
ask("Instagram views by day since June 10", by_time("day", P("instagram"), "views", since("2025-06-10", NOW)),
    [f(P("instagram"), "views", (D(2025, 6, 17), D(2025, 6, 17)))])

# ---- days, weeks and months ranked ----
ask("What was our biggest month for views in 2024?", top_time("month", ORG, "views", year(2024), 1))
ask("What was the busiest day for views in May?", top_time("day", ORG, "views", named_month(NOW, 5), 1))
ask("Which week this quarter had the fewest views?", top_time("week", ORG, "views", TQ, 1, asc=True))
ask("Our three best days for shares in April", top_time("day", ORG, "shares", named_month(NOW, 4), 3))
tied = top_time("day", A("night-owls"), "shares", named_month(NOW, 4), 3)
assert tied[-1] == "Tied at" and len(tied) == 9  # four days, two at third place
ask("Top 3 days for Owls After Dark shares in April", tied)
ask("Which day last week had the most likes?", top_time("day", ORG, "likes", LW, 1))
ask("Top 3 weeks for views this year", top_time("week", ORG, "views", TY, 3))
ask("Which month in 2024 had the fewest likes?", top_time("month", ORG, "likes", year(2024), 1, asc=True))

# how many: "which 2 days", "our four busiest days" (the next one forbidden)
s2 = top_time("day", ORG, "shares", LW, 3)
assert len(s2) == 6
ask("Which 2 days last week had the most shares?", s2[:4], [s2[4]])
s4 = top_time("day", ORG, "views", named_month(NOW, 3), 5)
assert len(s4) == 10
ask("What were our four busiest days in March?", s4[:8], [s4[8]])
ask("Which date in April had the most shares?", top_time("day", ORG, "shares", named_month(NOW, 4), 1))
ask("On which day did Reading the Smoke get the most views last month?",
    top_time("day", A("fire-smoke"), "views", LM, 1))
ask("Which week in the last 30 days had the most views?", top_time("week", ORG, "views", (NOW - dt.timedelta(days=29), NOW), 1))
low = top_time("day", ORG, "likes", LW, 1, asc=True)
assert low[-1] == "Tied at" and len(low) == 5  # two days tie at the bottom
ask("What was the least busy day for likes last week?", low)


def gained(a, b):
    return data.stock_change(ORG, "followers", a, b)


gains = sorted(((f"{MONTHS[a.month - 1]} {a.year}", gained(a, b)) for a, b in buckets("month", TY)),
               key=lambda x: -x[1])
assert gains[0][1] > gains[1][1]
ask("Which month this year did we gain the most followers?", [gains[0][0], n(gains[0][1])])

# ---- averages per day / week / month ----
ask("What were daily views on average last month?", average(ORG, "views", "day", LM))
ask("Average watch time per week for Earn Your Ranger Badge in Q1", average(A("jr-badge"), "watch-hours", "week",
                                                                            LQ))
ask("How many plays per day does Owls After Dark pull in?", average(A("night-owls"), "views", "day"))
ask("Average monthly views for Dark Sky Nights since October",
    average(C("c-night"), "views", "month", since("2024-10-01", NOW)))
ask("What's Facebook's average weekly likes this year?", average(P("facebook"), "likes", "week", TY))

# ---- the mean of a breakdown ----
m, k = mean_of(assets, "views", TY)
assert k == 10
ask("What's the mean number of views per video in 2025?", m)
m, k = mean_of(assets, "likes", LM)
assert k == 10
ask("average likes per video last month", m)
m, k = mean_of(channels, "views", LW)
assert k == 4 and fl(ORG, "views", LW) > fl(lambda s, c: c is not None, "views", LW)  # kiosk rows left out
ask("Average views per channel last week", m)
m, k = mean_of(campaigns, "shares", LQ)
assert k == 4
ask("average shares per campaign last quarter", m)

# ---- markets, languages, owners, award levels ----
ask("What countries are we trying to reach?", ["Canada", "Germany", "Mexico", "United States"])
ask("how many languages do we cover?", ["4", "English", "Spanish", "French", "German"])
ask("How many countries does Trail Tales target?", ["Mexico", "United States"], ["Canada", "Germany"])
ask("How many languages is Dark Sky Nights in?", ["English", "French", "German"], ["Spanish"])
ask("Which campaigns is Dana Whitfield in charge of?", ["Trail Tales", "Fire Wise"],
    ["Dark Sky Nights", "Junior Rangers"])
ask("any regional awards?", ["Best Public Safety Campaign", "Ranger's Choice"],
    ["Outstanding Nature Short", "Best Youth Education Series", "Community Partner of the Year"])
ask("list our national and regional awards",
    ["Best Public Safety Campaign", "Ranger's Choice", "Outstanding Nature Short"],
    ["Best Youth Education Series", "Community Partner of the Year"])
ask("Have we won anything at state level?", ["Best Youth Education Series"],
    ["Best Public Safety Campaign", "Outstanding Nature Short"])

# ---- goals: to go, short, over ----
v, t, p, by = goal("c-trails")
assert p < 1 and D.fromisoformat(str(by)) > NOW
ask("How much is left to hit Trail Tales' views goal?", [n(v), n(t), pct(p), n(t - v), "to go"])
v, t, p, by = goal("c-fire")
assert p < 1 and D.fromisoformat(str(by)) < NOW
ask("Did Fire Wise reach its shares target?", [n(v), n(t), pct(p), n(t - v), "short"])
v, t, p, by = goal("c-night")
assert p >= 1 and by is None
ask("Where is Dark Sky Nights against its likes goal?", [n(v), n(t), pct(p), n(v - t), "over"])
v, t, p, by = goal("c-junior")
assert p < 1 and D.fromisoformat(str(by)) > NOW
ask("How many more views does Junior Rangers need to hit its goal?", [n(t - v)])

# ---- ordinary questions, fresh wording ----
ask("How many views did Seven Falls Trail get in May?", [f(A("trl-falls"), "views", LM)])
ask("Facebook likes last week", [f(P("facebook"), "likes", LW)])
ask("Compare Instagram and TikTok shares this month", [f(P("instagram"), "shares", TM), f(P("tiktok"), "shares", TM)])
wt = H.ranked(assets, "watch-hours", LQ)
assert wt[0][1] > wt[1][1]
top = wt[0]
ask("Which video got the most watch time in Q1?", [title[top[0]], n(top[1])])
ask("How many followers did we pick up on YouTube in May?", [n(chg(P("youtube"), LM))])
ask("Is Fire Wise still running?", ["completed"])
ask("When did Owls After Dark come out?", ["2024-11-02"])
ask("Which of our pieces are available in Spanish?",
    [title[a] for a in ("trl-falls", "trl-cabin", "jr-badge", "jr-tracks")], [title["night-owls"]])
ask("Total shares for Junior Rangers since March", [f(C("c-junior"), "shares", since("2025-03-01", NOW))])
ask("How many views did we get yesterday?", [f(ORG, "views", (D(2025, 6, 15), D(2025, 6, 15)))])
ask("How did Ember Patrol do last month compared with April?",
    H.vs(A("fire-ember"), "views", LM, month(2025, 4)))
top3 = H.ranked(assets, "likes", year(2024))[:4]
assert len({v for _, v in top3}) == 4
ask("Top 3 videos by likes in 2024", [x for a, v in top3[:3] for x in (title[a], n(v))])
ask("How many followers do we have on Facebook right now?", [n(st(P("facebook"), NOW))], [n(st(P("facebook"), AFTER))])

# ---- unknown names ----
ask("How many views did Bear Country Basics get?", [], NONE)
ask("likes for the Prairie Voices campaign last month", [], NONE)
ask("daily views for Canyon Echoes last week", [], NONE)

assert 50 <= len(Q) <= 60, len(Q)
for q in Q:
    assert not (set(q["expect"]) & set(q.get("forbid", []))), q
write(os.path.join(HERE, "questions.json"), "tallwood.yaml", NOW, Q)
