"""Helpers shared by the eval sets' expected.py scripts: figures, rankings and asset scopes over a
semantics.Data, and the question records that go into questions.json."""
from semantics import growth, n, pct


def question(q, expect, forbid=None):
    """One questions.json entry; `forbid` only when given."""
    return {"q": q, "expect": expect, **({"forbid": forbid} if forbid else {})}


def ranking_terms(data):
    """What a "what rankings are we in?" answer must name: every index and every rank."""
    rankings = data.doc["rankings"]
    return [r["index"] for r in rankings] + [str(r["rank"]) for r in rankings]


def adder(Q):
    """add(q, expect, forbid=None) appending to the list Q."""
    return lambda q, expect, forbid=None: Q.append(question(q, expect, forbid))


def conv_adder(T):
    """conv((q, expect, forbid), ...) appending one conversation (threads.json) to the list T."""
    return lambda *turns: T.append({"turns": [question(q, e, fb) for q, e, fb in turns]})


class Helpers:
    def __init__(self, data, no_ties=False):
        """no_ties: rankings assert that no two of the top k are equal."""
        self.data = data
        self.no_ties = no_ties

    def f(self, scope, metric, period):
        """A flow over (start, end), formatted."""
        return n(self.data.flow(scope, metric, *period))

    def top(self, groups, metric, period, k, labels):
        """The top k of labels (group id -> label), as [label, figure, label, figure, ...]."""
        ranked = self.data.by({g: groups(g) for g in labels}, metric, *period)[:k]
        if self.no_ties:
            assert len({v for _, v in ranked}) == len(ranked), "tie in a ranking"
        return [x for g, v in ranked for x in (labels[g], n(v))]

    def lang(self, code):
        """Scope over asset rows whose asset is in language `code`."""
        data = self.data
        return lambda s, c: s in data.assets and data.assets[s].get("language") == code

    def attr(self, key, value):
        """Scope over asset rows whose asset has `value` in its `key` (markets) or equal (language)."""
        data = self.data

        def pred(s, c):
            a = data.assets.get(s)
            if a is None:
                return False
            v = a.get(key)
            return value in v if isinstance(v, list) else v == value
        return pred


class Shorthands:
    """The few figure helpers every expected.py uses, bound to one semantics.Data and its follower metric."""

    def __init__(self, data, stock="followers"):
        self.data = data
        self.stock = stock

    def fl(self, scope, metric, period):
        """A flow over (start, end), as a number."""
        return self.data.flow(scope, metric, *period)

    def f(self, scope, metric, period):
        """A flow over (start, end), formatted."""
        return n(self.fl(scope, metric, period))

    def st(self, scope, at):
        """The stock's level at a date."""
        return self.data.stock(scope, self.stock, at)

    def chg(self, scope, period):
        """The stock's change over (start, end)."""
        return self.data.stock_change(scope, self.stock, *period)

    def vs(self, scope, metric, cur, prev):
        """[current, previous, growth] of a flow over two periods, formatted."""
        a, b = self.fl(scope, metric, cur), self.fl(scope, metric, prev)
        return [n(a), n(b), growth(a, b)]

    def ranked(self, groups, metric, period, asc=False, no_ties=False, k=None):
        """Groups ranked by a flow over (start, end): [(group, value), ...], largest first unless asc.
        k: only the first k, refusing a tie anywhere in the first k + 1 (so the cut is clear)."""
        out = self.data.by(groups, metric, *period)
        if no_ties:
            assert len({v for _, v in out}) == len(out), "tie"
        out = sorted(out, key=lambda x: x[1]) if asc else out
        if k is not None:
            vals = [v for _, v in out[:k + 1]]
            assert len(set(vals)) == len(vals), ("tie", out[:k + 1])
            out = out[:k]
        return out


class Catalog(Shorthands):
    """The figure shorthands plus the catalog's display names and the name lists questions expect or forbid,
    for the sets built like amberlake (rankings refuse ties)."""

    def __init__(self, data, stock="followers"):
        super().__init__(data, stock)
        self.title = {k: v["title"] for k, v in data.assets.items()}
        self.cname = {k: v["name"] for k, v in data.campaigns.items()}
        self.handle = {k: v["handle"] for k, v in data.channels.items()}
        self.camps, self.assets = data.campaigns, data.assets
        self.langs = sorted({a["language"] for a in data.assets.values()})
        self.platforms = sorted({c["platform"] for c in data.channels.values()})
        helpers = Helpers(data, no_ties=True)
        self.top, self.lang = helpers.top, helpers.lang

    @staticmethod
    def others(names, keep):
        """Every name in the dict `names` whose key is not in keep (for forbid lists)."""
        return [v for k, v in names.items() if k not in keep]

    def camps_where(self, pred):
        """(names of the campaigns that pass pred, names of the others)."""
        ids = [k for k, c in self.camps.items() if pred(c)]
        return [self.cname[k] for k in ids], self.others(self.cname, ids)

    def assets_in(self, code):
        """(titles available in language `code`, dubbed versions included; the other titles)."""
        ids = [k for k, a in self.assets.items()
               if a["language"] == code or code in [v["language"] for v in a.get("versions", [])]]
        return [self.title[k] for k in ids], self.others(self.title, ids)

    def top_k(self, groups, metric, period, k, labels, cut=False):
        """The top k as names first, then figures (a tie among them is refused; with cut, a tie anywhere in the
        top k + 1 instead)."""
        if cut:
            r = self.ranked({g: groups(g) for g in labels}, metric, period, k=k)
            return [labels[g] for g, _ in r] + [n(v) for _, v in r]
        t = self.top(groups, metric, period, k, labels)
        return t[0::2] + t[1::2]

    def top_assets(self, metric, period, k, ids=None):
        """top_k over the assets `ids` (default all) by title, refusing a tie at the cut."""
        ids = self.assets if ids is None else ids
        return self.top_k(self.data.asset, metric, period, k, {a: self.title[a] for a in ids}, cut=True)

    def markets_of(self, aid):
        """An asset's own `markets`, else its campaign's."""
        a = self.assets[aid]
        return a.get("markets") or self.camps[a["campaign"]].get("markets", [])

    def market(self, code):
        """Scope over asset rows whose asset's markets (markets_of) include `code`."""
        return lambda s, c: s in self.assets and code in self.markets_of(s)

    def goal(self, cid, now):
        """[value, target, progress] of a campaign's only goal at `now`, formatted."""
        (g,) = self.camps[cid]["goals"]
        val, target, ratio = self.data.goal(cid, g, now)
        return [n(val), n(target), pct(ratio)]
