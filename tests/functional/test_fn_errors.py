"""Error pages: styled Vietnamese 404, retried conflicts ending in 409, 500 for the unexpected."""

import pytest
from ZODB.POSException import ConflictError

from portal.catalog import queries


@pytest.fixture
def failing_search(monkeypatch):
    """Make the search page raise `exc` on every call; returns the list of calls."""

    def install(exc):
        calls = []

        def search(*args, **kwargs):
            calls.append(args)
            raise exc

        monkeypatch.setattr(queries, "search", search)
        return calls

    return install


def test_unknown_path_is_a_styled_vietnamese_404(app):
    page = app.get("/khong-co/trang-nay", status=404)
    assert "Không tìm thấy trang" in page.text
    assert '<html lang="vi"' in page.text
    assert "portal.css" in page.text  # styled with the site's stylesheet
    assert "Về trang chủ" in page.text
    assert page.content_type == "text/html"


def test_unknown_view_name_is_404(app):
    app.get("/@@khong-co-view", status=404)
    app.get("/tin-tuc/@@khong-co", status=404)


def test_404_for_a_logged_in_user_too(browser_for):
    page = browser_for("bientap").get("/khong-co", status=404)
    assert "Không tìm thấy trang" in page.text


def test_conflict_is_retried_then_answered_with_409(app, failing_search, wsgi_app):
    attempts = int(wsgi_app.registry.settings["retry.attempts"])
    calls = failing_search(ConflictError())
    page = app.get("/tim-kiem?q=hoi+nghi", status=409)
    assert len(calls) == attempts == 3
    assert "Hệ thống đang bận" in page.text and "Vui lòng thử lại" in page.text
    assert '<html lang="vi"' in page.text
    assert "no-store" in page.headers.get("Cache-Control", "")


def test_conflict_page_is_not_cached(app, failing_search):
    calls = failing_search(ConflictError())
    app.get("/tim-kiem?q=a", status=409)
    app.get("/tim-kiem?q=a", status=409)
    assert len(calls) == 6


def test_conflict_that_resolves_on_retry_succeeds(app, monkeypatch):
    real = queries.search
    calls = []

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) < 3:
            raise ConflictError()
        return real(*args, **kwargs)

    monkeypatch.setattr(queries, "search", flaky)
    page = app.get("/tim-kiem?q=thu+dien+tu", status=200)
    assert len(calls) == 3
    assert "Hội nghị triển khai thư điện tử công vụ" in page.text


def test_unexpected_exception_is_a_styled_500(app, failing_search):
    calls = failing_search(RuntimeError("bất ngờ"))
    page = app.get("/tim-kiem?q=x", status=500)
    assert len(calls) == 1  # not retried
    assert "Lỗi hệ thống" in page.text
    assert '<html lang="vi"' in page.text
    assert "RuntimeError" not in page.text and "Traceback" not in page.text


def test_unexpected_exception_during_a_post_changes_nothing(browser_for, site, monkeypatch):
    from portal import content as api

    editor = browser_for("bientap")
    form = editor.get("/gioi-thieu/dieu-kien-tu-nhien/@@sua").forms["deform"]
    real_update = api.update

    def broken(request, obj, appstruct):
        real_update(request, obj, appstruct)
        raise RuntimeError("hỏng giữa chừng")

    monkeypatch.setattr(api, "update", broken)
    form["title"] = "Không được lưu"
    page = form.submit("save", status=500)
    assert "Lỗi hệ thống" in page.text
    with site() as (root, request):
        assert root["gioi-thieu"]["dieu-kien-tu-nhien"].title == "Điều kiện tự nhiên"


def test_conflict_during_a_post_is_retried_and_409(browser_for, site, monkeypatch):
    from portal import content as api

    editor = browser_for("bientap")
    form = editor.get("/gioi-thieu/dieu-kien-tu-nhien/@@sua").forms["deform"]
    calls = []

    def conflicting(request, obj, appstruct):
        calls.append(1)
        raise ConflictError()

    monkeypatch.setattr(api, "update", conflicting)
    form["title"] = "Xung đột"
    page = form.submit("save", status=409)
    assert len(calls) == 3
    assert "Hệ thống đang bận" in page.text
