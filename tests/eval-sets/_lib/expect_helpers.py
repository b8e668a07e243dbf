"""Helpers shared by the eval sets' expected.py scripts: figures, rankings and asset scopes over a
semantics.Data, and the question records that go into questions.json."""
from semantics import n


def question(q, expect, forbid=None):
    """One questions.json entry; `forbid` only when given."""
    return {"q": q, "expect": expect, **({"forbid": forbid} if forbid else {})}


def adder(Q):
    """add(q, expect, forbid=None) appending to the list Q."""
    return lambda q, expect, forbid=None: Q.append(question(q, expect, forbid))


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
