"""Writes series.csv for northwind.yaml: sparse, odd rows. Daily asset x channel rows (blank channel for assets
without `channels`) from publication to the campaign end or NOW; Sunday channel-level (subject = channel) views
and engagements on Facebook and LinkedIn; monthly radio rows; daily campaign-level rows for the gala (no assets);
Sunday follower rows per channel. The paused campaign's assets and the `don` metric have no rows.
Deterministic: run `python3 generate.py`."""
import datetime as dt
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the repo
sys.path.insert(0, os.path.join(HERE, "..", "_lib"))
from series_gen import days, load_catalog, write_rows  # noqa: E402

NOW = dt.date(2024, 3, 31)
rng = random.Random(20240331)

doc = load_catalog(HERE, "northwind.yaml")
camps = {c["id"]: c for c in doc["campaigns"]}


rows = []
for a in doc["assets"]:
    if a["campaign"] == "school-kits":
        continue  # assets but no rows at all
    pub = dt.date.fromisoformat(str(a["published"]))
    end = min(NOW, dt.date.fromisoformat(str(camps[a["campaign"]].get("end", NOW))))
    for ch in a.get("channels") or [""]:
        peak = rng.randint(2000, 9000)
        for d in days(pub, end):
            level = peak * (0.1 + 0.9 * math.exp(-(d - pub).days / 20))
            vv = max(1, int(level * rng.uniform(0.8, 1.2)))
            rows.append((d, a["id"], ch, "vv", vv))
            rows.append((d, a["id"], ch, "eng", int(vv * rng.uniform(0.05, 0.09))))
            rows.append((d, a["id"], ch, "shr", int(vv * rng.uniform(0.004, 0.008))))
            rows.append((d, a["id"], ch, "wt", int(vv * rng.uniform(0.01, 0.02))))
for ch in ("fb-northwind", "li-northwind"):
    for d in days(dt.date(2023, 9, 3), NOW, 7):  # Sundays
        rows.append((d, ch, "", "vv", rng.randint(1500, 4000)))
        rows.append((d, ch, "", "eng", rng.randint(200, 900)))
for m in range(9, 16):
    d = dt.date(2023 + (m > 12), (m - 1) % 12 + 1, 28)
    rows.append((d, "crn", "", "vv", rng.randint(3000, 6000)))
    rows.append((d, "crn", "", "eng", rng.randint(100, 400)))
for d in days(dt.date(2024, 3, 1), NOW):
    rows.append((d, "gala-2024", "", "vv", rng.randint(1200, 2600)))
    rows.append((d, "gala-2024", "", "eng", rng.randint(80, 300)))
level = {"fb-northwind": 41000, "li-northwind": 8700}
for d in days(dt.date(2023, 9, 3), NOW, 7):
    for ch in level:
        level[ch] += rng.randint(20, 400)
        rows.append((d, ch, "", "fol", level[ch]))

write_rows(os.path.join(HERE, "series.csv"), rows)
print(f"wrote {len(rows)} rows")
