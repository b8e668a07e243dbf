"""Writes acme.json and acme-series.csv. Deterministic: run `python3 generate.py`.

Eval dataset "acme": an outdoor-gear brand whose data file is JSON (with a CSV
include and a few inline rows). Differs from the other sets on purpose: the
organization is asked about by its aliases ("how did Acme do"), metric ids and
labels people never say (`vw` "Video views", `fol` "Community size") so every
question uses an alias ("plays", "fans", "interactions", "taps"), goals whose
`by` is already past (progress stops at `by`, while the rows go on), a Spanish
video with a dubbed version, a paused campaign whose rows stopped, rows after
`now`, and a southern-hemisphere timezone."""
import datetime as dt
import json
import math
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import days, weekly_levels, write_rows  # noqa: E402

END = dt.date(2024, 4, 16)  # past the eval's `now` on purpose
rng = random.Random(20240410)

doc = {
    "version": 1,
    "organization": {"name": "Acme Outdoor Company Ltd", "timezone": "Pacific/Auckland", "aliases": ["Acme", "ACME Outdoors"]},
    "extra": {"note": "ignored by the bot"},
    "metrics": [
        {"id": "vw", "label": "Video views", "kind": "flow", "aliases": ["plays"]},
        {"id": "eng", "label": "Engagements", "kind": "flow", "aliases": ["interactions"]},
        {"id": "clk", "label": "Link clicks", "kind": "flow", "aliases": ["taps"]},
        {"id": "fol", "label": "Community size", "kind": "stock", "aliases": ["fans"]},
    ],
    "campaigns": [
        {"id": "trail-series", "name": "Trail Series", "status": "completed", "start": "2023-03-01", "end": "2023-12-31",
         "languages": ["en", "es"], "markets": ["NZ", "AU", "CL"], "owner": "Mere Tane",
         "goals": [{"metric": "vw", "target": 2500000, "by": "2023-12-31"}, {"metric": "eng", "target": 150000, "by": "2023-09-30"}]},
        {"id": "summer-gear", "name": "Summer Gear Drop", "aliases": ["gear drop"], "status": "completed",
         "start": "2023-11-01", "end": "2024-02-29", "languages": ["en"], "markets": ["NZ", "AU"], "owner": "Liam Walker",
         "goals": [{"metric": "vw", "target": 900000, "by": "2024-01-31"}]},
        {"id": "base-camp", "name": "Base Camp Stories", "status": "active", "start": "2024-01-15",
         "languages": ["en", "es"], "markets": ["NZ", "US", "MX"], "owner": "Mere Tane",
         "description": "Cooking and camp-life videos, with a cinema spot before adventure films.",
         "goals": [{"metric": "vw", "target": 1500000, "by": "2024-06-30"}, {"metric": "clk", "target": 20000}]},
        {"id": "winter-kit", "name": "Winter Kit", "status": "planned", "start": "2024-05-01", "markets": ["NZ"], "owner": "Liam Walker"},
        {"id": "ridge-runners", "name": "Ridge Runners", "status": "paused", "start": "2023-06-01", "markets": ["AU"], "owner": "Aroha Ngata"},
    ],
    "channels": [
        {"id": "ig-acme", "platform": "instagram", "handle": "acme.outdoors"},
        {"id": "tt-acme", "platform": "tiktok", "handle": "acmeoutdoors"},
        {"id": "yt-acme", "platform": "youtube", "handle": "AcmeOutdoorsTV"},
        {"id": "fb-acme", "platform": "facebook", "handle": "AcmeOutdoorsNZ"},
    ],
    "assets": [
        {"id": "alpine-ridge", "campaign": "trail-series", "title": "Alpine Ridge Trail", "aliases": ["ridge video"], "format": "video",
         "language": "en", "markets": ["NZ", "AU"], "published": "2023-03-05", "channels": ["yt-acme", "ig-acme"]},
        {"id": "coastal-track", "campaign": "trail-series", "title": "Coastal Track", "format": "video", "language": "en",
         "published": "2023-05-10", "channels": ["yt-acme", "fb-acme"]},
        {"id": "sendero-volcan", "campaign": "trail-series", "title": "Sendero del Volcán", "format": "video", "language": "es",
         "markets": ["CL", "AR"], "published": "2023-07-01", "channels": ["yt-acme", "tt-acme"]},
        {"id": "pack-list", "campaign": "summer-gear", "title": "Summer Pack List", "format": "short_video", "language": "en",
         "published": "2023-11-05", "channels": ["ig-acme", "tt-acme"]},
        {"id": "tent-pitch", "campaign": "summer-gear", "title": "Pitch a Tent Fast", "format": "short_video", "language": "en",
         "published": "2023-12-01", "channels": ["tt-acme"]},
        {"id": "camp-kitchen", "campaign": "base-camp", "title": "Base Camp Kitchen", "format": "video", "language": "en",
         "published": "2024-01-20", "channels": ["yt-acme", "ig-acme"]},
        {"id": "chef-campero", "campaign": "base-camp", "title": "Chef Campero", "format": "video", "language": "es",
         "markets": ["MX", "US"], "published": "2024-02-10", "channels": ["yt-acme", "tt-acme"], "versions": [{"language": "en"}]},
        {"id": "ridge-runners-1", "campaign": "ridge-runners", "title": "Ridge Runners Ep. 1", "format": "video", "language": "en",
         "published": "2023-06-10", "channels": ["yt-acme"]},
    ],
    "awards": [
        {"name": "Best Outdoor Brand Content", "event": "NZ Marketing Awards 2023", "date": "2023-10-12", "subject": "trail-series"},
        {"name": "People's Choice", "event": "Adventure Film Fest 2024", "date": "2024-03-02", "subject": "alpine-ridge"},
    ],
    "rankings": [
        {"index": "Brand Love Index NZ", "year": 2023, "rank": 12},
        {"index": "Top Outdoor Brands APAC", "publisher": "Outdoor Retail Asia", "year": 2024, "tier": "Gold"},
    ],
    "series": [{"file": "acme-series.csv"}],
}


rows = []
for asset in doc["assets"]:
    published = dt.date.fromisoformat(asset["published"])
    stop = dt.date(2023, 9, 30) if asset["campaign"] == "ridge-runners" else END  # paused: rows stopped
    for ch in asset["channels"]:
        peak = rng.randint(3000, 25000)
        for d in days(published, stop):
            age = (d - published).days
            level = peak * (0.05 + 0.95 * math.exp(-age / 25)) * (1.3 if d.weekday() >= 5 else 1.0)
            for m, scale in (("vw", 1.0), ("eng", 0.09), ("clk", 0.015)):
                rows.append((d, asset["id"], ch, m, max(1, int(level * scale * rng.uniform(0.7, 1.3)))))
# Community size (stock) every Monday on three accounts; Facebook's is typed in monthly, inline in the JSON.
weekly_levels(rows, rng, {"ig-acme": 41000, "tt-acme": 12500, "yt-acme": 8800}, dt.date(2023, 1, 2), END, "fol", (-40, 600))

write_rows(os.path.join(HERE, "acme-series.csv"), rows)

inline = []
level = 23000
for d in days(dt.date(2023, 1, 1), END):
    if d.day == 1:
        inline.append({"date": d.isoformat(), "subject": "fb-acme", "metric": "fol", "value": level})
        level += rng.randint(100, 900)
# The cinema spot: campaign-level plays, reported on the 1st of each month.
for d in (dt.date(2024, 2, 1), dt.date(2024, 3, 1), dt.date(2024, 4, 1)):
    inline.append({"date": d.isoformat(), "subject": "base-camp", "metric": "vw", "value": rng.randint(60000, 90000)})
doc["series"] += inline

with open(os.path.join(HERE, "acme.json"), "w", encoding="utf8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=2)
    f.write("\n")
# Lay the JSON out as the repo's formatter does, so `biome check` stays clean after regenerating.
subprocess.run(["npx", "--no-install", "biome", "format", "--write", "acme.json"], cwd=HERE, check=True, capture_output=True)
print(f"wrote {len(rows)} CSV rows and {len(inline)} inline rows")
