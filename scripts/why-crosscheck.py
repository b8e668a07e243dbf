#!/usr/bin/env python3
"""Recomputes "why" answers from the data file alone (PyYAML + csv, none of Pulse's code) and checks that Pulse
states the same figures: the change, each listed part, the others and the unattributed rows, and that the parts
sum to the change.

  python3 scripts/why-crosscheck.py

Cases: tests/eval-sets/marrowgate (campaign-level rows, a week cut by the data's reach) and larchmont (a metric
whose good news is down). Exit code 1 when a figure differs."""
import csv
import datetime as dt
import json
import os
import subprocess
import sys
from collections import defaultdict

import yaml

ROOT = os.path.join(os.path.dirname(__file__), "..")
D = dt.date.fromisoformat
ONE = dt.timedelta(days=1)


def load(path):
    doc = yaml.safe_load(open(path, encoding="utf8"))
    rows = []
    for s in doc.get("series", []):
        if "file" in s:
            for r in csv.DictReader(open(os.path.join(os.path.dirname(path), s["file"]), encoding="utf8")):
                rows.append((D(r["date"]), r["subject"], r["channel"], r["metric"], float(r["value"])))
        else:
            rows.append((D(str(s["date"])), s["subject"], s.get("channel", ""), s["metric"], float(s["value"])))
    return doc, rows


def group_key(doc, dimension, subject, channel):
    assets = {a["id"]: a for a in doc.get("assets", [])}
    campaigns = {c["id"] for c in doc["campaigns"]}
    if dimension == "campaign":
        return assets[subject]["campaign"] if subject in assets else (subject if subject in campaigns else None)
    if dimension == "asset":
        return subject if subject in assets else None
    if dimension == "channel":
        channels = {c["id"] for c in doc.get("channels", [])}
        return channel or (subject if subject in channels else None)
    raise ValueError(dimension)


def why(doc, rows, metric, in_scope, dimension, cur, prev):
    """A flow's change between two windows, per group: {key: (current, previous)} and the ungrouped part."""
    parts = defaultdict(lambda: [0.0, 0.0])
    loose = [0.0, 0.0]
    through = max(r[0] for r in rows if r[3] == metric)
    for date, subject, channel, m, value in rows:
        if m != metric or not in_scope(subject) or date > through:
            continue
        for side, (a, b) in enumerate((cur, prev)):
            if a <= date <= b:
                key = group_key(doc, dimension, subject, channel)
                (parts[key] if key else loose)[side] += value
    return parts, loose


def fmt(n):
    sign = "+" if n > 0 else "−" if n < 0 else "±"
    return f"{sign}{abs(n):,.0f}"


def ask(data, now, question):
    out = subprocess.run(
        ["npx", "--no-install", "pulse", "ask", "--data", data, "--now", now, "--json", question],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    return json.loads(out.stdout)["text"].replace("*", "")


def check(name, data, now, question, metric, in_scope, dimension, cur, prev, top=3):
    doc, rows = load(os.path.join(ROOT, data))
    parts, loose = why(doc, rows, metric, in_scope, dimension, cur, prev)
    changes = {k: c - p for k, (c, p) in parts.items()}
    total = sum(c for c, _ in parts.values()) + loose[0] - sum(p for _, p in parts.values()) - loose[1]
    up = sorted((k for k in changes if changes[k] > 0), key=lambda k: -changes[k])[:top]
    down = sorted((k for k in changes if changes[k] < 0), key=lambda k: changes[k])[:top]
    others = [k for k in changes if k not in up and k not in down]
    rest = sum(changes[k] for k in others)
    unattributed = loose[0] - loose[1]
    assert abs(sum(changes[k] for k in up + down) + rest + unattributed - total) < 1e-6, "parts do not sum"
    text = ask(data, now, question)
    names = {a["id"]: a["title"] for a in doc.get("assets", [])} | {c["id"]: c["name"] for c in doc["campaigns"]}
    names |= {c["id"]: c["handle"] for c in doc.get("channels", [])}
    lines = text.splitlines()
    expected = [f"{abs(total):,.0f}"]
    missing = []
    for k in up + down:
        c, p = parts[k]
        # One line names the part, its change and both figures.
        want = (names.get(k, k), f" {fmt(changes[k])} ", f"({c:,.0f} vs {p:,.0f})")
        if not any(all(w in line for w in want) for line in lines):
            missing.append(" … ".join(want))
    if others:
        expected.append(f"Others ({len(others)} " + (f"{dimension}" if dimension != "asset" else "video"))
        if rest:
            expected.append(f"): {fmt(rest)} ")
    if unattributed:
        expected.append(f": {fmt(unattributed)} ")
    missing += [e for e in expected if e not in text]
    print(f"{name}: change {fmt(total)}; up {[(k, changes[k]) for k in up]}; down {[(k, changes[k]) for k in down]};"
          f" others {len(others)} {fmt(rest)}; unattributed {fmt(unattributed)}")
    print("  OK: every figure matches" if not missing else f"  MISSING in Pulse's answer: {missing}\n{text}")
    return not missing


def campaign_of(doc, cid):
    own = {a["id"] for a in doc.get("assets", []) if a["campaign"] == cid} | {cid}
    return lambda s: s in own


if __name__ == "__main__":
    mg = "tests/eval-sets/marrowgate/marrowgate.yaml"
    lm = "tests/eval-sets/larchmont/larchmont.yaml"
    mg_doc, _ = load(os.path.join(ROOT, mg))
    lm_doc, _ = load(os.path.join(ROOT, lm))
    ok = all([
        # Organization → campaigns, a whole month against the month before.
        check("marrowgate org, September", mg, "2025-10-30", "why did views change in September?", "views",
              lambda s: True, "campaign", (D("2025-09-01"), D("2025-09-30")), (D("2025-08-01"), D("2025-08-31"))),
        # Campaign → its videos, with its own campaign-level row; last week cut at Oct 30: Mon–Thu vs Mon–Thu.
        check("marrowgate tiles, cut week", mg, "2025-11-03", "why did Tiles of Marrowgate views drop last week?",
              "views", campaign_of(mg_doc, "tiles-of-marrowgate"), "asset",
              (D("2025-10-27"), D("2025-10-30")), (D("2025-10-20"), D("2025-10-23"))),
        # A metric whose good news is down, organization → channels (unfollows belong to accounts).
        check("larchmont unfollows, September", lm, "2025-10-12", "why did unfollows change in September?",
              "unfollows", lambda s: True, "channel", (D("2025-09-01"), D("2025-09-30")),
              (D("2025-08-01"), D("2025-08-31"))),
    ])
    sys.exit(0 if ok else 1)
