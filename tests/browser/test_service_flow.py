"""Browser test: a citizen applies online, the one-stop desk and the agency carry the
application to its result, and the public statistics count it.

Two browser contexts stand for two people: the citizen (anonymous, whose session
remembers the codes it proved) and the staff desk, where motcua.stp, chuyenvien.stp
and lanhdao.stp of Sở Tư pháp log in in turn.
"""

import re

import pytest
from browser_support import (  # noqa: F401  (browser, chromium_path: fixtures)
    browser,
    chromium_path,
    expect,
    log_in,
    log_out,
    open_page,
    screenshot_on_failure,
    served_demo,
)

from portal import content as api
from portal.demo import act_as

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
    """The demo portal plus the test's procedure: (base URL, title of Sở Tư pháp)."""
    with served_demo(tmp_path_factory.mktemp("browser-services-db"), add_procedure) as served:
        yield served


@pytest.fixture
def new_page(browser, portal):  # noqa: F811  (browser is the imported fixture)
    """`new_page()`: a page in a browser context of its own (one person's cookies)."""
    contexts = []
    yield lambda: open_page(browser, portal[0], contexts)
    for context in contexts:
        context.close()


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
    expect(tabs.get_by_role("link", name="Chờ tôi xử lý")).to_have_attribute("aria-current", "page")
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
