"""The intranet's outgoing documents: offices and their roles, the route from draft
to filing, and register numbers (shared/DOMAIN.md, "Official documents")."""

import re
import threading
from datetime import date
from types import SimpleNamespace

import pytest
from conftest import csrf_from, login
from webtest import TestApp

from content_types.principals import User
from portal import content as api
from portal.demo import act_as
from portal.intranet import ensure_office
from portal.security.passwords import hash_password

# login → (agency, role granted on its office)
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


@pytest.fixture
def office(site):
    """Sở Tư pháp's office with unit HCTP (its head truongphong.hctp), its staff, and
    an office for Sở TT&TT whose officer must see nothing of it."""
    with site() as (root, request):
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
        unit = api.create(
            request,
            offices["so-tu-phap"],
            "Unit",
            {"title": "Phòng Hành chính tư pháp", "abbreviation": "HCTP"},
            name="hctp",
        )
        unit.members = ["chuyenvien.hctp", "truongphong.hctp"]
        unit.head = "truongphong.hctp"
        for office_code, name, title, abbreviation, members in (
            (
                "so-thong-tin-va-truyen-thong",
                "bcvt",
                "Phòng Bưu chính, viễn thông",
                "BCVT",
                ["truongphong.bcvt", "chuyenvien.stttt"],
            ),
            ("so-thong-tin-va-truyen-thong", "tths", "Phòng Thông tin, báo chí", "TTBC", []),
        ):
            other = api.create(
                request,
                offices[office_code],
                "Unit",
                {"title": title, "abbreviation": abbreviation},
                name=name,
            )
            other.members = members
            other.head = members[0] if members else ""
        return "/noi-bo/" + offices["so-tu-phap"].__name__


def staff(wsgi_app, who):
    browser = TestApp(wsgi_app, extra_environ={"REMOTE_ADDR": "10.0.4.1"})
    return login(browser, who, f"{who}-matkhau")


def draft(site, office, title="Về việc rà soát thủ tục", **values):
    """A draft by chuyenvien.hctp, through the content API; its path."""
    with site() as (root, request):
        act_as(request, root.principals.users["chuyenvien.hctp"])
        container = root["noi-bo"][office.rsplit("/", 1)[1]]
        values = {"title": title, "unit": "hctp", "doc_type": "CV", **values}
        doc = api.create(request, container, "OutgoingDocument", values)
        return f"{office}/{doc.__name__}"


def set_state(site, path, state):
    with site() as (root, _request):
        node = root
        for name in path.strip("/").split("/"):
            node = node[name]
        node.workflow_state = state


def document(site, path):
    with site() as (root, _request):
        node = root
        for name in path.strip("/").split("/"):
            node = node[name]
        return {
            "state": node.workflow_state,
            "number": node.number,
            "symbol": node.symbol,
            "year": node.year,
        }


def act(browser, path, transition, comment="", status=302):
    token = csrf_from(browser.get(path))
    return browser.post(
        f"{path}/@@chuyen",
        {"transition": transition, "comment": comment, "csrf_token": token},
        status=status,
    )


def test_anonymous_visitors_reach_only_the_login_page(app, office):
    for path in ("/noi-bo", office, office + "/hctp"):
        assert "/dang-nhap" in app.get(path, status=302).location


def test_only_the_agency_head_adds_units_and_only_the_clerk_registers_incoming(wsgi_app, office):
    officer, clerk = staff(wsgi_app, "chuyenvien.hctp"), staff(wsgi_app, "vanthu.stp")
    director = staff(wsgi_app, "giamdoc.stp")
    for who, unit, incoming in ((officer, 403, 403), (clerk, 403, 200), (director, 200, 403)):
        who.get(office + "/@@them?loai=Unit", status=unit)
        who.get(office + "/@@them?loai=IncomingDocument", status=incoming)
        who.get(office + "/@@them?loai=OutgoingDocument", status=200)
    menu = officer.get(office).text
    assert "loai=OutgoingDocument" in menu
    assert "loai=Unit" not in menu and "loai=IncomingDocument" not in menu
    form = officer.get(office + "/@@them?loai=OutgoingDocument").forms["deform"]
    token = form["csrf_token"].value
    officer.post(
        office + "/@@them?loai=Unit",
        {"title": "Phòng tự lập", "abbreviation": "TL", "csrf_token": token, "save": "1"},
        status=403,
    )
    assert "Phòng tự lập" not in director.get(office).text


def test_another_agency_sees_nothing_of_the_office(wsgi_app, site, office):
    path = draft(site, office)
    other = staff(wsgi_app, "chuyenvien.stttt")
    other.get(office, status=403)
    other.get(path, status=403)
    assert "Sở Tư pháp" not in other.get("/noi-bo").text


def submit_outgoing(browser, office, title, **fields):
    """The add form of an outgoing document of HCTP, filled and saved: the answer."""
    form = browser.get(office + "/@@them?loai=OutgoingDocument").forms["deform"]
    for name, value in {"title": title, "unit": "hctp", **fields}.items():
        form[name] = value
    return form.submit("save")


def test_an_officer_drafts_through_the_form(wsgi_app, site, office):
    officer = staff(wsgi_app, "chuyenvien.hctp")
    title = "Kế hoạch kiểm tra công tác hộ tịch năm 2027"
    page = submit_outgoing(officer, office, title, doc_type="KH").follow()
    assert "chưa cấp số" in page.text and "Dự thảo" in page.text


def test_the_whole_route_gives_the_number_only_after_signing(wsgi_app, site, office):
    path = draft(site, office)
    officer, head = staff(wsgi_app, "chuyenvien.hctp"), staff(wsgi_app, "truongphong.hctp")
    director, clerk = staff(wsgi_app, "giamdoc.stp"), staff(wsgi_app, "vanthu.stp")
    act(officer, path, "submit")
    act(head, path, "unit_approve")
    act(clerk, path, "number")  # not signed yet: refused
    assert document(site, path)["number"] is None
    act(director, path, "sign")
    act(clerk, path, "number")
    numbered = document(site, path)
    assert numbered["state"] == "numbered" and numbered["number"] == 1
    assert numbered["symbol"] == "01/STP-HCTP"  # công văn: issuer - drafting unit
    act(clerk, path, "dispatch")
    act(clerk, path, "file")
    assert document(site, path)["state"] == "filed"
    assert "01/STP-HCTP" in clerk.get(office).text


# Who may take each transition of the outgoing flow, from its source state.
ROUTE = {
    "submit": ("draft", {"chuyenvien.hctp"}),
    "unit_approve": ("unit_review", {"truongphong.hctp"}),
    "unit_return": ("unit_review", {"truongphong.hctp"}),
    "sign": ("approval", {"giamdoc.stp"}),
    "head_return": ("approval", {"giamdoc.stp"}),
    "number": ("signed", {"vanthu.stp"}),
    "dispatch": ("numbered", {"vanthu.stp"}),
    "file": ("dispatched", {"vanthu.stp"}),
    "cancel": ("numbered", {"vanthu.stp", "giamdoc.stp"}),
}


@pytest.mark.parametrize("transition", sorted(ROUTE))
def test_each_transition_only_for_its_role(wsgi_app, site, office, transition):
    source, allowed = ROUTE[transition]
    path = draft(site, office)
    set_state(site, path, source)
    browsers = {who: staff(wsgi_app, who) for who in STAFF if STAFF[who][0] == "so-tu-phap"}
    for who, browser in browsers.items():
        if who not in allowed:
            act(browser, path, transition, "lý do")
            assert document(site, path)["state"] == source, who
    act(browsers[sorted(allowed)[0]], path, transition, "lý do")
    assert document(site, path)["state"] != source


def test_returning_a_draft_needs_a_comment(wsgi_app, site, office):
    path = draft(site, office)
    set_state(site, path, "unit_review")
    page = act(staff(wsgi_app, "truongphong.hctp"), path, "unit_return", "").follow()
    assert "cần ghi rõ lý do" in page.text and document(site, path)["state"] == "unit_review"


def numbered(wsgi_app, site, office, **values):
    path = draft(site, office, **values)
    set_state(site, path, "signed")
    act(staff(wsgi_app, "vanthu.stp"), path, "number")
    return document(site, path)


def test_symbols_books_and_years(wsgi_app, site, office):
    """DOMAIN.md "Number and symbol": one sequence per agency, year and book; the year
    appears only in a legal normative document's symbol; at least two digits."""
    year = date.today().year
    first = numbered(wsgi_app, site, office, doc_type="QĐ")
    legal = numbered(wsgi_app, site, office, doc_type="QĐ", legal=True)
    second = numbered(wsgi_app, site, office, doc_type="KH")
    assert first["symbol"] == "01/QĐ-STP"
    assert legal["symbol"] == f"01/{year}/QĐ-STP"  # its own book starts at 01
    assert second["symbol"] == "02/KH-STP"
    path = draft(site, office, doc_type="TB")
    set_state(site, path, "signed")
    clerk = staff(wsgi_app, "vanthu.stp")
    clerk.extra_environ["portal.today"] = date(year + 1, 1, 2)
    act(clerk, path, "number")
    assert document(site, path)["symbol"] == "01/TB-STP"  # a new year starts at 01
    assert document(site, path)["year"] == year + 1


def test_a_retried_request_gets_the_same_number(site, office):
    with site() as (root, _request):
        office_obj = root["noi-bo"][office.rsplit("/", 1)[1]]
        first = office_obj.reserve_number("uid-a", 2026, "other")
        again = office_obj.reserve_number("uid-a", 2026, "other")
        other = office_obj.reserve_number("uid-b", 2026, "other")
    assert first == again == 1 and other == 2


def test_eight_clerks_number_at_once_without_gap_or_duplicate(wsgi_app, site, office):
    paths = [draft(site, office, title=f"Công văn số thứ {n}") for n in range(16)]
    for path in paths:
        set_state(site, path, "signed")
    clerks = [staff(wsgi_app, "vanthu.stp") for _ in range(8)]
    tokens = [csrf_from(c.get(office)) for c in clerks]
    retries = []

    def work(clerk, token, mine):
        for path in mine:
            while True:
                answer = clerk.post(
                    f"{path}/@@chuyen",
                    {"transition": "number", "comment": "", "csrf_token": token},
                    status="*",
                )
                if answer.status_int != 409:
                    assert answer.status_int == 302
                    break
                retries.append(path)

    threads = [
        threading.Thread(target=work, args=(clerk, token, paths[i::8]))
        for i, (clerk, token) in enumerate(zip(clerks, tokens, strict=True))
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    numbers = sorted(document(site, p)["number"] for p in paths)
    assert numbers == list(range(1, 17))


def test_a_numbered_document_cannot_be_deleted(wsgi_app, site, office):
    path = draft(site, office)
    set_state(site, path, "signed")
    clerk = staff(wsgi_app, "vanthu.stp")
    act(clerk, path, "number")
    clerk.get(f"{path}/@@xoa", status=403)
    admin = login(TestApp(wsgi_app), "quantri")
    admin.get(f"{path}/@@xoa", status=403)
    page = act(clerk, path, "cancel", "").follow()
    assert "cần ghi rõ lý do" in page.text
    act(clerk, path, "cancel", "Ban hành nhầm đối tượng")
    state = document(site, path)
    assert state["state"] == "cancelled" and state["number"] == 1


def test_desk_roles_on_offices_are_granted_there_only(site, office):
    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        with pytest.raises(api.ContentError):
            api.set_local_roles(request, root["tin-tuc"], "user:canbo", ["Clerk"])


def test_intranet_pages_are_accessible(wsgi_app, site, office):
    from test_i18n_a11y import assert_accessible

    path = draft(site, office)
    clerk = staff(wsgi_app, "chuyenvien.hctp")
    for page in ("/noi-bo", office, path):
        assert_accessible(clerk.get(page))
    assert re.search(r"<h1>", clerk.get(path).text)


# --- incoming documents ------------------------------------------------------------------


def sent_to_stttt(wsgi_app, site, office, **values):
    """An outgoing document of Sở Tư pháp addressed to Sở TT&TT, numbered and
    dispatched; (its path, the path of the incoming copy or None)."""
    with site() as (root, _request):
        stttt = root["danh-ba"]["so-thong-tin-va-truyen-thong"].uid
    path = draft(site, office, recipients=[stttt], recipients_text="Lưu: VT, HCTP.", **values)
    set_state(site, path, "signed")
    clerk = staff(wsgi_app, "vanthu.stp")
    act(clerk, path, "number")
    act(clerk, path, "dispatch")
    with site() as (root, _request):
        copies = [d for d in root["noi-bo"]["stttt"].values() if getattr(d, "source_symbol", None)]
        match = [
            d
            for d in copies
            if d.source_uid and d.title == values.get("title", "Về việc rà soát thủ tục")
        ]
        return path, (f"/noi-bo/stttt/{match[0].__name__}" if match else None)


def incoming(site, path):
    """What the test checks of an incoming document, read in its own transaction."""
    with site() as (root, _request):
        node = root
        for name in path.strip("/").split("/"):
            node = node[name]
        fields = ("workflow_state", "electronic", "source_symbol", "number", "lead_unit")
        fields += ("deadline", "finished_on")
        found = SimpleNamespace(**{f: getattr(node, f) for f in fields})
        found.history = [dict(e) for e in node.history]
        return found


def test_sending_creates_the_incoming_entry_and_it_is_handled_to_the_end(wsgi_app, site, office):
    out_path, in_path = sent_to_stttt(wsgi_app, site, office)
    assert in_path, "the recipient's office got the document"
    doc = incoming(site, in_path)
    assert doc.workflow_state == "waiting" and doc.electronic and doc.source_symbol == "01/STP-HCTP"
    clerk = staff(wsgi_app, "vanthu.stttt")
    assert "Chờ vào sổ" in clerk.get("/noi-bo/stttt?loai=den").text
    act(clerk, in_path, "register")
    assert incoming(site, in_path).number == 1
    act(clerk, in_path, "submit")
    head = staff(wsgi_app, "giamdoc.stttt")
    act(head, in_path, "assign")  # the bare button: refused, the form is needed
    assert incoming(site, in_path).workflow_state == "to_head"
    form = head.get(in_path + "/@@phan-cong").forms["deform"]
    form["lead_unit"] = "bcvt"
    form.set("coordinating_units", ["tths"])
    form["days"] = "3"
    form.submit("save").follow()
    doc = incoming(site, in_path)
    assert doc.workflow_state == "assigned" and doc.lead_unit == "bcvt"
    assert doc.deadline == wsgi_app.registry.work_calendar.add_working_days(date.today(), 3)
    unit_head = staff(wsgi_app, "truongphong.bcvt")
    form = unit_head.get(in_path + "/@@giao-viec").forms["deform"]
    form["assignee"] = "chuyenvien.stttt"
    form.submit("save").follow()
    officer = staff(wsgi_app, "chuyenvien.stttt")
    act(officer, in_path, "complete", "Đã rà soát, báo cáo lãnh đạo sở.")
    doc = incoming(site, in_path)
    assert doc.workflow_state == "done" and doc.finished_on == date.today()
    actions = [e["action"] for e in doc.history]
    assert actions == ["create", "register", "submit", "assign", "assign_officer", "complete"]
    staff(wsgi_app, "vanthu.stp").get(in_path, status=403)  # the sender cannot enter


def test_confidential_documents_are_never_sent_electronically(wsgi_app, site, office):
    _path, in_path = sent_to_stttt(
        wsgi_app, site, office, title="Về công tác bảo vệ bí mật", confidentiality="secret"
    )
    assert in_path is None


@pytest.mark.parametrize(
    "transition, source, allowed",
    [
        ("register", "waiting", {"vanthu.stttt"}),
        ("refuse", "waiting", {"vanthu.stttt"}),
        ("submit", "registered", {"vanthu.stttt"}),
        ("complete", "in_progress", {"chuyenvien.stttt"}),
    ],
)
def test_each_incoming_transition_only_for_its_role(
    wsgi_app, site, office, transition, source, allowed
):
    _out, in_path = sent_to_stttt(wsgi_app, site, office)
    with site() as (root, _request):
        node = root["noi-bo"]["stttt"][in_path.rsplit("/", 1)[1]]
        node.workflow_state = source
        node.lead_unit, node.assignee = "bcvt", "chuyenvien.stttt"
        root.catalog.reindex(node, _request.registry)
    for who in ("vanthu.stttt", "giamdoc.stttt", "truongphong.bcvt", "chuyenvien.stttt"):
        if who not in allowed:
            browser = staff(wsgi_app, who)
            token = csrf_from(browser.get("/noi-bo"))
            browser.post(
                f"{in_path}/@@chuyen",
                {"transition": transition, "comment": "lý do", "csrf_token": token},
                status="*",
            )
            assert incoming(site, in_path).workflow_state == source, who
    act(staff(wsgi_app, sorted(allowed)[0]), in_path, transition, "lý do")
    assert incoming(site, in_path).workflow_state != source


# --- inbox and notices -------------------------------------------------------------------


def inbox(browser):
    return browser.get("/noi-bo/@@cong-viec").text


def outbox(wsgi_app):
    from pyramid_mailer.interfaces import IMailer

    return wsgi_app.registry.getUtility(IMailer).outbox


def test_each_step_lands_in_the_next_persons_inbox_and_mail(wsgi_app, site, office):
    path = draft(site, office, title="Về việc tổng kết công tác năm")
    title = "Về việc tổng kết công tác năm"
    officer, head = staff(wsgi_app, "chuyenvien.hctp"), staff(wsgi_app, "truongphong.hctp")
    director, clerk = staff(wsgi_app, "giamdoc.stp"), staff(wsgi_app, "vanthu.stp")
    assert title in inbox(officer)  # the draft waits for its author
    act(officer, path, "submit")
    assert title not in inbox(officer) and title in inbox(head)
    assert "Duyệt, trình lãnh đạo cơ quan" in inbox(head)
    assert any(
        "truongphong.hctp@" in m.recipients[0] and title in m.subject for m in outbox(wsgi_app)
    )
    act(head, path, "unit_approve")
    assert title not in inbox(head) and title in inbox(director)
    act(director, path, "sign")
    assert title in inbox(clerk) and "Cấp số, đăng ký" in inbox(clerk)
    assert title not in inbox(staff(wsgi_app, "vanthu.stttt"))


def test_the_inbox_is_kept_per_user_until_something_changes(wsgi_app, site, office):
    path = draft(site, office, title="Về việc giữ bản sao hộp việc")
    officer, head = staff(wsgi_app, "chuyenvien.hctp"), staff(wsgi_app, "truongphong.hctp")
    assert "Về việc giữ bản sao hộp việc" in inbox(officer)
    with site() as (root, _request):  # a change no event reports: the copy stays
        root["noi-bo"]["stp"][path.rsplit("/", 1)[1]].title = "Tiêu đề chưa báo"
    assert "Về việc giữ bản sao hộp việc" in inbox(officer)
    assert "Tiêu đề chưa báo" in inbox(staff(wsgi_app, "chuyenvien.hctp"))  # another session
    assert "Tiêu đề chưa báo" not in inbox(head)
    act(officer, path, "submit")  # the step bumps the counter: every copy is stale
    page = inbox(officer)
    assert "Tiêu đề chưa báo" not in page and "Đã thực hiện" in page  # its flash, once
    assert "Đã thực hiện" not in inbox(officer)
    assert "Tiêu đề chưa báo" in inbox(head)


def test_a_kept_register_is_never_shown_after_the_right_to_view_it_ends(wsgi_app, site, office):
    clerk = staff(wsgi_app, "vanthu.stp")
    register = office + "/@@so-van-ban-di"
    assert clerk.get(register).text == clerk.get(register).text
    with site() as (root, _request):  # no event: the counter stays, the check does not
        del root["noi-bo"]["stp"].local_roles["user:vanthu.stp"]
    clerk.get(register, status=403)


def test_a_desk_officer_who_also_drafts_finds_only_documents_in_the_inbox(wsgi_app, site, office):
    """The actors index also names the desk's applications; the inbox leaves them to
    the desk even when they come first by due date."""
    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        container = root["noi-bo"]["stp"]
        api.set_local_roles(request, container, "user:motcua.ttpvhcc", ["Officer"])
        act_as(request, root.principals.users["motcua.ttpvhcc"])
        api.create(request, container, "OutgoingDocument", {"title": "Về việc của bộ phận một cửa"})
        mine = root.catalog["actors"]._fwd_index.get("user:motcua.ttpvhcc")
        kinds = {root.catalog.get(docid).type_info.name for docid in mine}
    assert kinds == {"Application", "OutgoingDocument"}  # both wait for this person
    browser = TestApp(wsgi_app, extra_environ={"REMOTE_ADDR": "10.0.4.2"})
    page = inbox(login(browser, "motcua.ttpvhcc", "motcua.ttpvhcc-matkhau"))
    assert "Về việc của bộ phận một cửa" in page
    assert page.count("<tr class=") == 1


def test_incoming_inbox_flags_overdue_and_due_soon(wsgi_app, site, office):
    _out, in_path = sent_to_stttt(wsgi_app, site, office, title="Về việc báo cáo gấp")
    with site() as (root, request):
        node = root["noi-bo"]["stttt"][in_path.rsplit("/", 1)[1]]
        node.workflow_state, node.lead_unit = "in_progress", "bcvt"
        node.assignee, node.deadline = "chuyenvien.stttt", date(2020, 1, 2)
        root.catalog.reindex(node, request.registry)
    page = inbox(staff(wsgi_app, "chuyenvien.stttt"))
    assert re.search(r'<tr class="overdue">\s*<th scope="row"><a [^>]*>Về việc báo cáo gấp', page)


def test_changing_a_units_head_moves_its_drafts_to_the_new_head(wsgi_app, site, office):
    path = draft(site, office, title="Về việc đổi lãnh đạo phòng")
    act(staff(wsgi_app, "chuyenvien.hctp"), path, "submit")
    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        unit = root["noi-bo"]["stp"]["hctp"]
        unit.head = "chuyenvien.hctp"
        from portal.events import ObjectModified

        request.registry.notify(ObjectModified(unit, request))
    assert "Về việc đổi lãnh đạo phòng" in inbox(staff(wsgi_app, "chuyenvien.hctp"))
    assert "Về việc đổi lãnh đạo phòng" not in inbox(staff(wsgi_app, "truongphong.hctp"))


def test_the_daily_digest_lists_what_waits_for_each_person(wsgi_app, site, office):
    from portal.intranet.digest import send_digests

    path = draft(site, office, title="Về việc chuẩn bị hội nghị")
    act(staff(wsgi_app, "chuyenvien.hctp"), path, "submit")
    outbox(wsgi_app).clear()
    with site() as (root, request):
        sent = send_digests(root, request)
    mails = {m.recipients[0].split("@")[0]: m for m in outbox(wsgi_app)}
    assert sent == len(mails) >= 1
    assert "Về việc chuẩn bị hội nghị" in mails["truongphong.hctp"].body
    assert "chuyenvien.stttt" not in mails


# --- audit log ---------------------------------------------------------------------------


def test_every_step_is_in_the_append_only_audit_log(wsgi_app, site, office):
    path = draft(site, office, title="Về việc kiểm tra nhật ký")
    officer, head = staff(wsgi_app, "chuyenvien.hctp"), staff(wsgi_app, "truongphong.hctp")
    director, clerk = staff(wsgi_app, "giamdoc.stp"), staff(wsgi_app, "vanthu.stp")
    act(officer, path, "submit")
    act(head, path, "unit_return", "Sửa lại phần căn cứ")
    act(officer, path, "submit")
    act(head, path, "unit_approve")
    act(director, path, "sign")
    act(clerk, path, "number")
    page = director.get(office + "/@@nhat-ky")
    assert page.text.index("Cấp số, đăng ký") < page.text.index("Trả lại dự thảo")  # newest first
    assert "Sửa lại phần căn cứ" in page.text and "số 01/" in page.text
    text = director.get(office + "/@@nhat-ky", {"tai": "csv"}).body.decode("utf-8-sig")
    assert text.splitlines()[0] == "thoi_diem,nguoi_thuc_hien,thao_tac,so_ky_hieu,trich_yeu,ghi_chu"
    assert len(text.splitlines()) == 1 + 6
    officer.get(office + "/@@nhat-ky", status=403)  # the head and administrators read it
    with site() as (root, _request):
        entries = list(root["noi-bo"]["stp"].audit.values())
    assert len(entries) == 6 and all(isinstance(e, tuple) for e in entries)


# --- attachments and search --------------------------------------------------------------


def pdf_with_text(text):
    """A one-page PDF whose text pypdf can read."""
    content = f"BT /F1 12 Tf 10 50 Td ({text}) Tj ET".encode()
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 400 100]/Contents 4 0 R"
        b"/Resources<</Font<</F1 5 0 R>>>>>>",
        b"<</Length %d>>stream\n" % len(content) + content + b"\nendstream",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj" % n + body + b"endobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def add_with_attachment(browser, office, title, data, name, confidentiality="normal"):
    from webtest import Upload

    return submit_outgoing(
        browser, office, title, confidentiality=confidentiality, upload=Upload(name, data)
    )


def test_attached_pdf_text_is_searched_without_diacritics(wsgi_app, site, office):
    officer = staff(wsgi_app, "chuyenvien.hctp")
    page = add_with_attachment(
        officer,
        office,
        "Về việc nghiệm thu",
        pdf_with_text("bien ban nghiem thu cong trinh"),
        "bb.pdf",
    ).follow()
    assert "bb.pdf" in page.text
    found = officer.get("/noi-bo/@@tim-kiem", {"q": "biên bản nghiệm thu công trình"})
    assert "Về việc nghiệm thu" in found.text
    assert (
        "Về việc nghiệm thu"
        not in staff(wsgi_app, "chuyenvien.stttt")
        .get("/noi-bo/@@tim-kiem", {"q": "bien ban nghiem thu"})
        .text
    )
    link = re.search(r'href="([^"]+/@@tep/0)"', page.text).group(1)
    assert officer.get(link).body.startswith(b"%PDF")
    with site() as (root, _request):
        actions = [e[2] for e in root["noi-bo"]["stp"].audit.values()]
    assert "download" in actions


def test_confidential_documents_refuse_attachments_and_stay_out_of_others_results(
    wsgi_app, site, office
):
    officer = staff(wsgi_app, "chuyenvien.hctp")
    refused = add_with_attachment(
        officer, office, "Về việc tuyệt mật", pdf_with_text("mat"), "m.pdf", "secret"
    )
    assert refused.status_int == 200 and "Văn bản mật không được đính kèm tệp" in refused.text
    path = draft(site, office, title="Kế hoạch bảo vệ bí mật nhà nước", confidentiality="secret")
    assert (
        "Kế hoạch bảo vệ bí mật" in officer.get("/noi-bo/@@tim-kiem", {"q": "bi mat nha nuoc"}).text
    )
    clerk_other = staff(wsgi_app, "vanthu.stttt")
    assert (
        "Kế hoạch bảo vệ bí mật" not in clerk_other.get("/noi-bo/@@tim-kiem", {"q": "bi mat"}).text
    )
    assert path


def test_a_body_written_in_the_form_is_cleaned_searched_and_travels_with_the_copy(
    wsgi_app, site, office
):
    officer = staff(wsgi_app, "chuyenvien.hctp")
    body = "<p>Đề nghị cử cán bộ dự lớp bồi dưỡng</p><script>alert(1)</script>"
    page = submit_outgoing(officer, office, "Về việc tổ chức tập huấn", body=body).follow()
    assert "Đề nghị cử cán bộ dự lớp bồi dưỡng" in page.text and "alert(1)" not in page.text
    found = officer.get("/noi-bo/@@tim-kiem", {"q": "lop boi duong"})
    assert "Về việc tổ chức tập huấn" in found.text
    answer = submit_outgoing(
        officer,
        office,
        "Về việc tuyệt mật có nội dung",
        confidentiality="secret",
        body="<p>Nội dung mật</p>",
    )
    assert answer.status_int == 200 and "Văn bản mật không ghi nội dung" in answer.text
    with site() as (root, _request):
        assert not [d for d in root["noi-bo"]["stp"].values() if "tuyệt mật có" in d.title]
    _out, in_path = sent_to_stttt(
        wsgi_app, site, office, title="Về việc gửi kèm nội dung", body="<p>Nội dung gửi đi</p>"
    )
    assert "Nội dung gửi đi" in staff(wsgi_app, "vanthu.stttt").get(in_path).text


def test_a_units_head_and_members_are_chosen_among_the_agencys_staff(wsgi_app, site, office):
    path = draft(site, office, title="Về việc phân công lại")
    act(staff(wsgi_app, "chuyenvien.hctp"), path, "submit")
    admin = login(TestApp(wsgi_app), "quantri")
    form = admin.get(office + "/hctp/@@sua").forms["deform"]
    options = [value for value, _selected, _text in form["head"].options]
    assert "vanthu.stp" in options and "chuyenvien.stttt" not in options  # this agency's staff
    form["head"] = "giamdoc.stp"
    form.submit("save").follow()
    assert "Về việc phân công lại" in inbox(staff(wsgi_app, "giamdoc.stp"))
    assert "Về việc phân công lại" not in inbox(staff(wsgi_app, "truongphong.hctp"))


def test_the_route_shows_who_did_what_and_progress_reports(wsgi_app, site, office):
    _out, in_path = sent_to_stttt(wsgi_app, site, office, title="Về việc báo cáo tiến độ")
    with site() as (root, request):
        node = root["noi-bo"]["stttt"][in_path.rsplit("/", 1)[1]]
        node.workflow_state, node.lead_unit, node.assignee = (
            "in_progress",
            "bcvt",
            "chuyenvien.stttt",
        )
        root.catalog.reindex(node, request.registry)
    officer = staff(wsgi_app, "chuyenvien.stttt")
    form = officer.get(in_path + "/@@bao-cao").forms["deform"]
    form["note"] = "Đã làm việc với các doanh nghiệp bưu chính."
    page = form.submit("save").follow()
    assert (
        "Quá trình xử lý" in page.text
        and "Đã làm việc với các doanh nghiệp bưu chính." in page.text
    )
    staff(wsgi_app, "truongphong.bcvt").get(in_path + "/@@bao-cao", status=403)
    with site() as (root, _request):
        assert [e[2] for e in root["noi-bo"]["stttt"].audit.values()][-1] == "progress"


def test_the_assignment_forms_are_only_for_their_roles(wsgi_app, site, office):
    _out, in_path = sent_to_stttt(wsgi_app, site, office, title="Về việc phân công đúng người")
    with site() as (root, request):
        node = root["noi-bo"]["stttt"][in_path.rsplit("/", 1)[1]]
        node.workflow_state = "to_head"
        root.catalog.reindex(node, request.registry)
    for who in ("vanthu.stttt", "truongphong.bcvt", "chuyenvien.stttt"):
        staff(wsgi_app, who).get(in_path + "/@@phan-cong", status=403)
    staff(wsgi_app, "giamdoc.stttt").get(in_path + "/@@phan-cong", status=200)
    staff(wsgi_app, "giamdoc.stttt").get(in_path + "/@@giao-viec", status=403)  # not yet assigned


@pytest.mark.parametrize("name", ["outgoing", "incoming", "one_stop"])
def test_whoever_may_take_a_step_may_view_the_document(wsgi_app, name):
    """The inbox lists what the actors index names without asking again for view."""
    workflow = wsgi_app.registry.workflows[name]
    for state in workflow.states.values():
        viewers = set(state.permissions.get("view", ()))
        for t in workflow.transitions.values():
            if t.inbox and state.id in t.sources:
                assert set(t.roles) - {"Applicant"} <= viewers, (state.id, t.id)


@pytest.mark.parametrize("name", ["outgoing", "incoming"])
def test_clerks_and_heads_view_every_document_in_every_state(wsgi_app, name):
    """Registers skip the per-document check for these roles (VIEWS_EVERY_DOCUMENT)."""
    from portal.intranet import VIEWS_EVERY_DOCUMENT

    for state in wsgi_app.registry.workflows[name].states.values():
        assert VIEWS_EVERY_DOCUMENT <= set(state.permissions["view"]), state.id
