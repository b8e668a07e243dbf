"""The data-coverage rules of the contract (data-format.md, "Data coverage"): per-metric data-through dates,
cut periods, like-for-like comparisons, goal progress to min(now, by, data-through), and the "why" figures
(the change of a total and its largest contributors), over a semantics.Data. Also the records and the
question tally the blind sets (valdoria, shiokaze) share."""
import datetime as dt

from expect_helpers import adder
from semantics import n, pct

DAY = dt.timedelta(days=1)


def safe_pct(x):
    """|x| as a percentage with one decimal, refusing a rounding tie (so any rounding method agrees) and 1,000% or
    more (whether such a figure takes a thousands separator is not in the contract)."""
    assert abs(abs(x) * 1000 % 1 - 0.5) > 1e-6 and abs(x) < 10, x
    return pct(abs(x))


class Coverage:
    def __init__(self, data, now):
        self.data, self.now = data, now
        self.through = {m: max(r[0] for r in data.rows if r[3] == m) for m in data.metrics}

    def iso(self, metric):
        """The metric's data-through date, as the answer must name it."""
        return self.through[metric].isoformat()

    def latest(self, metric, subject):
        """The date of a subject's (an account's) latest row of a metric."""
        return max(r[0] for r in self.data.rows if r[3] == metric and r[1] == subject)

    def fl(self, scope, metric, period):
        return self.data.flow(scope, metric, *period)

    def f(self, scope, metric, period):
        return n(self.fl(scope, metric, period))

    def cut(self, period, metric):
        """The period as summed: up to the metric's data-through date (it must start on or before it)."""
        s, e = period
        assert s <= self.through[metric], "starts after the data: no data yet"
        return s, min(e, self.through[metric])

    def no_data(self, period, metric):
        """Asserts the period starts after the metric's data-through date; returns that date (ISO)."""
        assert period[0] > self.through[metric], (period, self.through[metric])
        return self.iso(metric)

    def like_for_like(self, cur, prev, metric):
        """(current, previous) as compared: a cut current period is compared with the previous one cut to the same
        number of days from its own start; an uncut one with the whole previous period (May -> all of April)."""
        s, e = self.cut(cur, metric)
        if e == cur[1]:
            return cur, prev
        return (s, e), (prev[0], min(prev[1], prev[0] + (e - s)))

    def change(self, scope, metric, cur, prev):
        return self.fl(scope, metric, cur) - self.fl(scope, metric, prev)

    def vs(self, scope, metric, cur, prev):
        """[current, previous, |growth|], formatted."""
        a, b = self.fl(scope, metric, cur), self.fl(scope, metric, prev)
        return [n(a), n(b), safe_pct((a - b) / b)]

    def drivers(self, groups, metric, cur, prev, k, labels, same_sign=False):
        """The k largest contributors {id: scope} by absolute change, as [label, |change|, ...]; each must be at
        least 1.5x the next (so the order is clear), and with same_sign all k move the same way."""
        ch = sorted(((g, self.change(sc, metric, cur, prev)) for g, sc in groups.items()), key=lambda x: -abs(x[1]))
        for (_, a), (_, b) in zip(ch[:k], ch[1:k + 1]):
            assert abs(a) >= 1.5 * abs(b), ch[:k + 1]
        if same_sign:
            assert all((v > 0) == (ch[0][1] > 0) for _, v in ch[:k]), ch[:k]
        return [x for g, v in ch[:k] for x in (labels[g], n(abs(v)))]

    def why(self, scope, groups, metric, cur, prev, k, labels, sign, same_sign=False):
        """[|change of the total|, top contributors...]; sign (+1/-1) is the direction the question assumes."""
        tot = self.change(scope, metric, cur, prev)
        assert tot * sign > 0, tot
        return [n(abs(tot))] + self.drivers(groups, metric, cur, prev, k, labels, same_sign)

    def goal(self, cid):
        """([value, target, progress], value) of a campaign's only goal, counted to min(now, by, data-through)."""
        camp = self.data.campaigns[cid]
        (g,) = camp["goals"]
        end = min(self.now, g["by"], self.through[g["metric"]])
        val = self.fl(self.data.campaign(cid), g["metric"], (camp["start"], end))
        return [n(val), n(g["target"]), safe_pct(val / g["target"])], val

    def best(self, scope, metric, starts, length, margin=1.1):
        """The best of the periods of `length` days starting on each of `starts`, as [start (ISO), figure];
        it must beat the runner-up by `margin`."""
        ranked = sorted(((s, self.fl(scope, metric, (s, s + (length - 1) * DAY))) for s in starts), key=lambda x: -x[1])
        assert ranked[0][1] > margin * ranked[1][1], ranked[:2]
        return [ranked[0][0].isoformat(), n(ranked[0][1])]


def dates(first, last, step=1):
    """Every `step`-th date from first to last."""
    out = []
    while first <= last:
        out.append(first)
        first += step * DAY
    return out


class Tally:
    """questions.json entries with a category each (A coverage, B why, C insights, D no figure, E other)."""

    def __init__(self):
        self.Q, self.by = [], {}
        self._add = adder(self.Q)

    def __call__(self, cat, text, expect, forbid=None):
        self.by[cat] = self.by.get(cat, 0) + 1
        self._add(text, expect, forbid)

    def no_figure_share(self):
        """The share of category D: questions whose right answer has no figure."""
        return self.by.get("D", 0) / len(self.Q)
