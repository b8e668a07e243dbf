"""Computes every expected figure for questions.json independently of Pulse, following
/work/shared/spec/data-format.md. Round 11: how people name countries, nationalities and languages
("the Thai video", "our Arabic-language content", "videos for Spain" vs "Spanish videos", "South Korea",
"Kazakh"), plus the public question types in new words. `now` is 2025-05-14, a Wednesday.
Run: `python3 generate.py && python3 expected.py`.

Semantics used beyond _lib (kept here, _lib is unchanged):
- a country (market) scope is the rows of assets whose own `markets` contain it (every asset here has exactly
  one); campaign-level rows belong to no market (both campaigns with such rows target several countries);
- a language scope is the rows of assets whose own `language` is it; dubbed versions are not counted in
  figures, but they are in "available in X" lists (as in the public "Which videos are available in French?");
- "which countries do we target" = the union of campaign and asset markets (identical here by design, 14);
  "how many languages" = the union of asset languages and versions (identical to campaign languages, 12)."""
import os
from functools import partial
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from expect_helpers import Helpers, Shorthands, adder  # noqa: E402
from semantics import (  # noqa: E402
    ALL_TIME, D, Data, before_n, growth, last_month, last_n_days, last_week, month, n, pct, quarter, since,
    this_month, this_quarter, this_year, week_before, write,
)

NOW = D(2025, 5, 14)  # a Wednesday
data = Data(os.path.join(HERE, "silkroad.yaml"))
A, C, CH, P, ORG = data.asset, data.campaign, data.channel, data.platform, data.org()
h = Helpers(data, no_ties=True)
mk, lg = (lambda code: h.attr("markets", code)), (lambda code: h.attr("language", code))
EVER = (ALL_TIME, NOW)
LM = last_month(NOW)
assert LM == month(2025, 4) and last_week(NOW) == (D(2025, 5, 5), D(2025, 5, 11))
title = {k: v["title"] for k, v in data.assets.items()}
cname = {k: v["name"] for k, v in data.campaigns.items()}
COUNTRY = {"TH": "Thailand", "VN": "Vietnam", "ID": "Indonesia", "SA": "Saudi Arabia", "EG": "Egypt", "RU": "Russia",
           "KZ": "Kazakhstan", "IT": "Italy", "FR": "France", "ES": "Spain", "MX": "Mexico", "BR": "Brazil",
           "KR": "Korea", "JP": "Japan"}
LANG = {"th": "Thai", "vi": "Vietnamese", "id": "Indonesian", "ar": "Arabic", "ru": "Russian", "kk": "Kazakh",
        "it": "Italian", "fr": "French", "es": "Spanish", "pt": "Portuguese", "ko": "Korean", "ja": "Japanese"}
markets = sorted({m for c in data.campaigns.values() for m in c.get("markets", [])}
                 | {m for a in data.assets.values() for m in a.get("markets", [])})
langs = sorted({a["language"] for a in data.assets.values()} | {v["language"] for a in data.assets.values()
                                                                 for v in a.get("versions", [])})
assert markets == sorted(COUNTRY) and langs == sorted(LANG)
assert all(len(a["markets"]) == 1 for a in data.assets.values())
# Campaign-level rows only on campaigns with several markets: no market reading can claim them.
assert all(len(data.campaigns[s]["markets"]) > 1 for _, s, _, _, _ in data.rows if s in data.campaigns)
Q = []
H = Shorthands(data)
ask = adder(Q)
fl, f = H.fl, H.f
ranked = partial(H.ranked, no_ties=True)


def titles_except(*keep):
    return [title[k] for k in data.assets if k not in keep]


# ---- 1. A country, a nationality or a language naming ONE video (each video is made for one country) ----
ask("How many views did the Thai video get last month?", [f(A("biangbiang-challenge"), "views", LM)])
ask("views on our video for Vietnam this year", [f(mk("VN"), "views", this_year(NOW))])
ask("plays for the Saudi video in April", [f(A("saudi-chef"), "views", LM)])
ask("How many views did the Korean video get this year?", [f(A("seoul-to-xian"), "views", this_year(NOW))])
ask("views from South Korea last month", [f(mk("KR"), "views", LM)])
ask("How is the Kazakh video doing in March in terms of views?", [f(A("almaty-caravan"), "views", month(2025, 3))])
ask("total views from Kazakhstan since January", [f(mk("KZ"), "views", since("2025-01-01", NOW))])
ask("How many views did the Mexican video get last month?", [f(A("lanterns-muertos"), "views", LM)])
ask("watch time on the Italian video this quarter", [f(A("roman-in-changan"), "watch-hours", this_quarter(NOW))])
ask("brazilian views last month", [f(mk("BR"), "views", LM)], [f(ORG, "views", LM)])
ask("How many views did our Japanese audience give us this month?", [f(mk("JP"), "views", this_month(NOW))])
ask("How many views did the Egyptian audience bring in April?", [f(mk("EG"), "views", LM)])

# ---- 2. A language shared by several countries (ar: SA + EG; es: ES + MX) ----
ask("How many views did our Arabic-language content get last month?", [f(lg("ar"), "views", LM)])
ask("views for content aimed at Arabic speakers this quarter", [f(lg("ar"), "views", this_quarter(NOW))])
ask("Saudi Arabia vs Egypt views last month", [f(mk("SA"), "views", LM), f(mk("EG"), "views", LM)])
ask("Which videos did we make for Spain?", [title["flamenco-wall"]], [title["lanterns-muertos"], title["samba-bell-tower"]])
ask("views for Spain last month", [f(mk("ES"), "views", LM)], [f(lg("es"), "views", LM)])
# Debatable: "Spanish videos" read as the language (Spain AND Mexico). The spec does not define it.
ask("list our Spanish videos", [title["flamenco-wall"], title["lanterns-muertos"]], [title["samba-bell-tower"]])
ask("Spanish-language views in April", [f(lg("es"), "views", LM)])
ask("Which of our videos are for Spanish-speaking audiences?", [title["flamenco-wall"], title["lanterns-muertos"]],
    [title["samba-bell-tower"]])
ask("compare views for Spain and Mexico this year", [f(mk("ES"), "views", this_year(NOW)), f(mk("MX"), "views", this_year(NOW))])
ask("Do we have anything in Brazilian Portuguese?", [title["samba-bell-tower"]], [title["lanterns-muertos"], title["flamenco-wall"]])
ask("Which videos are available in Russian?", [title["warriors-of-clay"], title["almaty-caravan"]],
    [title["roman-in-changan"], title["city-wall-fr"]])
ask("what have we got in Italian", [title["roman-in-changan"]], titles_except("roman-in-changan"))

# ---- 3. Countries and languages as a whole ----
ask("Which countries do we target?", [COUNTRY[m] for m in markets])
ask("How many countries do we cover?", [str(len(markets)), "Thailand", "Kazakhstan", "Brazil"])  # "14" alone matches "May 14"
ask("How many languages do we publish in?", [str(len(langs)), "Thai", "Kazakh", "Portuguese"])
ask("views by country last month", [f(mk(m), "views", LM) for m in markets])
top_m = ranked({m: mk(m) for m in markets}, "views", LM)
ask("Which country brought in the most views last month?", [COUNTRY[top_m[0][0]], n(top_m[0][1])])
top3 = ranked({m: mk(m) for m in markets}, "views", this_year(NOW))[:3]
ask("top 3 markets by views this year", [x for m, v in top3 for x in (COUNTRY[m], n(v))])
ask("views per language in Q1", [f(lg(x), "views", quarter(2025, 1)) for x in sorted(LANG)])
top_l = ranked({x: lg(x) for x in LANG}, "likes", this_year(NOW))[0]
ask("which language earns us the most likes this year?", [LANG[top_l[0]], n(top_l[1])])
low_m = ranked({m: mk(m) for m in markets}, "views", LM)[-1]
ask("weakest country for views last month", [COUNTRY[low_m[0]], n(low_m[1])], ["with the most"])
ask("Which campaigns target Thailand?", [cname["silk-road-flavours"], cname["study-in-xian"]],
    [cname["tang-nights"], cname["terracotta-tales"], cname["silk-road-marathon"]])
ask("Which campaigns are aimed at Egypt?", [cname["silk-road-flavours"], cname["silk-road-marathon"]],
    [cname["terracotta-tales"], cname["tang-nights"], cname["study-in-xian"]])
ask("campaigns for the Korean market", [cname["study-in-xian"]], [cname["tang-nights"], cname["silk-road-flavours"]])

# ---- 4. Country and language comparisons over time ----
cur = this_month(NOW)
prev = (D(2025, 4, 1), D(2025, 4, 14))
a, b = fl(lg("ar"), "views", cur), fl(lg("ar"), "views", prev)
ask("Arabic content views this month vs the same days last month", [n(a), n(b), growth(a, b)])
cur = last_n_days(NOW, 7)
a, b = fl(mk("TH"), "views", cur), fl(mk("TH"), "views", before_n(cur))
ask("views for Thailand in the last 7 days compared with the 7 days before", [n(a), n(b), growth(a, b)])

# ---- 5. Unknown countries and languages: no figure may be invented ----
ask("How many views did the German video get?", [], ["#NUMBER"])
ask("views from India last month", [], ["#NUMBER"])
ask("How many plays did our Turkish-language content get this year?", [], ["#NUMBER"])
ask("likes for the video for the UK last week", [], ["#NUMBER"])

# ---- 6. The public question types, new words ----
ask("How many subscribers does Xi'an Plus have?", [n(data.stock(CH("yt-xianplus"), "followers", NOW))])
ask("follower count for hello.xian right now", [n(data.stock(CH("ig-helloxian"), "followers", NOW))])
ask("How many fans did Visit Xi'an pick up this month?",
    [n(data.stock_change(CH("fb-visitxian"), "followers", *this_month(NOW)))])
best = ranked({k: A(k) for k in data.assets}, "views", LM)[0]
ask("What was our most-watched video in April?", [title[best[0]], n(best[1])])
ask("three most liked videos so far this year", h.top(A, "likes", this_year(NOW), 3, title))
a, b = fl(C("tang-nights"), "views", last_week(NOW)), fl(C("tang-nights"), "views", week_before(last_week(NOW)))
ask("night campaign views last week compared with the week before", [n(a), n(b), growth(a, b)])
v, t, p = data.goal("silk-road-flavours", data.campaigns["silk-road-flavours"]["goals"][0], NOW)
ask("Is the food campaign on pace to hit its views target?", [n(v), n(t), pct(p)])
v, t, p = data.goal("study-in-xian", data.campaigns["study-in-xian"]["goals"][0], NOW)
ask("Study in Xi'an: progress toward the likes goal", [n(v), n(t), pct(p)])
ask("YouTube plays over the past 7 days", [f(P("youtube"), "views", last_n_days(NOW, 7))])
ask("What prizes has the office picked up?", ["Outstanding City Account", "Jury Prize", "Gold Award, Education category",
                                               "Best Food Short", "Excellent Case of Precision Communication"])
ask("Did the Korean video win anything?", ["Gold Award, Education category", "Asia Pacific Tourism Video Awards"],
    ["Jury Prize", "Best Food Short"])
ask("what recognition has the Russian video received", ["Jury Prize", "Third Eye on China"],
    ["Gold Award", "Best Food Short"])
ask("Where does Xi'an sit in the GaWC ranking?", ["Gamma+"])
ask("Who runs Terracotta Tales and is it still going?", ["Wang Lei", "completed"])
ask("which campaigns are live right now", [cname["silk-road-flavours"], cname["tang-nights"], cname["study-in-xian"]],
    [cname["terracotta-tales"], cname["silk-road-marathon"]])
ask("When did the Vietnamese video go live?", ["2024-10-05"])
ask("views for Flamenco on the Citty Wall yesterday", [f(A("flamenco-wall"), "views", (D(2025, 5, 13),) * 2)])
ask("How many views did the Lisbon Tram video get?", [], ["#NUMBER"])

write(os.path.join(HERE, "questions.json"), "silkroad.yaml", NOW, Q)
