"""Browser test: an Editor writes a news item, a Reviewer publishes it, Anonymous finds it."""

import os
import threading
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

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
TITLE = "Khánh thành cầu Đồng Tâm mới"
LEAD = "Cây cầu mới nối hai bờ sông Ngọc, rút ngắn đường đến trường cho học sinh."
QUERY = "khanh thanh cau dong tam"


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


@pytest.fixture(scope="module")
def chromium_path():
    if not os.path.exists(CHROMIUM):
        reason = f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return CHROMIUM


@pytest.fixture(scope="module")
def portal_url(tmp_path_factory):
    """The demo portal served by waitress on a free loopback port, for this module."""
    where = tmp_path_factory.mktemp("browser-db")
    app = main({}, **settings_for(where))
    with open_site(app.registry) as (root, request):
        load_demo(request, root)
    server = waitress.create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, name="waitress", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}"
    server.task_dispatcher.shutdown()
    wasyncore.close_all(server._map)
    thread.join(timeout=5)
    for database in app.registry._zodb_databases.values():
        database.close()


@pytest.fixture
def page(chromium_path, portal_url):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS
        )
        context = browser.new_context(base_url=portal_url, locale="vi-VN")
        context.set_default_timeout(15_000)
        yield context.new_page()
        context.close()
        browser.close()


@contextmanager
def screenshot_on_failure(page, name):
    """Keep a picture of the page under test-artifacts/ when the block fails."""
    try:
        yield
    except BaseException:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        raise


def log_in(page, login):
    page.goto("/dang-nhap")
    page.get_by_label("Tên đăng nhập").fill(login)
    page.get_by_label("Mật khẩu").fill(f"{login}-matkhau")
    page.get_by_role("main").get_by_role("button", name="Đăng nhập").click()
    expect_text(page.get_by_role("banner"), "Đăng xuất")


def log_out(page):
    page.get_by_role("banner").get_by_role("button", name="Đăng xuất").click()
    expect_text(page.get_by_role("banner"), "Đăng nhập")


def expect_text(locator, text):
    from playwright.sync_api import expect

    expect(locator).to_contain_text(text)


def test_editor_writes_reviewer_publishes_anonymous_finds(page):
    with screenshot_on_failure(page, "publish-flow"):
        publish_flow(page)


def publish_flow(page):
    from playwright.sync_api import expect

    # The Editor writes the item in the news section and sends it for review.
    log_in(page, "bientap")
    page.goto("/tin-tuc/")
    add_menu = page.get_by_role("navigation", name="Thêm nội dung")
    add_menu.get_by_role("link", name="Tin bài").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thêm tin bài")
    page.get_by_label("Tiêu đề").fill(TITLE)
    page.get_by_label("Tóm tắt").fill(LEAD)
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.get_by_role("status")).to_contain_text("Đã thêm")
    expect(page.locator(".toolbar .state")).to_contain_text("Riêng tư")
    item_path = urlsplit(page.url).path
    assert item_path.startswith("/tin-tuc/khanh-thanh-cau-dong-tam-moi"), item_path
    page.get_by_role("button", name="Gửi duyệt", exact=True).click()
    expect(page.locator(".toolbar .state")).to_contain_text("Chờ duyệt")
    log_out(page)

    # Anonymous cannot see it yet.
    response = page.goto(item_path)
    assert urlsplit(response.url).path == "/dang-nhap", response.url

    # The Reviewer publishes it.
    log_in(page, "duyet")
    page.goto(item_path)
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    page.get_by_role("button", name="Đăng", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("Đã thực hiện")
    expect(page.locator(".toolbar .state")).to_contain_text("Đã đăng")
    log_out(page)

    # Anonymous sees it on the home page and finds it without diacritics.
    page.goto("/")
    expect(page.get_by_role("main").get_by_role("link", name=TITLE)).to_be_visible()
    page.get_by_role("searchbox", name="Tìm kiếm trên cổng").fill(QUERY)
    page.get_by_role("search").get_by_role("button", name="Tìm").click()
    page.wait_for_url("**/tim-kiem?q=*")
    results = page.get_by_role("main")
    expect(results.get_by_role("link", name=TITLE)).to_be_visible()
    # Phrase matches come first: the new item and the demo's older bridge story.
    first = results.get_by_role("list").first.get_by_role("listitem").first
    expect(first.get_by_role("link").first).to_contain_text("Khánh thành cầu Đồng Tâm")
