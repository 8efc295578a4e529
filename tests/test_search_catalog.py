"""The catalog and the /tim-kiem page (issue 3, item 8)."""

import pytest

from portal import content as api
from portal.catalog import queries
from portal.demo import act_as


def publish(root, request, title, folder="tin-tuc", body=""):
    users = root.principals.users
    act_as(request, users["bientap"])
    item = api.create(request, root[folder], "NewsItem", {"title": title, "body": body})
    api.transition(request, item, "submit")
    act_as(request, users["duyet"])
    api.transition(request, item, "publish")
    return item


def titles(response):
    import re

    return (
        re.findall(r'<ol class="results".*?</ol>', response.text, re.S)[0]
        if "results" in response.text
        else ""
    )


@pytest.mark.parametrize("query", ["thu dien tu", "thư điện tử", "THƯ ĐIỆN TỬ", "Thu Dien Tu"])
def test_search_ignores_diacritics_and_case(app, query):
    """With or without diacritics, in any case, the demo item is found."""
    page = app.get("/tim-kiem", {"q": query})
    assert "Hội nghị triển khai thư điện tử công vụ" in titles(page)


def test_unaccented_title_found_by_accented_query(app, site):
    """The reverse direction: an item written without diacritics is found by accented words."""
    with site() as (root, request):
        publish(root, request, "Lich tiep dan thang muoi")
    assert "Lich tiep dan thang muoi" in titles(app.get("/tim-kiem", {"q": "lịch tiếp dân"}))


@pytest.mark.parametrize(
    "word, title", [("tổ", "Tổ công tác liên ngành"), ("thẻ", "Cấp thẻ cho người cao tuổi")]
)
def test_no_stop_words(app, site, word, title):
    """Short syllables that fold to English stop words (`to`, `the`) are searchable."""
    with site() as (root, request):
        publish(root, request, title)
    assert title in titles(app.get("/tim-kiem", {"q": word}))


def test_phrase_ranks_above_scattered_syllables(app, site):
    """An item holding the query as a phrase comes before one holding its syllables apart."""
    with site() as (root, request):
        publish(root, request, "Nước sạch nông thôn về tới bản", body="<p>cung cấp đủ</p>")
        publish(root, request, "Nông dân cung cấp nước cho thôn sạch sẽ")
    listing = titles(app.get("/tim-kiem", {"q": "nuoc sach nong thon"}))
    first = listing.index("Nước sạch nông thôn về tới bản")
    second = listing.index("Nông dân cung cấp nước cho thôn sạch sẽ")
    assert first < second


@pytest.mark.parametrize("query", ['"', "AND", "(", "OR OR", "NOT", '"mở ngoặc', "*"])
def test_unparsable_query_is_a_message(app, query):
    """A query the parser cannot read answers with a Vietnamese message, never a 500."""
    page = app.get("/tim-kiem", {"q": query}, expect_errors=True)
    assert page.status_int in (200, 400)
    if page.status_int == 400:
        assert "Không hiểu được câu tìm kiếm" in page.text


def test_private_item_never_in_anonymous_results(app, site, browser_for):
    """A draft is absent from Anonymous's results and present in its Owner's and an Editor's."""
    with site() as (root, request):
        act_as(request, root.principals.users["congtac"])
        api.create(
            request, root["tin-tuc"], "NewsItem", {"title": "Phương án sáp nhập thôn Khe Rạng"}
        )
    query = {"q": "sap nhap thon khe rang"}
    assert "Phương án sáp nhập thôn" not in titles(app.get("/tim-kiem", query))
    assert "Tìm thấy <strong>0</strong>" in app.get("/tim-kiem", query).text
    assert "Phương án sáp nhập thôn" in titles(browser_for("congtac").get("/tim-kiem", query))
    assert "Phương án sáp nhập thôn" in titles(browser_for("bientap").get("/tim-kiem", query))
    assert "Phương án sáp nhập thôn" not in titles(browser_for("duyet").get("/tim-kiem", query))


def test_search_is_paginated(app, site):
    """Results come 20 to a page, with a link to the next page and a total."""
    with site() as (root, request):
        for i in range(25):
            publish(root, request, f"Bản tin phòng chống lụt bão số {i}")
    first = app.get("/tim-kiem", {"q": "phong chong lut bao"})
    assert "Tìm thấy <strong>25</strong>" in first.text
    assert titles(first).count("<li") == 20
    second = app.get("/tim-kiem", {"q": "phong chong lut bao", "trang": "2"})
    assert titles(second).count("<li") == 5


def test_catalog_follows_every_change(site):
    """Add, edit, transition, rename, move and delete are reflected in catalog queries."""
    with site() as (root, request):
        catalog = root.catalog
        request.environ["portal.principals"] = frozenset(["system.Everyone", "role:Manager"])

        def found(q):
            return [o.uid for o in queries.search(request, q).items]

        item = publish(root, request, "Khai mạc hội chợ nông sản")
        assert found("hoi cho nong san") == [item.uid]
        api.update(request, item, {"title": "Bế mạc hội chợ trái cây"})
        assert found("hoi cho nong san") == []
        assert found("be mac trai cay") == [item.uid]
        assert catalog["state"].applyEq("published") and catalog.docids[item.uid] in catalog[
            "state"
        ].applyEq("published")
        act_as(request, root.principals.users["admin"])
        api.transition(request, item, "retract", "Sai ngày")
        assert catalog.docids[item.uid] in catalog["state"].applyEq("private")
        api.rename(request, item, "be-mac-hoi-cho")
        assert catalog.docids[item.uid] in catalog["path"].applyEq("/tin-tuc/be-mac-hoi-cho")
        api.move(request, item, root["thong-bao"])
        assert catalog.docids[item.uid] in catalog["parent"].applyEq("/thong-bao")
        assert catalog.docids[item.uid] not in catalog["parent"].applyEq("/tin-tuc")
        api.delete(request, item)
        assert item.uid not in catalog.docids
        assert found("be mac trai cay") == []


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
        got = scan_descending(index, wanted, limit)
        assert len(got) == limit
        assert [values[d] for d in got] == [values[d] for d in expected[:limit]]
        assert set(got) <= set(wanted)
    assert scan_descending(FieldIndex("when"), wanted, 5) == []
