"""Newest-first listings of large stores walk the date index (issue 3, item 8)."""

from portal import content as api
from portal.demo import act_as


def test_large_folder_lists_newest_first(app, site):
    """An unordered store is listed through the catalog, newest publication date first."""
    from datetime import date

    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        for day in (3, 1, 2):
            item = api.create(
                request,
                root["thong-bao"],
                "NewsItem",
                {"title": f"Thông báo ngày {day}", "publication_date": date(2030, 1, day)},
            )
            api.transition(request, item, "publish")
        assert root["thong-bao"]._order is None
    page = app.get("/thong-bao/").text
    assert (
        page.index("Thông báo ngày 3")
        < page.index("Thông báo ngày 2")
        < page.index("Thông báo ngày 1")
    )


def test_descending_scan_matches_a_full_sort():
    """Walking the date index from the top gives the same first items as sorting all of them."""
    import random
    from datetime import datetime, timedelta, timezone

    from BTrees.LFBTree import LFSet
    from hypatia.field import FieldIndex

    from portal.catalog.queries import scan_descending

    rng = random.Random(7)
    index = FieldIndex("when")
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    values = {}
    for docid in range(1, 3000):
        values[docid] = start + timedelta(days=rng.randrange(400))  # many ties
        index.index_doc(docid, type("Doc", (), {"when": values[docid]})())
    wanted = LFSet([d for d in values if d % 3])
    expected = sorted(wanted, key=lambda d: values[d], reverse=True)
    for limit in (1, 20, 150):
        got = scan_descending(index, limit, wanted)
        assert len(got) == limit
        assert [values[d] for d in got] == [values[d] for d in expected[:limit]]
        assert set(got) <= set(wanted)
    assert scan_descending(FieldIndex("when"), 5, wanted) == []


def test_descending_scan_requires_every_set():
    """With several sets, only docids in all of them are returned, still newest first."""
    from datetime import datetime, timedelta, timezone

    from BTrees.LFBTree import LFSet
    from hypatia.field import FieldIndex

    from portal.catalog.queries import scan_descending

    index = FieldIndex("when")
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    for docid in range(1, 101):
        index.index_doc(docid, type("Doc", (), {"when": start + timedelta(days=docid)})())
    evens, threes = LFSet(range(2, 101, 2)), LFSet(range(3, 101, 3))
    assert scan_descending(index, 4, evens, threes) == [96, 90, 84, 78]
