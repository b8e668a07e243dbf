"""Shared generator for the harbourview-shaped eval sets: daily rows per asset × channel
(views, likes, shares, watch-hours) from publication to `end`, and weekly follower rows per channel
on `follower_weekday`. Deterministic for a given seed and catalog. Its pieces (days, load_catalog, decay_levels,
stock_rows, write_rows) also serve the sets that write their own rows."""
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


def write_rows(path, rows, by_subject=False, order=None):
    """Sorts rows (date, subject, channel, metric, value) by date first, or by subject first when
    by_subject, or by the fields whose indices `order` lists, and writes them as a series CSV."""
    order = order or ((1, 2, 0, 3) if by_subject else (0, 1, 2, 3))
    rows.sort(key=lambda r: tuple(r[i] for i in order))
    with open(path, "w", newline="", encoding="utf8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["date", "subject", "channel", "metric", "value"])
        for r in rows:
            w.writerow([r[0].isoformat(), *r[1:]])


def _pick(r, ch):
    """r, or r[ch] when r is a dict by channel."""
    return r[ch] if isinstance(r, dict) else r


def stock_rows(rows, rng, levels, start, end, metric, step, weekday=None, flows=None):
    """Appends a stock row per channel in `levels` on every day from start to end (on each `weekday` only, when
    given), the level growing by rng.randint(*step) (or rng.randint(*step[channel]) when step is a dict) after
    each row. flows: {metric: (lo, hi) or {channel: (lo, hi)}}, a flow row per channel drawn with each stock row,
    before the level grows."""
    for ch, level in levels.items():
        for d in days(start, end):
            if weekday is None or d.weekday() == weekday:
                rows.append((d, ch, "", metric, level))
                for m, r in (flows or {}).items():
                    rows.append((d, ch, "", m, rng.randint(*_pick(r, ch))))
                level += rng.randint(*_pick(step, ch))


def weekly_levels(rows, rng, levels, start, end, metric, step, weekday=0):
    """stock_rows on each `weekday` (Monday unless given)."""
    stock_rows(rows, rng, levels, start, end, metric, step, weekday)


def decay_levels(doc, rng, end, peak, decay, floor, boost):
    """Yields (asset, channel, date, level) for each asset × channel of the catalog `doc` and each day from its
    publication to `end`. Per asset × channel: a peak rng.randint(*peak) (peak[format] when peak is a dict by
    format), a decay in days rng.uniform(*decay) and a floor share rng.uniform(*floor); the level is
    peak * (floor + (1 - floor) * e^(-age / decay)), times boost[0] on the weekdays in boost[1]."""
    factor, boosted = boost
    for asset in doc["assets"]:
        pub = dt.date.fromisoformat(str(asset["published"]))
        for ch in asset["channels"]:
            top = rng.randint(*(peak[asset["format"]] if isinstance(peak, dict) else peak))
            k = rng.uniform(*decay)
            low = rng.uniform(*floor)
            for d in days(pub, end):
                lift = factor if d.weekday() in boosted else 1.0
                yield asset, ch, d, top * (low + (1 - low) * math.exp(-(d - pub).days / k)) * lift


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


def planted_levels(doc, rng, end, planted, drawn, lift=None):
    """Like decay_levels, with chosen shapes: yields (asset, channel, date, level) for each asset x channel of the
    catalog `doc` from its publication to `end` (or to end[channel] when end is a dict by channel).
    planted: {(asset id, channel): (peak, decay in days, floor share)} for the pairs that must behave a given way;
    drawn: ((lo, hi) peak, (lo, hi) decay, (lo, hi) floor) for the others, drawn with rng.
    lift: (factor, weekdays, channels), the level times factor on those weekdays on those channels."""
    factor, weekdays, lifted = lift or (1.0, (), ())
    for asset in doc["assets"]:
        pub = dt.date.fromisoformat(str(asset["published"]))
        for ch in asset["channels"]:
            top, k, low = planted.get((asset["id"], ch)) or (
                rng.randint(*drawn[0]), rng.uniform(*drawn[1]), rng.uniform(*drawn[2]))
            for d in days(pub, end[ch] if isinstance(end, dict) else end):
                up = factor if d.weekday() in weekdays and ch in lifted else 1.0
                yield asset, ch, d, top * (low + (1 - low) * math.exp(-(d - pub).days / k)) * up
