"""The anonymous page cache: hits, ETags and 304s, never stale, never for logged-in users."""

import pytest
from conftest import csrf_from
from fn_support import add

from portal.catalog import queries


@pytest.fixture
def recent_calls(monkeypatch):
    calls = []
    real = queries.recent

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(queries, "recent", counting)
    return calls


def transition(browser, path, transition_id, comment=""):
    page = browser.get(path)
    data = {"transition": transition_id, "comment": comment, "csrf_token": csrf_from(page)}
    return browser.post(f"{path}/@@chuyen", data, status=302)


def test_second_anonymous_request_is_served_from_the_cache(app, recent_calls):
    first = app.get("/")
    assert len(recent_calls) == 1
    second = app.get("/")
    assert len(recent_calls) == 1  # the view did not run again
    assert second.body == first.body
    assert second.etag == first.etag and first.etag
    assert "public" in second.headers["Cache-Control"]


def test_if_none_match_gives_304(app):
    etag = app.get("/").etag
    assert app.get("/").etag == etag
    not_modified = app.get("/", headers={"If-None-Match": f'"{etag}"'}, status=304)
    assert not_modified.body == b""
    app.get("/", headers={"If-None-Match": '"c0-khac"'}, status=200)


def test_cache_keys_on_path_and_query(app, recent_calls):
    app.get("/")
    app.get("/?trang=2")
    assert len(recent_calls) == 2


def test_publishing_shows_at_once_on_the_anonymous_home_page(app, browser_for, recent_calls):
    editor, reviewer = browser_for("bientap"), browser_for("duyet")
    add(editor, "/tin-tuc", "NewsItem", title="Tin nóng hổi vừa đăng")
    transition(editor, "/tin-tuc/tin-nong-hoi-vua-dang", "submit")
    before = app.get("/")
    assert "Tin nóng hổi vừa đăng" not in before.text
    app.get("/")
    calls = len(recent_calls)
    transition(reviewer, "/tin-tuc/tin-nong-hoi-vua-dang", "publish")
    after = app.get("/")
    assert "Tin nóng hổi vừa đăng" in after.text
    assert len(recent_calls) > calls
    assert after.etag != before.etag
    # the old ETag no longer matches
    app.get("/", headers={"If-None-Match": f'"{before.etag}"'}, status=200)


def test_editor_edit_of_a_published_item_is_never_stale(app, browser_for):
    path = "/gioi-thieu/dieu-kien-tu-nhien"
    assert "Điều kiện tự nhiên" in app.get(path).text
    app.get(path)
    form = browser_for("bientap").get(f"{path}/@@sua").forms["deform"]
    form["title"] = "Điều kiện tự nhiên và khí hậu"
    form.submit("save", status=302)
    assert "Điều kiện tự nhiên và khí hậu" in app.get(path).text
    assert "Điều kiện tự nhiên và khí hậu" in app.get("/gioi-thieu/").text


def test_retract_removes_the_item_from_the_cached_home_page(app, browser_for):
    title = "Hội nghị triển khai thư điện tử công vụ"
    assert title in app.get("/").text
    reviewer = browser_for("duyet")
    with_item = app.get("/")
    item_path = next(
        link.split('"')[0]
        for link in with_item.text.split('href="')[1:]
        if link.startswith("/tin-tuc/hoi-nghi")
    )
    transition(reviewer, item_path, "retract", comment="Sai số liệu")
    assert title not in app.get("/").text
    app.get(item_path, status=302)  # now private: anonymous is sent to log in


def test_logged_in_pages_are_never_cached(browser_for, wsgi_app, recent_calls):
    editor = browser_for("bientap")
    wsgi_app.registry.page_cache.clear()
    first = editor.get("/")
    second = editor.get("/")
    assert len(recent_calls) == 2
    for response in (first, second):
        cache_control = response.headers.get("Cache-Control", "")
        assert "public" not in cache_control
    assert not wsgi_app.registry.page_cache.data
    assert "Đăng xuất" in second.text


def test_anonymous_never_gets_a_logged_in_page(app, browser_for):
    editor = browser_for("bientap")
    add(editor, "/tin-tuc", "NewsItem", title="Bản nháp bí mật")
    editor.get("/tin-tuc/")
    editor.get("/")
    for path in ("/", "/tin-tuc/"):
        page = app.get(path)
        assert "Đăng xuất" not in page.text and "Bản nháp bí mật" not in page.text


def test_error_pages_are_not_cached(app, wsgi_app):
    app.get("/khong-co", status=404)
    assert not any(key[0] == "/khong-co" for key in wsgi_app.registry.page_cache.data)
