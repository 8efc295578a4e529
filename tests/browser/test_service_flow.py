"""Browser test: a citizen applies online, the one-stop desk and the agency carry the
application to its result, and the public statistics count it.

Two browser contexts stand for two people: the citizen (anonymous, whose session
remembers the codes it proved) and the staff desk, where motcua.stp, chuyenvien.stp
and lanhdao.stp of Sở Tư pháp log in in turn.
"""

import os
import re
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
import waitress
from waitress import wasyncore

from portal import content as api
from portal import main
from portal.demo import act_as, load_demo
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

PROCEDURE_NAME = "chung-thuc-thu-nghiem"
PROCEDURE = {
    "code": "1.999001",
    "title": "Cấp bản sao trích lục hộ tịch (thử nghiệm trình duyệt)",
    "description": "Thủ tục chỉ dùng cho bài kiểm thử trên trình duyệt.",
    "decision": "",
    "level": "province",
    "field": "Hộ tịch",
    "steps": "Nộp hồ sơ trực tuyến.\nNhận kết quả.",
    "channels": [{"channel": "online", "days": 5, "fee": "Không"}],
    "papers": [
        {
            "name": "Tờ khai cấp bản sao trích lục",
            "originals": 1,
            "copies": 0,
            "optional": False,
            "template": "",
        }
    ],
    "applicants": "Công dân",
    "deciding": "",
    "desk": "",  # Sở Tư pháp's own desk receives
    "coordinating": [],
    "where": "Sở Tư pháp",
    "result": "Bản sao trích lục hộ tịch",
    "legal_basis": [],
    "conditions": "",
    "online_level": 4,
    "online_scope": "full",
    "cases": [],
}
APPLICANT = {
    "name": "Hoàng Thị Thử Nghiệm",
    "id_number": "001190012345",
    "phone": "0912 345 678",
    "email": "thu.nghiem@example.vn",
    "address": "Số 12 đường Trần Hưng Đạo, thành phố Hòa Bình Xanh",
}
REQUEST_COMMENT = "Xin bổ sung bản sao giấy khai sinh của người được cấp trích lục."
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


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


def add_procedure(root, request):
    """A published, fully online procedure carried out (and received) by Sở Tư pháp."""
    act_as(request, root.principals.users["admin"])
    agency = root["danh-ba"]["so-tu-phap"]
    values = dict(PROCEDURE, executing=[agency.uid])
    procedure = api.create(request, root["dich-vu-cong"], "Procedure", values, PROCEDURE_NAME)
    api.transition(request, procedure, "publish")
    act_as(request, None)
    return agency.title


@pytest.fixture(scope="module")
def portal(tmp_path_factory):
    """The demo portal plus the test's procedure, served by waitress on a free port:
    (base URL, title of Sở Tư pháp)."""
    where = tmp_path_factory.mktemp("browser-services-db")
    app = main({}, **settings_for(where))
    with open_site(app.registry) as (root, request):
        load_demo(request, root)
        agency_title = add_procedure(root, request)
    server = waitress.create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, name="waitress", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}", agency_title
    server.task_dispatcher.shutdown()
    wasyncore.close_all(server._map)
    thread.join(timeout=5)
    for database in app.registry._zodb_databases.values():
        database.close()


@pytest.fixture
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        launched = pw.chromium.launch(
            executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()


@pytest.fixture
def new_page(browser, portal):
    """`new_page()`: a page in a browser context of its own (one person's cookies)."""
    contexts = []

    def make():
        context = browser.new_context(base_url=portal[0], locale="vi-VN")
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


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


def take_step(page, title, comment=""):
    """Press a workflow button of the application's toolbar, with an optional comment."""
    if comment:
        page.get_by_label("Ghi chú").fill(comment)
    page.get_by_role("button", name=title, exact=True).click()
    expect(page.get_by_role("status").first).to_contain_text("Đã thực hiện")


def state_of(page):
    return page.locator(".toolbar .state")


def figures_of(page, agency_title):
    """The agency's counts in the per-agency table of /thong-ke: {column title: int}."""
    page.goto("/thong-ke")
    expect(page.get_by_role("heading", level=1)).to_have_text("Thống kê giải quyết hồ sơ")
    region = page.get_by_role("region", name="Theo cơ quan giải quyết")
    table = region.get_by_role("table")
    headers = [h.strip() for h in table.get_by_role("columnheader").all_inner_texts()]
    row = table.get_by_role("row").filter(
        has=page.get_by_role("rowheader", name=agency_title, exact=True)
    )
    if row.count() == 0:
        return dict.fromkeys(headers[1:], 0)
    cells = [c.strip() for c in row.get_by_role("cell").all_inner_texts()]
    return {h: int(c) if c.isdigit() else c for h, c in zip(headers[1:], cells, strict=False)}


def test_citizen_applies_desk_and_agency_return_the_result(new_page, portal, tmp_path):
    citizen, staff = new_page(), new_page()
    with screenshot_on_failure({"citizen": citizen, "staff": staff}, "service-flow"):
        service_flow(citizen, staff, portal[1], tmp_path)


def service_flow(citizen, staff, agency_title, tmp_path):
    form = tmp_path / "to-khai.pdf"
    form.write_bytes(PDF)
    extra = tmp_path / "giay-khai-sinh.pdf"
    extra.write_bytes(PDF.replace(b"Catalog", b"Catalog /Lang (vi)"))
    before = figures_of(citizen, agency_title)

    # The citizen finds the procedure in the catalog and applies online.
    citizen.goto("/dich-vu-cong?cap=province&truc-tuyen=full")
    citizen.get_by_role("main").get_by_role("link", name=PROCEDURE["title"]).click()
    expect(citizen.get_by_role("heading", level=1)).to_have_text(PROCEDURE["title"])
    citizen.get_by_role("link", name="Nộp hồ sơ trực tuyến").click()
    expect(citizen.get_by_role("heading", level=1)).to_have_text(PROCEDURE["title"])
    citizen.get_by_label("Họ và tên người nộp").fill(APPLICANT["name"])
    citizen.get_by_label("Số định danh cá nhân").fill(APPLICANT["id_number"])
    citizen.get_by_label("Số điện thoại").fill(APPLICANT["phone"])
    citizen.get_by_label("Thư điện tử").fill(APPLICANT["email"])
    citizen.get_by_label("Địa chỉ liên hệ").fill(APPLICANT["address"])
    citizen.get_by_label(PROCEDURE["papers"][0]["name"]).set_input_files(str(form))
    citizen.get_by_role("button", name="Kiểm tra").click()

    # The summary repeats what was filled and the file; then the citizen submits.
    expect(citizen.get_by_role("heading", level=1)).to_have_text("Kiểm tra trước khi nộp")
    main = citizen.get_by_role("main")
    expect(main).to_contain_text(APPLICANT["name"])
    expect(main).to_contain_text(APPLICANT["id_number"])
    papers = main.get_by_role("table", name="Giấy tờ đã tải lên")
    expect(papers.get_by_role("row", name=PROCEDURE["papers"][0]["name"])).to_contain_text(
        "to-khai.pdf"
    )
    main.get_by_role("button", name="Nộp hồ sơ").click()

    # The receipt gives the application's code.
    citizen.wait_for_url("**/bien-nhan?ma=*")
    expect(citizen.get_by_role("heading", level=1)).to_contain_text("GIẤY TIẾP NHẬN HỒ SƠ")
    code = citizen.get_by_role("main").locator("code").first.inner_text().strip()
    assert re.fullmatch(r"[0-9.]+\.H\d+-\d{6}-\d{4}", code), code
    assert citizen.url.endswith(f"ma={code}"), citizen.url
    application = f"/dich-vu-cong/ho-so/{code}"

    # The desk officer finds it waiting for them and asks for one more paper.
    log_in(staff, "motcua.stp")
    staff.goto("/dich-vu-cong/ho-so")
    tabs = staff.get_by_role("navigation", name="Danh sách hồ sơ")
    expect(tabs.get_by_role("link", name="Chờ tôi xử lý")).to_have_attribute(
        "aria-current", "page"
    )
    waiting = staff.get_by_role("main").get_by_role("table")
    row = waiting.get_by_role("row").filter(has=staff.get_by_role("link", name=code))
    expect(row).to_contain_text(APPLICANT["name"])
    expect(row).to_contain_text("Chờ tiếp nhận")
    row.get_by_role("link", name=code).click()
    staff.wait_for_url(re.compile(re.escape(application) + "/?$"))
    expect(staff.get_by_role("heading", level=1)).to_contain_text(code)
    expect(state_of(staff)).to_contain_text("Chờ tiếp nhận")
    take_step(staff, "Yêu cầu bổ sung giấy tờ", REQUEST_COMMENT)
    expect(state_of(staff)).to_contain_text("Yêu cầu bổ sung")
    log_out(staff)

    # The citizen looks the application up by code and phone and sends the paper.
    citizen.goto("/tra-cuu")
    citizen.get_by_label("Mã hồ sơ").fill(code)
    citizen.get_by_label("Số điện thoại hoặc thư điện tử").fill(APPLICANT["phone"])
    citizen.get_by_role("button", name="Tra cứu").click()
    expect(citizen.get_by_role("heading", level=1)).to_contain_text(code)
    supply = citizen.get_by_role("region", name="Cơ quan yêu cầu bổ sung giấy tờ")
    expect(supply).to_contain_text(REQUEST_COMMENT)
    supply.get_by_label("Tệp bổ sung 1").set_input_files(str(extra))
    supply.get_by_label("Ghi chú gửi cơ quan").fill("Xin gửi bản sao giấy khai sinh.")
    supply.get_by_role("button", name="Gửi").click()
    expect(citizen.get_by_role("status").first).to_contain_text("Đã gửi giấy tờ bổ sung")
    expect(citizen.get_by_role("main")).to_contain_text("Đã gửi bổ sung")
    expect(citizen.get_by_role("region", name="Giấy tờ đã nộp")).to_contain_text(
        "giay-khai-sinh.pdf"
    )

    # The desk officer receives it again.
    log_in(staff, "motcua.stp")
    staff.goto(application)
    expect(state_of(staff)).to_contain_text("Đã gửi bổ sung")
    take_step(staff, "Tiếp nhận")
    expect(state_of(staff)).to_contain_text("Đã tiếp nhận")
    log_out(staff)

    # The officer processes it and proposes the result; the head approves it.
    log_in(staff, "chuyenvien.stp")
    staff.goto(application)
    take_step(staff, "Bắt đầu xử lý")
    expect(state_of(staff)).to_contain_text("Đang xử lý")
    take_step(staff, "Trình lãnh đạo duyệt")
    expect(state_of(staff)).to_contain_text("Chờ lãnh đạo duyệt")
    log_out(staff)
    log_in(staff, "lanhdao.stp")
    staff.goto(application)
    take_step(staff, "Duyệt kết quả")
    expect(state_of(staff)).to_contain_text("Chờ trả kết quả")
    log_out(staff)

    # The desk officer returns the result.
    log_in(staff, "motcua.stp")
    staff.goto(application)
    take_step(staff, "Trả kết quả")
    expect(state_of(staff)).to_contain_text("Đã trả kết quả")
    log_out(staff)

    # The citizen's tracking page shows the result returned.
    citizen.goto(f"/tra-cuu?ma={code}")
    expect(citizen.get_by_role("heading", level=1)).to_contain_text(code)
    expect(citizen.get_by_role("main").locator(".badge")).to_have_text("Đã trả kết quả")

    # The statistics count one more application of Sở Tư pháp, finished in time.
    after = figures_of(staff, agency_title)
    assert after["Tiếp nhận"] == before["Tiếp nhận"] + 1, (before, after)
    in_time = (after["Trước hạn"] - before["Trước hạn"], after["Đúng hạn"] - before["Đúng hạn"])
    assert sorted(in_time) == [0, 1], (before, after)
    assert after["Trễ hạn"] == before["Trễ hạn"], (before, after)
