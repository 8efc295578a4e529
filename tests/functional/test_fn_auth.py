"""Login and logout, the session cookie's flags, throttling of failed logins, safe redirects."""

from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
import transaction
from conftest import PASSWORDS, SETTINGS, csrf_from, login
from webtest import TestApp

from portal import main
from portal.resources import open_site
from portal.security import SESSION_COOKIE
from portal.security import throttle as throttle_module


def browser(wsgi_app, address="10.0.0.7"):
    return TestApp(wsgi_app, extra_environ={"REMOTE_ADDR": address})


def try_login(testapp, user, password, came_from=None, status=None):
    page = testapp.get("/dang-nhap" + (f"?came_from={came_from}" if came_from else ""))
    form = page.forms["deform"]
    form["login"] = user
    form["password"] = password
    return form.submit("signin", status=status)


@pytest.fixture
def clock(monkeypatch):
    """A settable clock for the throttle only: `clock.now += 301`."""
    state = SimpleNamespace(now=1_000_000.0)
    monkeypatch.setattr(throttle_module, "time", SimpleNamespace(time=lambda: state.now))
    return state


def session_cookie_header(response):
    headers = [
        v
        for k, v in response.headerlist
        if k == "Set-Cookie" and v.startswith(SESSION_COOKIE + "=")
    ]
    assert headers, "no session cookie was set"
    return headers[-1]


def test_login_then_logout(wsgi_app, db):
    user = browser(wsgi_app)
    result = try_login(user, "bientap", PASSWORDS["bientap"], status=302)
    assert result.location == "http://localhost/"
    home = result.follow()
    assert "Lê Minh Biên" in home.text and "Đăng xuất" in home.text
    user.get("/tin-tuc/@@them?loai=NewsItem", status=200)
    out = user.post("/dang-xuat", {"csrf_token": csrf_from(home)}, status=302)
    assert out.location == "http://localhost/"
    after = user.get("/")
    assert "Lê Minh Biên" not in after.text
    assert "/dang-nhap" in user.get("/tin-tuc/@@them?loai=NewsItem", status=302).location


def test_logout_needs_csrf(browser_for):
    editor = browser_for("bientap")
    editor.post("/dang-xuat", {}, status=400)
    assert "Lê Minh Biên" in editor.get("/").text


def test_wrong_password_is_a_vietnamese_message(wsgi_app, db):
    result = try_login(browser(wsgi_app), "bientap", "sai-mat-khau", status=400)
    assert "Tên đăng nhập hoặc mật khẩu không đúng." in result.text
    result = try_login(browser(wsgi_app), "khong-co-ai", "sai-mat-khau", status=400)
    assert "Tên đăng nhập hoặc mật khẩu không đúng." in result.text


def test_empty_fields_redisplay_the_form(wsgi_app, db):
    result = try_login(browser(wsgi_app), "", "", status=200)
    assert "deform" in result.forms
    assert "Required" not in result.text


def test_session_cookie_is_httponly_and_samesite_lax(wsgi_app, db):
    result = try_login(browser(wsgi_app), "bientap", PASSWORDS["bientap"], status=302)
    header = session_cookie_header(result).lower()
    assert "httponly" in header
    assert "samesite=lax" in header
    assert "secure" not in header.replace("samesite", "")  # tests run without secure_cookies


def test_session_cookie_is_secure_when_configured(tmp_path):
    from content_types.principals import User
    from portal.security.passwords import hash_password

    settings = dict(SETTINGS, **{"portal.secure_cookies": "true"})
    settings["zodbconn.uri"] = f"file://{tmp_path}/Data.fs"
    secure_app = main({}, **settings)
    try:
        with open_site(secure_app.registry) as (root, request):
            root.principals.add_user(
                User("chinh", "Chính", "", hash_password("mat-khau-dai-du"), roles=())
            )
        over_https = TestApp(
            secure_app, extra_environ={"wsgi.url_scheme": "https", "HTTP_HOST": "localhost"}
        )
        result = try_login(over_https, "chinh", "mat-khau-dai-du", status=302)
        header = session_cookie_header(result).lower()
        assert "; secure" in header and "httponly" in header and "samesite=lax" in header
    finally:
        transaction.abort()
        secure_app.registry._zodb_databases[""].close()


def test_five_failures_lock_the_account_with_429(wsgi_app, db, clock):
    stranger = browser(wsgi_app, "203.0.113.5")
    for _ in range(5):
        try_login(stranger, "duyet", "doan-mo", status=400)
    locked = try_login(stranger, "duyet", PASSWORDS["duyet"], status=429)
    assert "Bạn đã nhập sai quá nhiều lần" in locked.text
    assert 0 < int(locked.headers["Retry-After"]) <= 300
    # another account from the same address is not locked by these five
    try_login(stranger, "canbo", PASSWORDS["canbo"], status=302)


def test_failures_across_many_accounts_lock_the_address(wsgi_app, db, clock):
    stranger = browser(wsgi_app, "203.0.113.9")
    for i in range(20):
        try_login(stranger, f"nguoi-{i}", "doan-mo", status=400)
    locked = try_login(stranger, "canbo", PASSWORDS["canbo"], status=429)
    assert int(locked.headers["Retry-After"]) > 0
    # the accounts themselves are free from elsewhere
    try_login(browser(wsgi_app, "198.51.100.1"), "canbo", PASSWORDS["canbo"], status=302)


def test_lock_expires_after_the_lock_period(wsgi_app, db, clock):
    user = browser(wsgi_app, "203.0.113.20")
    for _ in range(5):
        try_login(user, "congtac", "sai", status=400)
    try_login(user, "congtac", PASSWORDS["congtac"], status=429)
    clock.now += 200
    assert (
        int(try_login(user, "congtac", PASSWORDS["congtac"], status=429).headers["Retry-After"])
        <= 100
    )
    clock.now += 101
    try_login(user, "congtac", PASSWORDS["congtac"], status=302)


def test_stranger_cannot_lock_the_real_user_out(wsgi_app, db, clock):
    """A stranger's failures lock the stranger, not the real user on another address."""
    stranger = browser(wsgi_app, "203.0.113.66")
    for _ in range(5):
        try_login(stranger, "admin", "doan-mo", status=400)
    # attempts during the lock are answered 429 and do not extend it
    for _ in range(10):
        try_login(stranger, "admin", "doan-mo", status=429)
    try_login(browser(wsgi_app, "10.1.2.3"), "admin", PASSWORDS["admin"], status=302)


def test_persistent_attack_from_many_addresses_spares_known_addresses(wsgi_app, db, clock):
    """Failures from many addresses lock the account for new addresses only, cycle after cycle."""
    office = browser(wsgi_app, "10.9.9.9")
    try_login(office, "admin", PASSWORDS["admin"], status=302)
    for cycle in range(4):
        for n in range(10):
            try_login(browser(wsgi_app, f"203.0.113.{100 + n}"), "admin", "doan-mo", status=400)
        # a new address now waits for the lock, the office never does
        try_login(browser(wsgi_app, f"198.51.100.{cycle}"), "admin", PASSWORDS["admin"], status=429)
        try_login(browser(wsgi_app, "10.9.9.9"), "admin", PASSWORDS["admin"], status=302)
        clock.now += 301


def test_successful_login_clears_the_failures(wsgi_app, db, clock):
    user = browser(wsgi_app, "203.0.113.30")
    for _ in range(4):
        try_login(user, "canbo", "sai", status=400)
    try_login(user, "canbo", PASSWORDS["canbo"], status=302)
    other = browser(wsgi_app, "203.0.113.30")
    for _ in range(4):
        try_login(other, "canbo", "sai", status=400)
    try_login(other, "canbo", PASSWORDS["canbo"], status=302)


@pytest.mark.parametrize(
    "came_from",
    ["http://evil.example/", "//evil.example/x", "https:evil.example", "/\\evil.example"],
)
def test_came_from_to_another_host_is_not_followed(wsgi_app, db, came_from):
    result = try_login(
        browser(wsgi_app), "canbo", PASSWORDS["canbo"], came_from=came_from, status=302
    )
    # what a browser would make of it: backslashes count as slashes
    parts = urlsplit(result.location.replace("\\", "/"))
    assert (parts.scheme, parts.netloc) == ("http", "localhost")


def test_came_from_on_this_site_is_followed(wsgi_app, db):
    anon = browser(wsgi_app)
    to_login = anon.get("/tin-tuc/@@them?loai=NewsItem", status=302)
    result = anon.get(to_login.location)
    form = result.forms["deform"]
    form["login"] = "bientap"
    form["password"] = PASSWORDS["bientap"]
    done = form.submit("signin", status=302)
    assert done.location == "http://localhost/tin-tuc/@@them?loai=NewsItem"


@pytest.mark.parametrize(
    "path, status",
    [
        ("/", 200),
        ("/tin-tuc/", 200),
        ("/gioi-thieu/dieu-kien-tu-nhien", 200),
        ("/tim-kiem?q=hoi+nghi", 200),
        ("/khong-co", 404),
        ("/tin-tuc/@@them?loai=NewsItem", 302),
    ],
)
def test_anonymous_get_never_sets_a_cookie(app, path, status):
    first = app.get(path, status=status)
    second = app.get(path, status=status)
    for response in (first, second):
        assert "Set-Cookie" not in response.headers, (path, response.headers.get("Set-Cookie"))
    assert not app.cookies


def test_logged_in_user_keeps_working_after_login(wsgi_app, db):
    user = login(browser(wsgi_app), "duyet")
    assert user.cookies.get(SESSION_COOKIE)
    page = user.get("/tin-tuc/@@noi-dung")
    assert "Nội dung của" in page.text
