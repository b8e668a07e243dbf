"""Shared generator for the harbourview-shaped eval sets: daily rows per asset × channel
(views, likes, shares, watch-hours) from publication to `end`, and weekly follower rows per channel
on `follower_weekday`. Deterministic for a given seed and catalog."""
import csv
import datetime as dt
import math
import os
import random

import yaml


def days(start, end, step=1):
    """Every `step`-th date from start to end, both included."""
    d = start
    while d <= end:
        yield d
        d += dt.timedelta(days=step)


def load_catalog(here, catalog):
    with open(os.path.join(here, catalog), encoding="utf8") as f:
        return yaml.safe_load(f)


def write_rows(path, rows, by_subject=False):
    """Sorts rows (date, subject, channel, metric, value) by date first, or by subject first when
    by_subject, and writes them as a series CSV."""
    if by_subject:
        rows.sort(key=lambda r: (r[1], r[2], r[0], r[3]))
    else:
        rows.sort(key=lambda r: (r[0], r[1], r[2], r[3]))
    with open(path, "w", newline="", encoding="utf8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["date", "subject", "channel", "metric", "value"])
        for r in rows:
            w.writerow([r[0].isoformat(), *r[1:]])


def weekly_levels(rows, rng, levels, start, end, metric, step, weekday=0):
    """Appends a stock row per channel in `levels` on each `weekday` from start to end, the level growing by
    rng.randint(*step) (or rng.randint(*step[channel]) when step is a dict) after each row."""
    for ch, level in levels.items():
        for d in days(start, end):
            if d.weekday() == weekday:
                rows.append((d, ch, "", metric, level))
                level += rng.randint(*(step[ch] if isinstance(step, dict) else step))


def generate(here, catalog, start, end, seed, peak, decay, base, step, follower_weekday,
             out="series.csv"):
    """Writes `out` in `here` from the catalog file `catalog` and prints the row count.

    peak: (lo, hi) for each asset×channel's day-0 views; decay: days of the exponential fall-off;
    base/step: each channel's first follower count and (lo, hi) weekly gain."""
    rng = random.Random(seed)
    doc = load_catalog(here, catalog)

    rows = []
    for asset in doc["assets"]:
        published = dt.date.fromisoformat(str(asset["published"]))
        # As in the public sample, rows go on after a campaign's end date.
        for ch in asset["channels"]:
            top = rng.randint(*peak)
            for d in days(published, end):
                age = (d - published).days
                level = top * (0.1 + 0.9 * math.exp(-age / decay)) * (1.2 if d.weekday() >= 5 else 1.0)
                views = max(1, int(level * rng.uniform(0.75, 1.25)))
                rows.append((d, asset["id"], ch, "views", views))
                rows.append((d, asset["id"], ch, "likes", int(views * rng.uniform(0.03, 0.045))))
                rows.append((d, asset["id"], ch, "shares", int(views * rng.uniform(0.004, 0.007))))
                rows.append((d, asset["id"], ch, "watch-hours", int(views * rng.uniform(0.015, 0.022))))

    weekly_levels(rows, rng, base, start, end, "followers", step, follower_weekday)
    write_rows(os.path.join(here, out), rows, by_subject=True)
    print(f"wrote {len(rows)} rows")
    return rows
