"""Computes every expected figure for questions.json independently of Pulse, following
/work/shared/spec/data-format.md. Round 18: questions that name SEVERAL subjects or periods at once — two videos,
two campaigns, a video against a campaign, a campaign against its own video, two platforms, two channels, two
languages, two countries, three or four subjects in one question, "which did better, A or B?", "A and B combined",
two periods ("September compared with August", "this month vs the same days last month"), follower levels and
follower gains side by side — plus 8 ordinary questions and 3 unknown names (one inside a comparison).

`now` is 2025-10-30, a Thursday late in the month: "last week" is Mon 20 - Sun 26 October, "this week" 27-30
October, "yesterday" Wednesday 29 October, "this month" 1-30 October (so "the same days last month" is 1-30
September), "last month" and "in September" are September 2025, "last quarter" and "Q3" are July-September 2025,
"in May" is May 2025, "this year" 1 January - 30 October 2025. Follower rows fall on Sundays, so the level at `now`
is the row of 26 October and "gained this month" is that row minus the row of 28 September.

Semantics beyond _lib (kept here, _lib is unchanged):
- a comparison of subjects ("X vs Y", "X against Y", "X compared with Y") states both figures; the percentage is
  Pulse's reading of the spec's growth formula with the FIRST-named subject as "current" and the second as
  "previous", (X - Y) / Y, expected only where the question names X first with "vs"/"against"/"compared";
  "which did better / got more, A or B" expects the winner's name and both figures; "A and B combined/together"
  expects the sum; three or more subjects expect every figure;
- a comparison of periods uses the spec's growth (current - previous) / previous;
- a country (market) scope is the rows of assets whose own `markets` contain it (every asset here has exactly
  one); campaign-level rows belong to no market (both campaigns with such rows target several countries);
- a language scope is the rows of assets whose own `language` is it (dubbed versions carry no figures);
- "the Korean video" / "the Japanese video" is the one asset in that language (asserted unique, and no asset has a
  ko or ja version);
- a platform's (channel's) figure excludes campaign-level rows (they have no channel);
- a campaign's figure includes its campaign-level rows (spec), its own video's figure does not.
Run: `python3 generate.py && python3 expected.py`."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from expect_helpers import Helpers, Shorthands, adder  # noqa: E402
from semantics import (  # noqa: E402
    ALL_TIME, D, Data, before_n, growth, last_month, last_n_days, last_quarter, last_week, month, n, named_month,
    pct, quarter, this_month, this_week, this_year, week_before, write,
)

NOW = D(2025, 10, 30)  # a Thursday
assert NOW.weekday() == 3
data = Data(os.path.join(HERE, "marrowgate.yaml"))
A, C, CH, P, ORG = data.asset, data.campaign, data.channel, data.platform, data.org()
assert not [r for r in data.rows if r[0] > NOW]
h = Helpers(data, no_ties=True)
mk, lg = (lambda code: h.attr("markets", code)), (lambda code: h.attr("language", code))
H = Shorthands(data)
fl, f, st, chg = H.fl, H.f, H.st, H.chg

EVER = (ALL_TIME, NOW)
LW, LM, TM, TW, TY, LQ = last_week(NOW), last_month(NOW), this_month(NOW), this_week(NOW), this_year(NOW), \
    last_quarter(NOW)
YESTERDAY = (D(2025, 10, 29),) * 2
SEP, AUG, JUL, JUN, MAY, APR = (named_month(NOW, m) for m in (9, 8, 7, 6, 5, 4))
Q3, Q2 = quarter(2025, 3), quarter(2025, 2)
SAME_DAYS_LM = (D(2025, 9, 1), D(2025, 9, 30))  # "this month so far" -> the same days of the month before
assert LW == (D(2025, 10, 20), D(2025, 10, 26)) and week_before(LW) == (D(2025, 10, 13), D(2025, 10, 19))
assert LM == SEP == month(2025, 9) and TM == (D(2025, 10, 1), NOW) and TW == (D(2025, 10, 27), NOW)
assert LQ == Q3 and MAY == month(2025, 5) and TY == (D(2025, 1, 1), NOW)

camps, assets = data.campaigns, data.assets
title = {k: v["title"] for k, v in assets.items()}
cname = {k: v["name"] for k, v in camps.items()}
handle = {k: v["handle"] for k, v in data.channels.items()}
assert all(len(a["markets"]) == 1 for a in assets.values())
assert all(len(camps[s]["markets"]) > 1 for _, s, _, _, _ in data.rows if s in camps)
for code in ("ko", "ja"):
    assert [k for k, a in assets.items() if a["language"] == code or code in [v["language"] for v in a.get("versions", [])]] \
        == [k for k, a in assets.items() if a["language"] == code] and len([a for a in assets.values() if a["language"] == code]) == 1

Q = []
ask = adder(Q)
NONE = ["#NUMBER"]


def both(*scopes):
    return lambda s, c: any(sc(s, c) for sc in scopes)


def vs(sa, sb, metric, period, pct_too=True):
    """[a, b, (a - b) / b] for "A vs B" (A named first), every figure > 0 and a != b asserted."""
    a, b = fl(sa, metric, period), fl(sb, metric, period)
    assert a > 0 and b > 0 and a != b
    return [n(a), n(b)] + ([growth(a, b)] if pct_too else [])


def better(la, sa, lb, sb, metric, period):
    """Winner's label and both figures for "which did better, A or B?"."""
    a, b = fl(sa, metric, period), fl(sb, metric, period)
    assert a > 0 and b > 0 and a != b
    return [la if a > b else lb, n(a), n(b)]


def combined(metric, period, *scopes):
    vals = [fl(s, metric, period) for s in scopes]
    assert all(v > 0 for v in vals)
    return [n(sum(vals))]


def each(metric, period, *scopes):
    vals = [fl(s, metric, period) for s in scopes]
    assert all(v > 0 for v in vals) and len(set(vals)) == len(vals)
    return [n(v) for v in vals]


def periods(scope, metric, cur, prev):
    a, b = fl(scope, metric, cur), fl(scope, metric, prev)
    assert a > 0 and b > 0
    return [n(a), n(b), growth(a, b)]


# ---- 1. two videos ----
ask("Fado in the Lower Quarter versus Lanterns over Ferreira Bridge: views in September",
    vs(A("fado-lanes"), A("bridge-lanterns"), "views", SEP))
ask("which got more likes last week, Night Trams of the Upper Town or Cathedral Steps at Dawn?",
    better("Night Trams of the Upper Town", A("night-trams"), "Cathedral Steps at Dawn", A("cathedral-steps"),
           "likes", LW))
ask("Azulejo Workshop with Ines against Tile Hunters: A Walking Guide on shares this month",
    vs(A("azulejo-workshop"), A("tile-hunters"), "shares", TM))
ask("watch time, Regatta Day Highlights compared to Behind the Boats, last quarter",
    vs(A("regatta-highlights"), A("behind-the-boats"), "watch-hours", LQ))
a, b = fl(A("tile-hunters"), "views", LW), fl(A("rowing-clubs"), "views", LW)
assert a > b > 0
ask("How many more views did Tile Hunters: A Walking Guide get than Rowing Clubs of the Old Port last week?",
    [n(a - b)])

ask("How many likes did Regatta Day Highlights and Behind the Boats get between them last month?",
    combined("likes", LM, A("regatta-highlights"), A("behind-the-boats")))
ask("Fado in the Lower Quarter or Night Trams of the Upper Town: which has more watch time this year?",
    better("Fado in the Lower Quarter", A("fado-lanes"), "Night Trams of the Upper Town", A("night-trams"),
           "watch-hours", TY))

# ---- 2. two campaigns ----
ask("Tiles of Marrowgate vs Marrowgate After Dark, views last month",
    vs(C("tiles-of-marrowgate"), C("after-dark"), "views", LM))
ask("which campaign did better last week on views: the regatta or the night campaign?",
    better("Marrowgate After Dark", C("after-dark"), "Marrowgate River Regatta 2025", C("regatta-2025"), "views", LW))
ask("likes for the azulejo campaign and the regatta combined in July",
    combined("likes", JUL, C("tiles-of-marrowgate"), C("regatta-2025")))
ask("How did Marrowgate After Dark and Marrowgate River Regatta 2025 compare on plays in August?",
    vs(C("after-dark"), C("regatta-2025"), "views", AUG))

# ---- 3. a video against another campaign ----
ask("Lanterns over Ferreira Bridge vs the Marrowgate River Regatta 2025 campaign: views this month",
    vs(A("bridge-lanterns"), C("regatta-2025"), "views", TM))
ask("Behind the Boats compared with the night campaign on likes in June",
    vs(A("behind-the-boats"), C("after-dark"), "likes", JUN))

ask("Behind the Boats, Fado in the Lower Quarter and the night campaign: likes in June",
    each("likes", JUN, A("behind-the-boats"), A("fado-lanes"), C("after-dark")))

# ---- 4. a campaign against its own video (the campaign's figure includes its other videos and its
#         campaign-level rows) ----
cv = fl(C("tiles-of-marrowgate"), "views", LM)
vv = fl(A("tiles-film"), "views", LM)
assert cv > vv > 0 and fl(lambda s, c: s == "tiles-of-marrowgate", "views", LM) > 0
ask("the Tiles of Marrowgate campaign vs its film The Tiles of Marrowgate: views last month",
    vs(C("tiles-of-marrowgate"), A("tiles-film"), "views", LM))
ask("views last week: Marrowgate After Dark and its video Night Trams of the Upper Town",
    each("views", LW, C("after-dark"), A("night-trams")))
ask("The Tiles of Marrowgate (the film) against the whole Tiles of Marrowgate campaign, likes in September",
    vs(A("tiles-film"), C("tiles-of-marrowgate"), "likes", SEP))

# ---- 5. platforms ----
ask("YouTube vs TikTok views last week", vs(P("youtube"), P("tiktok"), "views", LW))
ask("Facebook or Instagram: which had more shares in September?",
    better("Facebook", P("facebook"), "Instagram", P("instagram"), "shares", SEP))
ask("Instagram and TikTok views combined yesterday", combined("views", YESTERDAY, P("instagram"), P("tiktok")))
ask("views on YouTube, Instagram, TikTok and Facebook in August",
    each("views", AUG, P("youtube"), P("instagram"), P("tiktok"), P("facebook")))

# ---- 6. channels ----
ask("VisitMarrowgateTV vs MarrowgateHeritage views last month", vs(CH("yt-visit"), CH("yt-heritage"), "views", LM))
ask("MarrowgateHeritage against marrowgate.city, likes this week",
    vs(CH("yt-heritage"), CH("tt-visit"), "likes", TW))
ask("watch hours of our two YouTube channels in Q3, side by side",
    each("watch-hours", Q3, CH("yt-visit"), CH("yt-heritage")))

# ---- 7. languages ----
ask("English vs French videos: views last month", vs(lg("en"), lg("fr"), "views", LM))
ask("the Korean and Japanese videos' views last week", each("views", LW, lg("ko"), lg("ja")))
ask("likes for Spanish and Portuguese content in June", each("likes", JUN, lg("es"), lg("pt")))
ask("the Korean video vs the Chinese video, plays this month", vs(lg("ko"), lg("zh"), "views", TM))

# ---- 8. countries ----
ask("Spain vs Brazil views last month", vs(mk("ES"), mk("BR"), "views", LM))
ask("views for Japan, Korea and China this month", each("views", TM, mk("JP"), mk("KR"), mk("CN")))
ask("Germany or France, which market brought more views in Q3?",
    better("Germany", mk("DE"), "France", mk("FR"), "views", Q3))
ask("UK and US likes in August", each("likes", AUG, mk("GB"), mk("US")))

# ---- 9. three or more subjects ----
ask("views for Fado in the Lower Quarter, Lanterns over Ferreira Bridge and Night Trams of the Upper Town in May",
    each("views", MAY, A("fado-lanes"), A("bridge-lanterns"), A("night-trams")))
ask("shares last month for the azulejo campaign, the night campaign and the regatta",
    each("shares", LM, C("tiles-of-marrowgate"), C("after-dark"), C("regatta-2025")))
ask("Cathedral Steps at Dawn and Azulejo Workshop with Ines together, views in Q3",
    combined("views", Q3, A("cathedral-steps"), A("azulejo-workshop")))

# ---- 10. two periods ----
ask("how does September compare with August for likes?", periods(ORG, "likes", SEP, AUG))
ask("Fado in the Lower Quarter: May vs April views", periods(A("fado-lanes"), "views", MAY, APR))
ask("night campaign likes this month vs the same days last month",
    periods(C("after-dark"), "likes", TM, SAME_DAYS_LM))
ask("azulejo campaign views in Q3 compared with Q2", periods(C("tiles-of-marrowgate"), "views", Q3, Q2))
ask("shares over the last 14 days against the 14 days before that",
    periods(ORG, "shares", last_n_days(NOW, 14), before_n(last_n_days(NOW, 14))))
ask("views in September 2025 compared with September 2024", periods(ORG, "views", SEP, month(2024, 9)))

# ---- 11. followers: levels and gains side by side ----
a, b = st(P("youtube"), NOW), st(P("instagram"), NOW)
assert a > 0 and b > 0 and a != b
ask("YouTube vs Instagram followers", [n(a), n(b), growth(a, b)])
ga, gb = chg(P("youtube"), TM), chg(P("tiktok"), TM)
assert ga > 0 and gb > 0 and ga != gb
ask("followers gained on YouTube vs TikTok this month", [n(ga), n(gb)])
ga, gb = chg(P("instagram"), SEP), chg(P("facebook"), SEP)
assert ga > 0 and gb > 0 and ga != gb
ask("who gained more followers in September, Instagram or Facebook?",
    ["Instagram" if ga > gb else "Facebook", n(ga), n(gb)])
ask("TikTok and Facebook followers together", [n(st(P("tiktok"), NOW) + st(P("facebook"), NOW))])
a, b = st(CH("ig-visit"), NOW), st(CH("tt-visit"), NOW)
assert a != b
ask("visitmarrowgate or marrowgate.city, who has more followers?",
    ["visitmarrowgate" if a > b else "marrowgate.city", n(a), n(b)])

# ---- 12. one video on two platforms ----
ask("Lanterns over Ferreira Bridge on Instagram vs TikTok, views last month",
    vs(A("bridge-lanterns", platform="instagram"), A("bridge-lanterns", platform="tiktok"), "views", LM))

# ---- 13. unknown names ----
# One unknown inside a comparison. Pulse's rule: a name it cannot find stops the whole answer, so no figure is
# shown for half a comparison; the reply names what it could not find (debatable: answering the known half with
# a note would be defensible too).
ask("Fado in the Lower Quarter vs Port Wine Cellars Tour views last month", ["wine cellars tour"], NONE)
ask("Douro Sunset Cruise vs Tram 28 Stories, views this year", [], NONE)
ask("how many likes did the Marrowgate Food Trail campaign get last week?", [], NONE)

# ---- 14. ordinary questions ----
ask("how many views did Cathedral Steps at Dawn get in June?", [f(A("cathedral-steps"), "views", JUN)])
ask("followers on visitmarrowgate", [n(st(CH("ig-visit"), NOW))])
t = h.top(A, "views", LM, 3, title)
ask("top 3 videos by views last month", t[0::2] + t[1::2])
yes = [cname[k] for k, c in camps.items() if "BR" in c["markets"]]
assert yes == ["Marrowgate River Regatta 2025", "Winter Light Festival 2026"]
ask("which of our campaigns are aimed at Brazil?", yes, [v for k, v in cname.items() if v not in yes])
ask("list every award we have received", [w["name"] for w in data.doc["awards"]])
ask("where do we rank in the Iberian City Brand Ranking?", ["5"])
v, t_, p = data.goal("after-dark", camps["after-dark"]["goals"][0], NOW)
assert 0 < p < 1
ask("how far along is the night campaign's goal?", [n(v), n(t_), pct(p)])
ask("who runs the regatta campaign?", ["Joana Pires"])

write(os.path.join(HERE, "questions.json"), "marrowgate.yaml", NOW, Q)
