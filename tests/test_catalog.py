"""The catalog and /tim-kiem: folding, phrases, bad queries, privacy, paging, upkeep (item 8)."""

import re

import pytest
from pyramid.authorization import Everyone

from portal import content as api
from portal.catalog import queries
from portal.demo import act_as


def become(root, request, login):
    act_as(request, root.principals.users[login])


def draft(root, request, title, folder="tin-tuc", creator="bientap", body=""):
    become(root, request, creator)
    return api.create(request, root[folder], "NewsItem", {"title": title, "body": body})


def publish(root, request, title, folder="tin-tuc", body=""):
    item = draft(root, request, title, folder, body=body)
    become(root, request, "duyet")
    api.transition(request, item, "publish")
    return item


def results(response):
    """The titles listed on a /tim-kiem page, in order."""
    block = re.search(r'<ol class="results".*?</ol>', response.text, re.S)
    if not block:
        return []
    return [t.strip() for t in re.findall(r"<a href=\"[^\"]*\">([^<]*)</a>", block.group(0))]


def search(testapp, query, **params):
    return testapp.get("/tim-kiem", {"q": query, **params})


def docid(root, obj):
    return root.catalog.docids.get(obj.uid)


def text_hits(root, query):
    """Titles the full-text index finds for `query`, whoever asks."""
    _, scores = root.catalog.text_scores(query)
    return {root.catalog.get(d).title for d in scores}


# --- folding -------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["thu dien tu", "thư điện tử", "THƯ ĐIỆN TỬ", "Thu Điện tu"])
def test_demo_item_found_with_or_without_diacritics(app, query):
    """`thu dien tu` and `thư điện tử`, in any case, find the demo's e-mail news item."""
    assert "Hội nghị triển khai thư điện tử công vụ" in results(search(app, query))


def test_unaccented_text_found_by_accented_query(app, site):
    """The reverse: an item written without diacritics is found by an accented query."""
    with site() as (root, request):
        publish(root, request, "Huong dan su dung thu dien tu moi")
    assert "Huong dan su dung thu dien tu moi" in results(search(app, "hướng dẫn thư điện tử"))


def test_decomposed_query_finds_precomposed_text(app, site):
    """A query typed in NFD finds text stored in NFC."""
    import unicodedata

    with site() as (root, request):
        publish(root, request, "Quyết định khen thưởng đột xuất")
    query = unicodedata.normalize("NFD", "khen thưởng đột xuất")
    assert "Quyết định khen thưởng đột xuất" in results(search(app, query))


def test_body_text_is_searched(app, site):
    """Words of the rich-text body are indexed, without their markup."""
    with site() as (root, request):
        publish(root, request, "Tin có thân bài", body="<p>Giống lúa <b>chịu mặn</b> mới</p>")
    assert "Tin có thân bài" in results(search(app, "chiu man"))
    assert "Tin có thân bài" not in results(search(app, "b"))


# --- no stop words -------------------------------------------------------------------


@pytest.mark.parametrize(
    "word, title",
    [
        ("tổ", "Tổ công tác đặc biệt"),
        ("thẻ", "Thẻ căn cước gắn chíp"),
        ("to", "Tổ công tác đặc biệt"),
        ("the", "Thẻ căn cước gắn chíp"),
    ],
)
def test_no_stop_words(site, word, title):
    """Syllables folding to English stop words (tổ→to, thẻ→the) are indexed and found."""
    with site() as (root, request):
        publish(root, request, title)
        assert title in text_hits(root, word)
        become(root, request, "canbo")
        page = queries.search(request, word, size=1000)
        assert title in {o.title for o in page.items}


def test_no_stop_words_through_the_page(app, site):
    """Through /tim-kiem, `tổ` alone finds an item whose title holds it."""
    with site() as (root, request):
        publish(root, request, "Tổ")
    assert results(search(app, "tổ"))[0] == "Tổ"


# --- ranking -------------------------------------------------------------------------


def test_phrase_ranks_above_scattered_syllables(app, site):
    """An item holding the query as a phrase is listed before one holding its syllables apart,
    even when the scattered one scores higher on the syllables alone."""
    phrase = "Dự án đưa nước sạch nông thôn tới các bản vùng cao của huyện trong năm tới"
    scattered = "Sạch nước, thôn nông: nước thôn sạch nông"
    with site() as (root, request):
        publish(root, request, scattered)
        publish(root, request, phrase)
        in_phrase, scores = root.catalog.text_scores("nuoc sach nong thon")
        by_title = {root.catalog.get(d).title: s for d, s in scores.items()}
        assert by_title[scattered] > by_title[phrase]  # so only the phrase rule orders them
        assert {root.catalog.get(d).title for d in in_phrase} >= {phrase}
        assert scattered not in {root.catalog.get(d).title for d in in_phrase}
    listed = results(search(app, "nuoc sach nong thon"))
    assert listed.index(phrase) < listed.index(scattered)


def test_all_syllables_required(app, site):
    """An item holding only some of the query's syllables is not a result."""
    with site() as (root, request):
        publish(root, request, "Lễ hội hoa ban")
        publish(root, request, "Lễ hội đua thuyền")
    listed = results(search(app, "le hoi hoa ban"))
    assert "Lễ hội hoa ban" in listed
    assert "Lễ hội đua thuyền" not in listed


# --- queries that cannot be parsed ---------------------------------------------------


@pytest.mark.parametrize("query", ['"', "AND", "(", ")", "OR", "NOT thu", "thu OR", "(thu", "*"])
def test_unparsable_query_is_a_400_message(app, query):
    """A query the parser cannot read is a 400 page with a Vietnamese message, never a 500."""
    response = app.get("/tim-kiem", {"q": query}, expect_errors=True)
    assert response.status_int == 400
    assert "Không hiểu được câu tìm kiếm" in response.text
    assert 'role="alert"' in response.text
    assert 'name="q"' in response.text  # the form is still there to try again


@pytest.mark.parametrize("query", ['"thu', 'a"b', "thu*", "' OR 1=1 --", "đ", "x" * 500])
def test_odd_queries_never_500(app, query):
    """Odd but readable queries answer 200 or 400, never a server error."""
    response = app.get("/tim-kiem", {"q": query}, expect_errors=True)
    assert response.status_int in (200, 400)


def test_empty_query_shows_the_form(app):
    """An empty query shows the search form and no result count."""
    response = app.get("/tim-kiem", {"q": "  "})
    assert response.status_int == 200
    assert 'name="q"' in response.text
    assert "kết quả" not in response.text


# --- privacy ---------------------------------------------------------------------------


def test_private_item_never_in_anonymous_results(app, site, browser_for):
    """A private or pending item is found by its Owner and an Editor, never by Anonymous
    or a Member; published, everyone finds it."""
    with site() as (root, request):
        secret = draft(root, request, "Dự thảo quy hoạch vùng kín", creator="congtac")
        pending = draft(root, request, "Dự thảo quy hoạch vùng chờ", creator="congtac")
        become(root, request, "congtac")
        api.transition(request, pending, "submit")
        assert Everyone not in root.catalog["allowed"].document_repr(docid(root, secret))
        names = secret.__name__
    query = "du thao quy hoach vung"
    for testapp in (app, browser_for("canbo")):
        listed = results(search(testapp, query))
        assert "Dự thảo quy hoạch vùng kín" not in listed
        assert "Dự thảo quy hoạch vùng chờ" not in listed
    for login in ("congtac", "bientap"):
        listed = results(search(browser_for(login), query))
        assert {"Dự thảo quy hoạch vùng kín", "Dự thảo quy hoạch vùng chờ"} <= set(listed)
    reviewer = results(search(browser_for("duyet"), query))
    assert "Dự thảo quy hoạch vùng chờ" in reviewer
    assert "Dự thảo quy hoạch vùng kín" not in reviewer
    with site() as (root, request):
        become(root, request, "admin")
        api.transition(request, root["tin-tuc"][names], "publish")
    assert "Dự thảo quy hoạch vùng kín" in results(search(app, query))


def test_demo_private_items_hidden_from_anonymous(app, site):
    """No demo item that is not published shows up for Anonymous, by any of its title words."""
    with site() as (root, request):
        become(root, request, "admin")
        hidden = [o.title for o in root["tin-tuc"].values() if o.workflow_state != "published"]
    assert hidden, "the demo should hold unpublished news"
    for title in hidden[:5]:
        assert title not in results(search(app, title))


# --- pagination ----------------------------------------------------------------------


def test_search_is_paginated(app, site):
    """25 hits show 20 on page 1 and 5 on page 2, with pager links, none on both pages."""
    with site() as (root, request):
        for n in range(25):
            publish(root, request, f"Bản tin phân trang số {n:02d}")
    first = search(app, "ban tin phan trang")
    second = search(app, "ban tin phan trang", trang=2)
    page1, page2 = results(first), results(second)
    assert len(page1) == 20 and len(page2) == 5
    assert not set(page1) & set(page2)
    assert set(page1) | set(page2) == {f"Bản tin phân trang số {n:02d}" for n in range(25)}
    assert "<strong>25</strong>" in first.text
    assert 'rel="next"' in first.text and 'rel="prev"' not in first.text
    assert 'rel="prev"' in second.text and 'rel="next"' not in second.text
    assert 'start="21"' in second.text
    # the pager keeps the query, URL-encoded
    assert 'href="?q=ban+tin+phan+trang&amp;trang=2"' in first.text
    beyond = search(app, "ban tin phan trang", trang=9)
    assert beyond.status_int == 200 and results(beyond) == []
    assert search(app, "ban tin phan trang", trang="abc").status_int == 200


# --- upkeep: add, edit, transition, rename, move, delete ------------------------------


def test_catalog_follows_every_change(site):
    """Add, edit, transition, rename, move and delete each update the catalog at once."""
    with site() as (root, request):
        catalog = root.catalog
        count = len(catalog.objects)
        # add
        item = draft(root, request, "Bản tin ban đầu")
        uid = item.uid
        did = docid(root, item)
        assert did is not None and catalog.get(did) is item
        assert len(catalog.objects) == count + 1
        assert did in catalog["uid"].applyEq(uid)
        assert did in catalog["type"].applyEq("NewsItem")
        assert did in catalog["state"].applyEq("private")
        assert did in catalog["path"].applyEq(f"/tin-tuc/{item.__name__}")
        assert did in catalog["path"].applyEq("/tin-tuc")
        assert did in catalog["parent"].applyEq("/tin-tuc")
        assert "Bản tin ban đầu" in text_hits(root, "ban dau")
        # edit
        api.update(request, item, {"title": "Bản tin đã sửa đổi"})
        assert "Bản tin đã sửa đổi" in text_hits(root, "sua doi")
        assert not text_hits(root, "ban dau") & {"Bản tin đã sửa đổi"}
        assert did in catalog["title"].applyEq("ban tin da sua doi")
        # transition
        become(root, request, "duyet")
        api.transition(request, item, "publish")
        assert did in catalog["state"].applyEq("published")
        assert did not in catalog["state"].applyEq("private")
        assert did in catalog["allowed"].applyEq(Everyone)
        # rename
        become(root, request, "admin")
        old_path = f"/tin-tuc/{item.__name__}"
        api.rename(request, item, "ten-moi")
        assert did in catalog["path"].applyEq("/tin-tuc/ten-moi")
        assert did not in catalog["path"].applyEq(old_path)
        # move
        api.move(request, item, root["thong-bao"])
        assert did in catalog["path"].applyEq("/thong-bao/ten-moi")
        assert did not in catalog["path"].applyEq("/tin-tuc/ten-moi")
        assert did not in catalog["path"].applyEq("/tin-tuc")
        assert did in catalog["parent"].applyEq("/thong-bao")
        assert docid(root, item) == did  # the same record, moved
        # delete
        api.delete(request, item)
        assert docid(root, item) is None
        assert catalog.get(did) is None
        assert len(catalog.objects) == count
        assert "Bản tin đã sửa đổi" not in text_hits(root, "sua doi")
        assert did not in catalog["uid"].applyEq(uid)
        assert did not in catalog["state"].applyEq("published")


def test_catalog_follows_moving_a_folder(site):
    """Moving or deleting a folder reindexes or unindexes everything below it."""
    with site() as (root, request):
        become(root, request, "admin")
        folder = api.create(request, root, "Folder", {"title": "Hồ sơ cũ"})
        inner = draft(root, request, "Văn bản lưu trữ", folder=folder.__name__)
        did = docid(root, inner)
        become(root, request, "admin")
        api.move(request, folder, root["gioi-thieu"])
        assert did in root.catalog["path"].applyEq(f"/gioi-thieu/{folder.__name__}")
        assert did not in root.catalog["path"].applyEq(f"/{folder.__name__}")
        api.delete(request, folder)
        assert root.catalog.get(did) is None
        assert "Văn bản lưu trữ" not in text_hits(root, "van ban luu tru")


def test_search_page_follows_changes(app, site):
    """Through /tim-kiem: a published item is found, and gone once retracted or deleted."""
    with site() as (root, request):
        name = publish(root, request, "Thông cáo báo chí đặc biệt").__name__
    assert "Thông cáo báo chí đặc biệt" in results(search(app, "thong cao bao chi"))
    with site() as (root, request):
        become(root, request, "duyet")
        api.transition(request, root["tin-tuc"][name], "retract", "Sai số liệu")
    assert "Thông cáo báo chí đặc biệt" not in results(search(app, "thong cao bao chi"))
    with site() as (root, request):
        become(root, request, "duyet")
        api.transition(request, root["tin-tuc"][name], "publish")
    assert "Thông cáo báo chí đặc biệt" in results(search(app, "thong cao bao chi"))
    with site() as (root, request):
        become(root, request, "admin")
        api.delete(request, root["tin-tuc"][name])
    assert "Thông cáo báo chí đặc biệt" not in results(search(app, "thong cao bao chi"))


def test_indexes_added_later_are_filled_from_an_older_catalog(site):
    """A database made before an index existed gets it at start-up, filled."""
    from portal.catalog.catalog import LATER_INDEXES

    with site() as (root, request):
        catalog = root.catalog
        procedure = next(
            p for p in root["dich-vu-cong"].values() if p.type_info.name == "Procedure"
        )
        for name in LATER_INDEXES:
            del catalog.indexes[name]
        assert set(catalog.add_missing_indexes(request.registry)) == set(LATER_INDEXES)
        assert docid(root, procedure) in catalog["facets"].applyEq(f"level:{procedure.level}")
        assert catalog.add_missing_indexes(request.registry) == []
