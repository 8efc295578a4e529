"""Catalog queries filtered by what the requesting user may view."""

import heapq
from dataclasses import dataclass
from datetime import timedelta

from BTrees.LFBTree import LFSet as IFSet
from BTrees.LFBTree import intersection, multiunion
from pyramid.traversal import resource_path

MICROSECOND = timedelta(microseconds=1)
DATETIME_INDEXES = ("effective", "modified")


@dataclass
class Page:
    items: list
    total: int
    page: int
    size: int

    @property
    def pages(self):
        return max(1, -(-self.total // self.size))


def catalog_of(request):
    return request.root.catalog


def docids_with(index, values):
    """docids whose value is any of `values`.

    One value reads the index's own set (no copy: callers only intersect it),
    which spares a union of tens of thousands of docids on every listing.
    """
    values = list(values)
    if len(values) == 1:
        found = index._fwd_index.get(values[0])
        return found if found is not None else IFSet()
    return index.applyAny(values)


def among(index, values, docids):
    """The docids of `docids` whose value in `index` is any of `values`: a union of
    small intersections, cheaper than first uniting every docid that holds one of
    the values when `docids` is the smaller set."""
    return multiunion([intersection(docids, docids_with(index, [v])) for v in values])


def _allowed(request):
    return docids_with(catalog_of(request)["allowed"], request.effective_principals_set)


def _intersect(*sets):
    result = None
    for s in sets:
        if s is None:
            continue
        result = s if result is None else intersection(result, s)
    return result if result is not None else IFSet()


def scan_descending(index, limit, *sets):
    """The first `limit` docids found in every one of `sets`, by descending value
    of a datetime FieldIndex.

    Walks the index from its largest value down, so the cost follows `limit`,
    not the size of the result; used when the result is a large share of the
    index (a news store listed newest first), where sorting would touch it all.
    Testing membership lazily also spares intersecting the sets first.
    """
    forward = index._fwd_index
    found = []
    key = forward.maxKey() if len(forward) else None
    while key is not None and len(found) < limit:
        found.extend(d for d in forward[key] if all(d in s for s in sets))
        try:
            key = forward.maxKey(key - MICROSECOND)
        except ValueError:
            key = None
    return found[:limit]


def sorted_docids(catalog, docids, sort_index, reverse, limit):
    index = catalog[sort_index]
    dense = len(docids) * 10 >= index.indexed_count()
    if reverse and dense and sort_index in DATETIME_INDEXES:
        return scan_descending(index, limit, docids)
    return list(index.sort(docids, reverse=reverse, limit=limit))


def _page_of(catalog, docids, sort_index, reverse, page, size):
    total = len(docids)
    limit = page * size
    ordered = sorted_docids(catalog, docids, sort_index, reverse, limit)[(page - 1) * size : limit]
    return Page(catalog.resolve(ordered), total, page, size)


def filters(request, *, parent=None, path=None, types=None, states=None):
    """The docid sets whose intersection is what the user may view, narrowed by
    parent, subtree, types and states."""
    catalog = catalog_of(request)
    sets = [_allowed(request)]
    if parent is not None:
        sets.append(docids_with(catalog["parent"], [resource_path(parent)]))
    if path is not None:
        sets.append(docids_with(catalog["path"], [resource_path(path)]))
    if types:
        sets.append(docids_with(catalog["type"], types))
    if states:
        sets.append(docids_with(catalog["state"], states))
    return sets


def filtered(request, **narrowing):
    """docids the user may view (see `filters`)."""
    return _intersect(*filters(request, **narrowing))


def children(request, container, *, types=None, sort="effective", reverse=True, page=1, size=20):
    """A page of `container`'s children the user may view, newest first by default."""
    docids = filtered(request, parent=container, types=types)
    return _page_of(catalog_of(request), docids, sort, reverse, page, size)


def recent(request, *, types=None, path=None, limit=10, states=("published",)):
    """The newest `limit` items the user may view (no total is counted)."""
    catalog = catalog_of(request)
    sets = filters(request, path=path, types=types, states=states)
    index = catalog["effective"]
    if min(len(s) for s in sets) * 10 >= index.indexed_count():
        return catalog.resolve(scan_descending(index, limit, *sets))
    return _page_of(catalog, _intersect(*sets), "effective", True, 1, limit).items


def search(request, query, *, page=1, size=20, types=None):
    """Ranked results: phrase matches above items holding all the syllables."""
    catalog = catalog_of(request)
    phrase, scores = catalog.text_scores(query)
    if not scores:
        return Page([], 0, page, size)
    visible = filtered(request, types=types)
    hits = intersection(multiunion(list(scores.keys())), visible)
    start = (page - 1) * size
    ranked = heapq.nsmallest(start + size, hits, key=lambda d: (d not in phrase, -scores[d], d))
    return Page(catalog.resolve(ranked[start:]), len(hits), page, size)


def by_uid(request, uid):
    """The object with `uid`, whoever may view it (callers check permissions), or None."""
    catalog = catalog_of(request)
    docid = catalog.docids.get(uid) if uid else None
    return catalog.get(docid) if docid is not None else None
