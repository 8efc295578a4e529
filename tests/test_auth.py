"""Sessions beyond tests/functional: logging out drops the cookie; a bad cookie is anonymous."""

import pytest
from conftest import PASSWORDS, csrf_from
from webtest import TestApp


def test_after_logout_the_browser_gets_anonymous_pages(browser_for):
    editor = browser_for("bientap")
    assert "Đăng xuất" in editor.get("/").text
    editor.post("/dang-xuat", {"csrf_token": csrf_from(editor.get("/"))}, status=302)
    assert not editor.cookies  # the session cookie itself is gone
    page = editor.get("/")
    assert "Đăng xuất" not in page.text
    assert "Set-Cookie" not in page.headers
    assert "public" in page.headers["Cache-Control"]


@pytest.mark.parametrize("value", ["rac", "a" * 4000, "x.y.z", ""])
def test_a_forged_session_cookie_is_just_anonymous(wsgi_app, db, value):
    browser = TestApp(wsgi_app, extra_environ={"REMOTE_ADDR": "10.0.0.8"})
    browser.set_cookie("cong_session", value)
    home = browser.get("/")
    assert "Đăng xuất" not in home.text
    refused = browser.get("/tin-tuc/@@them?loai=NewsItem", status=302)
    assert "/dang-nhap" in refused.location
    form = browser.get("/dang-nhap").forms["deform"]
    form["login"], form["password"] = "bientap", PASSWORDS["bientap"]
    form.submit("signin", status=302)
    assert "Đăng xuất" in browser.get("/").text
