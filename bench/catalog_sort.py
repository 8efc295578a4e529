"""In-process micro-benchmark: the newest 20 news items, from the catalog vs a Python sort."""

import time

from serve import portal_app

from portal.catalog import queries
from portal.catalog.indexes import Indexable
from portal.resources import open_site

ANONYMOUS = frozenset(["system.Everyone"])


def per_call_ms(call, repeat):
    call()  # warm: indexes and objects loaded once before timing
    start = time.perf_counter()
    for _ in range(repeat):
        result = call()
    return (time.perf_counter() - start) * 1000 / repeat, result


def measure(directory):
    """{name: (ms per query, newest 20 effective dates)} and the number of items catalogued."""
    app = portal_app(directory, "true")
    registry = app.registry
    try:
        with open_site(registry) as (root, request):
            request.environ["portal.identity"] = None
            request.environ["portal.principals"] = ANONYMOUS
            catalog = root.catalog
            folder = root["tin-tuc"]
            effective = catalog["effective"]
            allowed = queries.filtered(request, path=folder, types=("NewsItem",))
            count = len(allowed)

            def key(obj):
                return Indexable(obj, registry).effective

            def recent():
                return queries.recent(request, types=("NewsItem",), path=folder, limit=20)

            def index_sort():
                docids = queries.filtered(request, path=folder, types=("NewsItem",))
                ids = effective.sort(docids, reverse=True, limit=20)
                return catalog.resolve(list(ids))

            def naive():
                items = (o for o in folder.values() if o.workflow_state == "published")
                return sorted(items, key=key, reverse=True)[:20]

            results = {
                "queries.recent (scan the effective index from the top)": per_call_ms(recent, 200),
                "hypatia effective.sort(allowed docids, limit=20)": per_call_ms(index_sort, 50),
                "naive sorted() over every object in /tin-tuc": per_call_ms(naive, 3),
            }
            dates = {name: [key(o) for o in found] for name, (_, found) in results.items()}
            reference = dates["naive sorted() over every object in /tin-tuc"]
            for name, found in dates.items():
                assert found == reference, f"{name} disagrees with the naive sort"
            return count, {name: ms for name, (ms, _) in results.items()}
    finally:
        for db in registry._zodb_databases.values():
            db.close()
