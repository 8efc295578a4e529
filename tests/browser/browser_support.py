"""What every browser test shares (imported by each; fixtures included): Debian's chromium (a failure in CI when it is
missing), the demo portal served by waitress, a context per person, log in and out."""

import os
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
import waitress
from waitress import wasyncore

from portal import main
from portal.demo import load_demo
from portal.resources import open_site

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def settings_for(where):
    """Test-like settings, but on a real FileStorage that waitress threads can share."""
    return {
        "zodbconn.uri": f"file://{where}/Data.fs?blobstorage_dir={where}/blobs",
        "retry.attempts": "3",
        "tm.manager_hook": "pyramid_tm.explicit_manager",
        "portal.title": "Cổng thông tin điện tử tỉnh Hòa Bình Xanh",
        "portal.session_secret": "browser-test-secret",
        "portal.mailer": "testing",
        "portal.upload_max_bytes": str(2 * 1024 * 1024),
        "portal.page_cache": "true",
        "pyramid.default_locale_name": "vi",
    }


@contextmanager
def served_demo(where, prepare=None):
    """The demo portal (plus what `prepare(root, request)` adds) served by waitress on a
    free loopback port: yields (base URL, what `prepare` returned)."""
    app = main({}, **settings_for(where))
    with open_site(app.registry) as (root, request):
        load_demo(request, root, intranet=False)  # each test adds the offices it needs
        extra = prepare(root, request) if prepare else None
    server = waitress.create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, name="waitress", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}", extra
    finally:
        server.task_dispatcher.shutdown()
        wasyncore.close_all(server._map)
        thread.join(timeout=5)
        for database in app.registry._zodb_databases.values():
            database.close()


@pytest.fixture(scope="module")
def chromium_path():
    if not os.path.exists(CHROMIUM):
        reason = f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return CHROMIUM


@pytest.fixture
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        launched = pw.chromium.launch(
            executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()


def open_page(browser, base_url, contexts):
    """A page in a browser context of its own (one person's cookies)."""
    context = browser.new_context(base_url=base_url, locale="vi-VN")
    context.set_default_timeout(15_000)
    contexts.append(context)
    return context.new_page()


@contextmanager
def screenshot_on_failure(pages, name):
    """Keep a picture of each page under test-artifacts/ when the block fails."""
    try:
        yield
    except BaseException:
        ARTIFACTS.mkdir(exist_ok=True)
        for who, page in pages.items():
            if not page.is_closed():
                page.screenshot(path=str(ARTIFACTS / f"{name}-{who}.png"), full_page=True)
        raise


def expect(locator):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def log_in(page, login):
    page.goto("/dang-nhap")
    page.get_by_label("Tên đăng nhập").fill(login)
    page.get_by_label("Mật khẩu").fill(f"{login}-matkhau")
    page.get_by_role("main").get_by_role("button", name="Đăng nhập").click()
    expect(page.get_by_role("banner")).to_contain_text("Đăng xuất")


def log_out(page):
    page.get_by_role("banner").get_by_role("button", name="Đăng xuất").click()
    expect(page.get_by_role("banner")).to_contain_text("Đăng nhập")
