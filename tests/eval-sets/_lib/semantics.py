"""Independent re-implementation of the data-format v1 semantics (spec:
/work/shared/spec/data-format.md), used to compute eval expectations without
touching Pulse's code. Plain Python + PyYAML; no pandas."""
import csv
import datetime as dt
import json
import os
from collections import defaultdict

import yaml

D = dt.date
ONE = dt.timedelta(days=1)


def iso(x):
    return x if isinstance(x, D) else D.fromisoformat(str(x))


class Data:
    def __init__(self, path, hide_restricted=False):
        """hide_restricted: act as a viewer outside every Slack channel (the CLI), so campaigns with
        `visibility` vanish together with their assets and every row about them. JSON files load too
        (JSON is YAML)."""
        self.path = path
        with open(path, encoding="utf8") as f:
            self.doc = yaml.safe_load(f)
        if hide_restricted:
            gone = {c["id"] for c in self.doc["campaigns"] if "visibility" in c}
            gone_assets = {a["id"] for a in self.doc.get("assets", []) if a["campaign"] in gone}
            self.doc["campaigns"] = [c for c in self.doc["campaigns"] if c["id"] not in gone]
            self.doc["assets"] = [a for a in self.doc.get("assets", []) if a["id"] not in gone_assets]
            self.hidden = gone | gone_assets
        else:
            self.hidden = set()
        base = os.path.dirname(path)
        rows = []
        for s in self.doc.get("series", []):
            if "file" in s:
                with open(os.path.join(base, s["file"]), encoding="utf8") as f:
                    for r in csv.DictReader(f):
                        rows.append((iso(r["date"]), r["subject"], r["channel"] or None, r["metric"], float(r["value"])))
            else:
                rows.append((iso(s["date"]), s["subject"], s.get("channel") or None, s["metric"], float(s["value"])))
        keys = [(r[0], r[1], r[2], r[3]) for r in rows]
        assert len(keys) == len(set(keys)), "duplicate rows"
        self.rows = [r for r in rows if r[1] not in self.hidden]
        self.metrics = {m["id"]: m for m in self.doc["metrics"]}
        self.campaigns = {c["id"]: c for c in self.doc["campaigns"]}
        self.channels = {c["id"]: c for c in self.doc.get("channels", [])}
        self.assets = {a["id"]: a for a in self.doc.get("assets", [])}

    # ---- scopes: predicates over (subject, channel) ----
    def org(self):
        return lambda s, c: True

    def asset(self, aid, channel=None, platform=None):
        chans = self.platform_channels(platform) if platform else None
        return lambda s, c: s == aid and (channel is None or c == channel) and (chans is None or c in chans)

    def campaign(self, cid, platform=None):
        assets = {a for a, v in self.assets.items() if v["campaign"] == cid}
        if platform:
            chans = self.platform_channels(platform)
            return lambda s, c: s in assets and c in chans
        return lambda s, c: s in assets or s == cid

    def channel(self, ch):
        return lambda s, c: c == ch or s == ch

    def platform_channels(self, p):
        return {k for k, v in self.channels.items() if v["platform"] == p}

    def platform(self, p):
        chans = self.platform_channels(p)
        return lambda s, c: c in chans or s in chans

    def where(self, pred):
        return pred

    # ---- measures ----
    def flow(self, scope, metric, start, end):
        assert self.metrics[metric]["kind"] == "flow"
        return sum(v for d, s, c, m, v in self.rows if m == metric and start <= d <= end and scope(s, c))

    def stock(self, scope, metric, at):
        assert self.metrics[metric]["kind"] == "stock"
        latest = {}
        for d, s, c, m, v in self.rows:
            if m == metric and d <= at and scope(s, c):
                k = (s, c)
                if k not in latest or latest[k][0] < d:
                    latest[k] = (d, v)
        return sum(v for _, v in latest.values())

    def stock_change(self, scope, metric, start, end):
        return self.stock(scope, metric, end) - self.stock(scope, metric, start - ONE)

    def by(self, groups, metric, start, end):
        """groups: {label: scope}; returns [(label, value)] sorted desc."""
        out = [(k, self.flow(sc, metric, start, end)) for k, sc in groups.items()]
        return sorted(out, key=lambda x: -x[1])

    def goal(self, cid, g, now):
        start = iso(self.campaigns[cid]["start"])
        end = min(now, iso(g["by"])) if g.get("by") else now
        val = self.flow(self.campaign(cid), g["metric"], start, end)
        return val, g["target"], val / g["target"]


# ---- periods (weeks start Monday) ----
def month_start(d):
    return d.replace(day=1)


def month_end(y, m):
    return (D(y + (m == 12), m % 12 + 1, 1)) - ONE


def this_week(now):
    return now - dt.timedelta(days=now.weekday()), now


def last_week(now):
    s = now - dt.timedelta(days=now.weekday() + 7)
    return s, s + dt.timedelta(days=6)


def week_before(period):
    s, e = period
    return s - dt.timedelta(days=7), e - dt.timedelta(days=7)


def this_month(now):
    return month_start(now), now


def last_month(now):
    e = month_start(now) - ONE
    return month_start(e), e


def month(y, m):
    return D(y, m, 1), month_end(y, m)


def named_month(now, m):
    y = now.year if D(now.year, m, 1) <= now else now.year - 1
    return month(y, m)


def quarter(y, q):
    return D(y, 3 * q - 2, 1), month_end(y, 3 * q)


def this_quarter(now):
    q = (now.month - 1) // 3 + 1
    return quarter(now.year, q)[0], now


def last_quarter(now):
    s = this_quarter(now)[0] - ONE
    return quarter(s.year, (s.month - 1) // 3 + 1)


def year(y):
    return D(y, 1, 1), D(y, 12, 31)


def this_year(now):
    return D(now.year, 1, 1), now


def last_n_days(now, n):
    return now - dt.timedelta(days=n - 1), now


def before_n(period):
    s, e = period
    n = (e - s).days + 1
    return s - dt.timedelta(days=n), s - ONE


def since(d, now):
    return iso(d), now


ALL_TIME = D(1900, 1, 1)


# ---- formatting as the eval matcher expects ----
def n(x):
    assert abs(x - round(x)) < 1e-9, x
    return f"{int(round(x)):,}"


def pct(x):
    return f"{x * 100:.1f}%"


def growth(cur, prev):
    return pct((cur - prev) / prev)


def _json_list(key, items, indent, comma=True):
    """A list laid out as Biome formats JSON: on one line if it fits in 110 columns (with its comma, if any)."""
    enc = [json.dumps(x, ensure_ascii=False) for x in items]
    one = f'{indent}"{key}": [{", ".join(enc)}]'
    if len(one) + comma <= 110:
        return one
    inner = ",\n".join(f"{indent}  {e}" for e in enc)
    return f'{indent}"{key}": [\n{inner}\n{indent}]'


def _entry(x, pad):
    """One {"q", "expect"[, "forbid"]} object at indent `pad`, its members two spaces deeper."""
    inner = pad + "  "
    lines = [f'{inner}"q": {json.dumps(x["q"], ensure_ascii=False)}',
             _json_list("expect", x.get("expect", []), inner, bool(x.get("forbid")))]
    if x.get("forbid"):
        lines.append(_json_list("forbid", x["forbid"], inner, False))
    return f"{pad}{{\n" + ",\n".join(lines) + f"\n{pad}}}"


def _dump(path, data_file, now, key, blocks):
    """Writes {"data", "now", key: [blocks]} to path; returns the list under key as read back."""
    head = f'{{\n  "data": {json.dumps(data_file)},\n  "now": "{now.isoformat()}",\n  "{key}": [\n'
    with open(path, "w", encoding="utf8") as f:
        f.write(head + ",\n".join(blocks) + "\n  ]\n}\n")
    with open(path, encoding="utf8") as f:
        return json.load(f)[key]


def write(path, data_file, now, questions):
    """questions.json: {"data", "now", "questions": [{"q", "expect"[, "forbid"]}]}."""
    assert len(_dump(path, data_file, now, "questions", [_entry(q, "    ") for q in questions])) == len(questions)
    print(f"wrote {len(questions)} questions to {path}")


def write_threads(path, data_file, now, convs):
    """threads.json in the run.mjs "conversations" format: {"data", "now", "conversations": [{"turns": [...]}]}."""
    blocks = ['    {\n      "turns": [\n' + ",\n".join(_entry(t, "        ") for t in c["turns"]) + "\n      ]\n    }"
              for c in convs]
    assert _dump(path, data_file, now, "conversations", blocks) == convs
    turns = sum(len(c["turns"]) for c in convs)
    print(f"wrote {len(convs)} conversations ({turns} turns) to {os.path.basename(path)}")
