"""Page cache beyond tests/functional: no poisoning by Host, HEAD, language, protected pages."""

import pytest
from webtest import TestApp

PATHS = ["/", "/tin-tuc/", "/gioi-thieu/dieu-kien-tu-nhien", "/tim-kiem?q=hoi+nghi", "/dang-nhap"]


@pytest.mark.parametrize("path", PATHS)
def test_a_forged_host_header_never_reaches_other_visitors(app, path):
    app.get(path, extra_environ={"HTTP_HOST": "evil.example"})
    page = app.get(path)
    assert "evil.example" not in page.text
    assert "evil.example" not in str(page.headers)


def test_head_then_get_serves_the_whole_page(app):
    app.head("/tin-tuc/")
    page = app.get("/tin-tuc/")
    assert page.body.rstrip().endswith(b"</html>")
    assert page.content_length == len(page.body)


def test_a_cached_page_keeps_its_headers_and_sets_no_cookie(app):
    first = app.get("/gioi-thieu/")
    second = app.get("/gioi-thieu/")
    assert second.body == first.body
    assert second.content_type == "text/html" and second.charset.lower() == "utf-8"
    assert "Set-Cookie" not in second.headers
    assert "Cookie" in second.headers.get("Vary", "")


def test_each_language_has_its_own_cached_page(app, wsgi_app):
    assert '<html lang="vi"' in app.get("/").text
    english = TestApp(wsgi_app, extra_environ={"REMOTE_ADDR": "10.0.0.9"})
    english.get("/@@ngon-ngu?lang=en", status=302)
    assert '<html lang="en"' in english.get("/").text
    assert '<html lang="en"' in english.get("/").text
    assert '<html lang="vi"' in app.get("/").text


def test_a_protected_page_is_never_served_from_the_cache(app, browser_for):
    """An editor's private draft stays private even after the editor has seen it."""
    editor = browser_for("bientap")
    form = editor.get("/tin-tuc/@@them?loai=NewsItem").forms["deform"]
    form["title"] = "Bản nháp nội bộ"
    form.submit("save", status=302)
    assert "Bản nháp nội bộ" in editor.get("/tin-tuc/ban-nhap-noi-bo").text
    refused = app.get("/tin-tuc/ban-nhap-noi-bo", status=302)
    assert "/dang-nhap" in refused.location
    assert "Bản nháp nội bộ" not in app.get("/tin-tuc/").text


def test_anonymous_pages_write_nothing(app, db):
    """Reading the portal anonymously commits no transaction, cached or not."""
    before = db.lastTransaction()
    for path in ("/", "/tin-tuc/", "/gioi-thieu/tong-quan/", "/tim-kiem?q=duong", "/khong-co"):
        app.get(path, expect_errors=True)
        app.get(path, expect_errors=True)
    assert db.lastTransaction() == before
