"""Browser test: an Editor writes a news item, a Reviewer publishes it, Anonymous finds it."""

from urllib.parse import urlsplit

import pytest
from browser_support import (  # noqa: F401  (browser, chromium_path: fixtures)
    browser,
    chromium_path,
    log_in,
    log_out,
    open_page,
    screenshot_on_failure,
    served_demo,
)

TITLE = "Khánh thành cầu Đồng Tâm mới"
LEAD = "Cây cầu mới nối hai bờ sông Ngọc, rút ngắn đường đến trường cho học sinh."
QUERY = "khanh thanh cau dong tam"


@pytest.fixture(scope="module")
def portal_url(tmp_path_factory):
    """The demo portal served by waitress on a free loopback port, for this module."""
    with served_demo(tmp_path_factory.mktemp("browser-db")) as (url, _extra):
        yield url


@pytest.fixture
def page(browser, portal_url):  # noqa: F811  (browser is the imported fixture)
    contexts = []
    yield open_page(browser, portal_url, contexts)
    for context in contexts:
        context.close()


def expect_text(locator, text):
    from playwright.sync_api import expect

    expect(locator).to_contain_text(text)


def test_editor_writes_reviewer_publishes_anonymous_finds(page):
    with screenshot_on_failure({"editor": page}, "publish-flow"):
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
