"""Browser test: an outgoing document of Sở Tư pháp goes from draft to dispatch, and
Sở Thông tin và Truyền thông registers the copy it receives and handles it to the end
(shared/DOMAIN.md, "Official documents").

Every step starts from the person's inbox (/noi-bo/@@cong-viec): one browser context
stands for the staff desk, where each person logs in, acts and logs out in turn.
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

from content_types.principals import User
from portal import content as api
from portal.demo import act_as
from portal.intranet import ensure_office
from portal.security.passwords import hash_password

# login → (agency, role granted on its office), as tests/test_intranet.py's `office`
STAFF = {
    "vanthu.stp": ("so-tu-phap", "Clerk"),
    "chuyenvien.hctp": ("so-tu-phap", "Officer"),
    "truongphong.hctp": ("so-tu-phap", "Officer"),
    "giamdoc.stp": ("so-tu-phap", "AgencyHead"),
    "chuyenvien.stttt": ("so-thong-tin-va-truyen-thong", "Officer"),
    "truongphong.bcvt": ("so-thong-tin-va-truyen-thong", "Officer"),
    "vanthu.stttt": ("so-thong-tin-va-truyen-thong", "Clerk"),
    "giamdoc.stttt": ("so-thong-tin-va-truyen-thong", "AgencyHead"),
}
# (office, unit name, title, abbreviation, members: the head first)
UNITS = (
    (
        "so-tu-phap",
        "hctp",
        "Phòng Hành chính tư pháp",
        "HCTP",
        ["truongphong.hctp", "chuyenvien.hctp"],
    ),
    (
        "so-thong-tin-va-truyen-thong",
        "bcvt",
        "Phòng Bưu chính, viễn thông",
        "BCVT",
        ["truongphong.bcvt", "chuyenvien.stttt"],
    ),
    ("so-thong-tin-va-truyen-thong", "tths", "Phòng Thông tin, báo chí", "TTBC", []),
)
TITLE = "Về việc rà soát thủ tục hành chính lĩnh vực hộ tịch (thử nghiệm trình duyệt)"
RECIPIENT = "Sở Thông tin và Truyền thông"
COMMENT = "Đã rà soát, báo cáo lãnh đạo sở."


def add_offices(root, request):
    """Both offices, their units and staff (`<login>-matkhau`); the offices' paths."""
    act_as(request, root.principals.users["admin"])
    offices = {}
    for login_name, (code, role) in STAFF.items():
        agency = root["danh-ba"][code]
        office = offices.get(code) or ensure_office(request, agency)
        offices[code] = office
        user = root.principals.add_user(
            User(
                login_name,
                login_name,
                f"{login_name}@x.hoabinhxanh.gov.vn",
                hash_password(f"{login_name}-matkhau"),
                agency=agency.uid,
            )
        )
        api.set_local_roles(request, office, user.principal, [role])
    for code, name, title, abbreviation, members in UNITS:
        unit = api.create(
            request,
            offices[code],
            "Unit",
            {"title": title, "abbreviation": abbreviation},
            name=name,
        )
        unit.members = members
        unit.head = members[0] if members else ""
    act_as(request, None)
    return {code: "/noi-bo/" + office.__name__ for code, office in offices.items()}


@pytest.fixture(scope="module")
def portal(tmp_path_factory):
    """The demo portal plus both offices: (base URL, {agency code: office path})."""
    with served_demo(tmp_path_factory.mktemp("browser-intranet-db"), add_offices) as served:
        yield served


@pytest.fixture
def new_page(browser, portal):  # noqa: F811  (browser is the imported fixture)
    contexts = []
    yield lambda: open_page(browser, portal[0], contexts)
    for context in contexts:
        context.close()


def from_inbox(page, title, step):
    """Open the inbox, check the document waits there for `step`, and open it."""
    page.goto("/noi-bo/@@cong-viec")
    expect(page.get_by_role("heading", level=1)).to_have_text("Công việc chờ tôi")
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name=title, exact=True))
    expect(row).to_have_count(1)
    expect(row).to_contain_text(step)
    row.get_by_role("link", name=title, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)


def take_step(page, title, comment=""):
    """Press a workflow button of the document's toolbar, with an optional comment."""
    if comment:
        page.get_by_label("Ghi chú").fill(comment)
    page.get_by_role("button", name=title, exact=True).click()
    expect(page.get_by_role("status").first).to_contain_text("Đã thực hiện")


def state_of(page):
    """The state shown in the toolbar (to those who may still act on the document)."""
    return page.locator(".toolbar .state")


def handed_on(page, office, title, state, incoming=False):
    """The document has left the user's inbox; the office's list shows its new state
    (the document's page shows no toolbar to someone who has nothing more to do)."""
    page.goto("/noi-bo/@@cong-viec")
    expect(page.get_by_role("heading", level=1)).to_have_text("Công việc chờ tôi")
    expect(page.get_by_role("link", name=title, exact=True)).to_have_count(0)
    page.goto(office + ("?loai=den" if incoming else ""))
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name=title, exact=True))
    expect(row).to_have_count(1)
    expect(row).to_contain_text(state)


def field(page, name):
    """The value of a document's field (`<dt>name</dt><dd>value</dd>`)."""
    return page.locator(f"dl.card-fields dt:text-is('{name}') + dd")


def test_outgoing_document_is_sent_received_and_handled(new_page, portal):
    page = new_page()
    with screenshot_on_failure({"staff": page}, "intranet-flow"):
        intranet_flow(page, portal[1])


def intranet_flow(page, offices):
    sender, receiver = offices["so-tu-phap"], offices["so-thong-tin-va-truyen-thong"]

    # The officer drafts a công văn to Sở TT&TT through the office's add form …
    log_in(page, "chuyenvien.hctp")
    page.goto(f"{sender}/@@them?loai=OutgoingDocument")
    form = page.locator("form#deform")
    form.get_by_label("Loại văn bản").select_option(label="Công văn")
    form.get_by_label("Trích yếu").fill(TITLE)
    form.get_by_label("Đơn vị soạn thảo").select_option(label="Phòng Hành chính tư pháp")
    form.get_by_label("Nơi nhận trên cổng").select_option(label=RECIPIENT)
    form.get_by_role("button", name="Lưu").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(state_of(page)).to_contain_text("Dự thảo")
    expect(field(page, "Số, ký hiệu")).to_have_text("chưa cấp số")
    expect(field(page, "Nơi nhận")).to_contain_text(RECIPIENT)
    # … and submits it from the inbox, where the draft waits for its author.
    from_inbox(page, TITLE, "Trình lãnh đạo đơn vị")
    take_step(page, "Trình lãnh đạo đơn vị")
    handed_on(page, sender, TITLE, "Chờ lãnh đạo đơn vị duyệt")
    log_out(page)

    # The unit head approves it; the agency head signs it.
    log_in(page, "truongphong.hctp")
    from_inbox(page, TITLE, "Duyệt, trình lãnh đạo cơ quan")
    take_step(page, "Duyệt, trình lãnh đạo cơ quan")
    handed_on(page, sender, TITLE, "Chờ lãnh đạo cơ quan ký")
    log_out(page)
    log_in(page, "giamdoc.stp")
    from_inbox(page, TITLE, "Ký ban hành")
    take_step(page, "Ký ban hành")
    handed_on(page, sender, TITLE, "Đã ký, chờ cấp số")
    log_out(page)

    # The clerk numbers it (a công văn: issuer - drafting unit) and dispatches it.
    log_in(page, "vanthu.stp")
    from_inbox(page, TITLE, "Cấp số, đăng ký")
    take_step(page, "Cấp số, đăng ký")
    expect(state_of(page)).to_contain_text("Đã cấp số, chờ phát hành")
    expect(field(page, "Số, ký hiệu")).to_have_text("01/STP-HCTP")
    take_step(page, "Phát hành")
    expect(state_of(page)).to_contain_text("Đã phát hành")  # the clerk files it later
    log_out(page)

    # Sở TT&TT's clerk finds the electronic copy, registers it and submits it.
    log_in(page, "vanthu.stttt")
    from_inbox(page, TITLE, "Vào sổ văn bản đến")
    expect(state_of(page)).to_contain_text("Chờ vào sổ")
    expect(field(page, "Số, ký hiệu văn bản")).to_have_text("01/STP-HCTP")
    expect(field(page, "Hình thức nhận")).to_have_text("Điện tử")
    take_step(page, "Vào sổ văn bản đến")
    expect(field(page, "Số đến")).to_have_text("01")
    take_step(page, "Trình lãnh đạo")
    handed_on(page, receiver, TITLE, "Chờ lãnh đạo phân công", incoming=True)
    log_out(page)

    # The agency head assigns a lead unit and a deadline, with the form.
    log_in(page, "giamdoc.stttt")
    from_inbox(page, TITLE, "Phân công xử lý")
    page.get_by_role("main").get_by_role("link", name="Phân công xử lý").click()
    form = page.locator("form#deform")
    form.get_by_label("Đơn vị chủ trì").select_option(label="Phòng Bưu chính, viễn thông")
    form.get_by_label("Thời hạn xử lý (ngày làm việc)").fill("3")
    form.get_by_label("Ý kiến chỉ đạo").fill("Phòng BCVT chủ trì, báo cáo trước hạn.")
    form.get_by_role("button", name="Lưu").click()
    expect(page.get_by_role("status").first).to_contain_text("Đã thực hiện")
    expect(field(page, "Đơn vị chủ trì")).to_have_text("Phòng Bưu chính, viễn thông")
    expect(field(page, "Hạn xử lý")).to_have_text(re.compile(r"\d{2}/\d{2}/\d{4}"))
    handed_on(page, receiver, TITLE, "Chờ đơn vị giao việc", incoming=True)
    log_out(page)

    # The lead unit's head gives it to an officer, with the form.
    log_in(page, "truongphong.bcvt")
    from_inbox(page, TITLE, "Giao chuyên viên xử lý")
    page.get_by_role("main").get_by_role("link", name="Giao chuyên viên").click()
    form = page.locator("form#deform")
    form.get_by_label("Chuyên viên xử lý").select_option("chuyenvien.stttt")
    form.get_by_role("button", name="Lưu").click()
    expect(page.get_by_role("status").first).to_contain_text("Đã thực hiện")
    expect(field(page, "Chuyên viên xử lý")).to_have_text("chuyenvien.stttt")
    handed_on(page, receiver, TITLE, "Đang xử lý", incoming=True)
    log_out(page)

    # The officer completes it with a report; it is handled.
    log_in(page, "chuyenvien.stttt")
    from_inbox(page, TITLE, "Hoàn thành xử lý")
    take_step(page, "Hoàn thành xử lý", COMMENT)
    handed_on(page, receiver, TITLE, "Đã xử lý xong", incoming=True)
    log_out(page)

    # The agency head reads the officer's report in the office's audit log.
    log_in(page, "giamdoc.stttt")
    page.goto(f"{receiver}/@@nhat-ky")
    newest = page.get_by_role("main").get_by_role("row").filter(has_text=TITLE).first
    expect(newest).to_contain_text("Hoàn thành xử lý")
    expect(newest).to_contain_text(COMMENT)
    log_out(page)
