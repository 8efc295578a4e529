"""Public services: the catalog, applying online, tracking, the desk's workflow and
the statistics, through the WSGI application (shared/DOMAIN.md, "Public services")."""

import csv
import io
import json
import re
import threading
from datetime import date

import pytest
from conftest import csrf_from, login
from PIL import Image as PILImage
from webtest import TestApp, Upload

from portal import content as api
from portal.demo import act_as

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
STAFF = {login: f"{login}-matkhau" for login in ("motcua.stp", "chuyenvien.stp", "lanhdao.stp")}


def png():
    out = io.BytesIO()
    PILImage.new("RGB", (20, 20), (10, 120, 10)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def service(site):
    """A published online procedure carried out (and received) by Sở Tư pháp, with
    two papers, the second optional, and a 5-working-day limit."""
    with site() as (root, request):
        agency = root["danh-ba"]["so-tu-phap"]
        act_as(request, root.principals.users["admin"])
        values = {
            "code": "1.009999",
            "title": "Cấp phiếu thử nghiệm trực tuyến",
            "level": "province",
            "field": "Lĩnh vực thử nghiệm",
            "channels": [{"channel": "online", "days": 5, "fee": "Không"}],
            "papers": [
                {"name": "Tờ khai", "originals": 1, "copies": 0, "optional": False, "template": ""},
                {
                    "name": "Giấy ủy quyền (nếu có)",
                    "originals": 1,
                    "copies": 0,
                    "optional": True,
                    "template": "",
                },
            ],
            "executing": [agency.uid],
            "online_scope": "full",
            "online_level": 4,
        }
        procedure = api.create(request, root["dich-vu-cong"], "Procedure", values)
        api.transition(request, procedure, "publish")
        return {
            "path": "/dich-vu-cong/" + procedure.__name__,
            "exchange_id": agency.exchange_id,
            "agency": agency.uid,
        }


def staff(wsgi_app, who):
    return login(TestApp(wsgi_app, extra_environ={"REMOTE_ADDR": "10.0.0.3"}), who, STAFF[who])


def fill(form, phone="0912345678", email="dan@example.vn", papers=((PDF, "to-khai.pdf"),)):
    form["applicant_name"] = "Nguyễn Văn Dân"
    form["id_number"] = "001234567890"
    form["phone"] = phone
    form["email"] = email
    form["address"] = "Số 1 đường Lê Lợi"
    for i, (data, name) in enumerate(papers):
        form.set("upload", Upload(name, data), index=i)
    return form


def apply(app, service, **kw):
    """Fill, check and submit; the receipt page."""
    form = fill(app.get(service["path"] + "/@@nop-truc-tuyen").forms["deform"], **kw)
    summary = form.submit("check").follow()
    receipt = summary.forms[1].submit().follow() if len(summary.forms) > 1 else None
    return summary, receipt


def code_on(page):
    return re.search(r"<code>([0-9.A-Z]+-\d{6}-\d{4})</code>", page.text).group(1)


def store_of(root):
    return root["dich-vu-cong"]["ho-so"]


# --- the catalog -----------------------------------------------------------------------


def test_catalog_filters_combine_and_count_each_option(app):
    page = app.get("/dich-vu-cong")
    total = int(re.search(r"Tìm thấy <strong>(\d+)</strong>", page.text).group(1))
    assert total >= 55  # the demo's procedures
    province = app.get("/dich-vu-cong?cap=province")
    n_province = int(re.search(r"Tìm thấy <strong>(\d+)</strong>", province.text).group(1))
    option = re.search(r'<option value="province"[^>]*>Cấp tỉnh \((\d+)\)', page.text)
    assert int(option.group(1)) == n_province < total
    both = app.get("/dich-vu-cong?cap=province&truc-tuyen=full")
    n_both = int(re.search(r"Tìm thấy <strong>(\d+)</strong>", both.text).group(1))
    full_option = re.search(r'<option value="full"[^>]*>Toàn trình \((\d+)\)', province.text)
    assert int(full_option.group(1)) == n_both < n_province


def test_search_with_and_without_diacritics(app):
    marked = app.get("/dich-vu-cong", {"q": "khai sinh"})
    plain = app.get("/dich-vu-cong", {"q": "KHAI SINH"})
    assert "Đăng ký khai sinh" in marked.text
    count = re.compile(r"Tìm thấy <strong>(\d+)</strong>")
    assert count.search(marked.text).group(1) == count.search(plain.text).group(1) != "0"


def test_procedure_page_for_citizens_with_json_ld(app, service):
    page = app.get(service["path"])
    assert "Cần chuẩn bị những gì" in page.text and "Tờ khai" in page.text
    assert "5 ngày làm việc" in page.text
    assert 'href="/danh-ba/so-tu-phap/"' in page.text
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', page.text, re.S).group(1)
    )
    assert data["@type"] == "GovernmentService" and data["identifier"] == "1.009999"
    assert data["provider"][0]["name"] == "Sở Tư pháp"
    assert data["availableChannel"][0]["processingTime"] == "P5D"
    card = app.get("/danh-ba/so-tu-phap")
    assert "Cấp phiếu thử nghiệm trực tuyến" in card.text


def test_open_data_csv_and_json(app, service):
    csv_page = app.get("/dich-vu-cong/@@csv")
    assert csv_page.body.startswith("\ufeff".encode())
    text = csv_page.body.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("ma,ten,cap,linh_vuc")
    assert "1.009999" in text
    records = app.get("/dich-vu-cong/@@json").json
    mine = next(r for r in records if r["ma"] == "1.009999")
    assert mine["co_quan_thuc_hien"] == ["Sở Tư pháp"]
    assert mine["thanh_phan_ho_so"][0]["name"] == "Tờ khai"


def test_a_private_procedure_appears_nowhere_public(app, site, service):
    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        procedure = root["dich-vu-cong"][service["path"].rsplit("/", 1)[1]]
        api.transition(request, procedure, "retract", "thử")
    assert "1.009999" not in app.get("/dich-vu-cong").text
    assert "1.009999" not in app.get("/dich-vu-cong/@@csv").body.decode("utf-8-sig")
    assert "thử nghiệm" not in app.get("/danh-ba/so-tu-phap").text
    app.get(service["path"], status=302)  # to the login page


# --- applying online ---------------------------------------------------------------------


def test_apply_online_gives_a_code_a_receipt_and_an_email(app, site, service, wsgi_app):
    summary, receipt = apply(app, service)
    assert "Kiểm tra trước khi nộp" in summary.text and "to-khai.pdf" in summary.text
    code = code_on(receipt)
    today = date.today().strftime("%y%m%d")
    assert (
        code == f"{service['exchange_id']}-{today}-" + code[-4:]
    )  # DOMAIN.md: agency id, date, sequence
    assert "GIẤY TIẾP NHẬN HỒ SƠ" in receipt.text
    outbox = wsgi_app.registry.getUtility(_mailer()).outbox
    assert any(code in m.subject and "dan@example.vn" in m.recipients for m in outbox)
    with site() as (root, request):
        application = store_of(root)[code]
        assert application.workflow_state == "waiting"
        assert application.papers[0].files[0].read() == PDF


def _mailer():
    from pyramid_mailer.interfaces import IMailer

    return IMailer


def test_two_clicks_make_one_application(app, site, service):
    form = fill(app.get(service["path"] + "/@@nop-truc-tuyen").forms["deform"])
    summary = form.submit("check").follow()
    confirm = summary.forms[1]
    first = confirm.submit().follow()
    second = confirm.submit().follow()
    assert code_on(first) == code_on(second)
    with site() as (root, _request):
        codes = [a.code for a in store_of(root).values() if a.procedure_code == "1.009999"]
    assert codes == [code_on(first)]


def test_two_simultaneous_confirmations_make_one_application(wsgi_app, site, service):
    browser = TestApp(wsgi_app, extra_environ={"REMOTE_ADDR": "10.0.0.9"})
    form = fill(browser.get(service["path"] + "/@@nop-truc-tuyen").forms["deform"])
    confirm = form.submit("check").follow().forms[1]
    results = []

    def click():
        results.append(confirm.submit().status_int)

    threads = [threading.Thread(target=click) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [302, 302]
    with site() as (root, _request):
        assert sum(a.procedure_code == "1.009999" for a in store_of(root).values()) == 1


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("virus.exe", PDF, "chỉ nhận PDF, JPEG hoặc PNG"),
        ("to-khai.pdf", b"MZ\x90\x00 not a pdf", "không đúng với phần mở rộng .pdf"),
        ("anh.jpg", None, "không đúng với phần mở rộng .jpg"),  # PNG bytes named .jpg
        ("rong.pdf", b"", "rỗng"),
    ],
)
def test_refused_uploads_store_nothing(app, site, service, name, data, message):
    with site() as (root, _request):
        before = (len(store_of(root)), len(store_of(root).drafts))
    form = fill(
        app.get(service["path"] + "/@@nop-truc-tuyen").forms["deform"],
        papers=[(data if data is not None else png(), name)],
    )
    page = form.submit("check")
    assert page.status_int == 200 and message in page.text
    with site() as (root, _request):
        assert (len(store_of(root)), len(store_of(root).drafts)) == before


def test_too_large_upload_is_refused(app, service):
    big = PDF + b"0" * (2 * 1024 * 1024 + 1)
    page = fill(
        app.get(service["path"] + "/@@nop-truc-tuyen").forms["deform"], papers=[(big, "lon.pdf")]
    ).submit("check")
    assert "Tệp quá lớn" in page.text


def test_a_missing_required_paper_is_named(app, service):
    page = fill(app.get(service["path"] + "/@@nop-truc-tuyen").forms["deform"], papers=[]).submit(
        "check"
    )
    assert page.status_int == 200
    assert "Thiếu giấy tờ bắt buộc: Tờ khai." in page.text
    assert "Giấy ủy quyền (nếu có)." not in page.text  # optional papers may be left out


def test_a_procedure_not_offered_online_has_no_form(app, site, service):
    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        procedure = root["dich-vu-cong"][service["path"].rsplit("/", 1)[1]]
        procedure.online_scope = ""
    app.get(service["path"] + "/@@nop-truc-tuyen", status=404)


# --- tracking ----------------------------------------------------------------------------


def track(browser, code, contact, status=302):
    page = browser.get("/tra-cuu")
    form = page.forms[1]
    form["ma"], form["lien-he"] = code, contact
    return form.submit(status=status)


def test_tracking_needs_code_and_contact_and_answers_wrong_pairs_alike(wsgi_app, service):
    citizen = TestApp(wsgi_app, extra_environ={"REMOTE_ADDR": "10.0.1.1"})
    code = code_on(apply(citizen, service)[1])
    stranger = TestApp(wsgi_app, extra_environ={"REMOTE_ADDR": "10.0.1.2"})
    wrong_contact = track(stranger, code, "0999999999", status=404)
    unknown_code = track(stranger, code[:-4] + "9999", "0912345678", status=404)
    message = "Không tìm thấy hồ sơ có mã và thông tin liên hệ này"
    assert message in wrong_contact.text and message in unknown_code.text
    missing = track(stranger, code, "", status=400)
    assert "cả mã hồ sơ và số điện thoại" in missing.text
    stranger.get("/tra-cuu", {"ma": code}).mustcontain(no=["Nguyễn Văn Dân"])
    found = track(stranger, code, "091 234 5678").follow()
    assert "Chờ tiếp nhận" in found.text and "Nguyễn Văn Dân" in found.text
    by_mail = TestApp(wsgi_app, extra_environ={"REMOTE_ADDR": "10.0.1.3"})
    assert "Chờ tiếp nhận" in track(by_mail, code, "DAN@example.vn").follow().text


def test_tracking_is_rate_limited(wsgi_app, service):
    citizen = TestApp(wsgi_app, extra_environ={"REMOTE_ADDR": "10.0.1.4"})
    code = code_on(apply(citizen, service)[1])
    guesser = TestApp(wsgi_app, extra_environ={"REMOTE_ADDR": "10.0.1.5"})
    for n in range(5):
        track(guesser, code, f"09000000{n:02d}", status=404)
    locked = track(guesser, code, "0912345678", status=429)
    assert "thử lại sau" in locked.text


def test_papers_download_for_the_applicant_and_staff_only(wsgi_app, service):
    citizen = TestApp(wsgi_app, extra_environ={"REMOTE_ADDR": "10.0.1.6"})
    code = code_on(apply(citizen, service)[1])
    url = f"/tra-cuu-tep?ma={code}&giay=0&tep=0"
    got = citizen.get(url)
    assert got.body == PDF and "private" in got.headers["Cache-Control"]
    TestApp(wsgi_app).get(url, status=404)
    assert staff(wsgi_app, "motcua.stp").get(url).body == PDF
    other = login(TestApp(wsgi_app), "canbo")
    other.get(url, status=404)
    other.get(f"/dich-vu-cong/ho-so/{code}", status=403)


def test_anonymous_visitors_never_reach_the_store(app, wsgi_app, service):
    code = code_on(apply(TestApp(wsgi_app), service)[1])
    for path in (
        "/dich-vu-cong/ho-so",
        f"/dich-vu-cong/ho-so/{code}",
        f"/dich-vu-cong/ho-so/{code}/@@lich-su",
    ):
        assert "/dang-nhap" in app.get(path, status=302).location
    results = app.get("/tim-kiem", {"q": "Nguyễn Văn Dân"}).text
    assert code not in results and "/dich-vu-cong/ho-so/" not in results


# --- the desk's workflow -----------------------------------------------------------------


def act(browser, code, transition, comment="", status=302):
    page = browser.get(f"/dich-vu-cong/ho-so/{code}")
    return browser.post(
        f"/dich-vu-cong/ho-so/{code}/@@chuyen",
        {"transition": transition, "comment": comment, "csrf_token": csrf_from(page)},
        status=status,
    )


def state_of(site, code):
    with site() as (root, _request):
        return store_of(root)[code].workflow_state


def test_the_whole_route_with_a_request_for_papers(wsgi_app, site, service):
    citizen = TestApp(wsgi_app, extra_environ={"REMOTE_ADDR": "10.0.2.1"})
    code = code_on(apply(citizen, service)[1])
    desk = staff(wsgi_app, "motcua.stp")
    assert code in desk.get("/dich-vu-cong/ho-so").text  # waiting for the desk
    act(desk, code, "receive")
    act(desk, code, "request_papers", "Thiếu bản sao căn cước")
    status = citizen.get("/tra-cuu", {"ma": code})
    assert "Thiếu bản sao căn cước" in status.text
    form = status.forms[1]
    form.set("upload", Upload("bo-sung.pdf", PDF), index=0)
    form.submit("submit").follow()
    assert state_of(site, code) == "supplement_sent"
    act(desk, code, "receive")
    officer, head = staff(wsgi_app, "chuyenvien.stp"), staff(wsgi_app, "lanhdao.stp")
    act(officer, code, "start")
    act(officer, code, "propose")
    act(head, code, "approve")
    act(desk, code, "return_result")
    final = citizen.get("/tra-cuu", {"ma": code})
    assert "Đã trả kết quả" in final.text and "bo-sung.pdf" in final.text
    with site() as (root, _request):
        application = store_of(root)[code]
        assert application.timeliness() in ("early", "on_time")
        assert application.finished_on == date.today()
    subjects = [m for m in wsgi_app.registry.getUtility(_mailer()).outbox if code in m.subject]
    assert len(subjects) >= 8  # submitted, and every step after it


# Who may take each transition (shared/DOMAIN.md's role table), from its source state.
ROUTE = {
    "receive": ("waiting", {"motcua.stp"}),
    "request_papers": ("received", {"motcua.stp", "chuyenvien.stp"}),
    "start": ("received", {"chuyenvien.stp", "lanhdao.stp"}),
    "propose": ("processing", {"chuyenvien.stp"}),
    "approve": ("approval", {"lanhdao.stp"}),
    "send_back": ("approval", {"lanhdao.stp"}),
    "ask_payment": ("result_ready", {"motcua.stp"}),
    "return_result": ("result_ready", {"motcua.stp"}),
    "refuse": ("processing", {"motcua.stp", "lanhdao.stp"}),
    "cancel": ("waiting", {"motcua.stp", "quantri"}),
}


@pytest.mark.parametrize("transition", sorted(ROUTE))
def test_each_transition_only_for_its_roles(wsgi_app, site, service, transition):
    source, allowed = ROUTE[transition]
    code = code_on(apply(TestApp(wsgi_app), service)[1])
    with site() as (root, _request):
        store_of(root)[code].workflow_state = source
    browsers = {who: staff(wsgi_app, who) for who in STAFF}
    browsers["quantri"] = login(TestApp(wsgi_app), "quantri")
    browsers["canbo"] = login(TestApp(wsgi_app), "canbo")
    for who, browser in browsers.items():
        if who in allowed:
            continue
        if who == "canbo":  # no role here: cannot even view it
            token = csrf_from(browser.get("/"))
            browser.post(
                f"/dich-vu-cong/ho-so/{code}/@@chuyen",
                {"transition": transition, "comment": "lý do", "csrf_token": token},
                status=403,
            )
            continue
        act(browser, code, transition, "lý do")
        assert state_of(site, code) == source, who
    who = sorted(allowed)[0]
    act(browsers[who], code, transition, "lý do")
    assert state_of(site, code) != source


def test_a_reason_is_required_to_refuse_or_ask_for_papers(wsgi_app, site, service):
    code = code_on(apply(TestApp(wsgi_app), service)[1])
    desk = staff(wsgi_app, "motcua.stp")
    page = act(desk, code, "refuse", "").follow()
    assert "cần ghi rõ lý do" in page.text and state_of(site, code) == "waiting"
    act(desk, code, "request_papers", "")
    assert state_of(site, code) == "waiting"


def test_a_second_desk_officer_gets_a_clear_message(wsgi_app, site, service):
    code = code_on(apply(TestApp(wsgi_app), service)[1])
    first, second = staff(wsgi_app, "motcua.stp"), staff(wsgi_app, "motcua.stp")
    stale = second.get(f"/dich-vu-cong/ho-so/{code}")
    act(first, code, "receive")
    answer = second.post(
        f"/dich-vu-cong/ho-so/{code}/@@chuyen",
        {"transition": "receive", "comment": "", "csrf_token": csrf_from(stale)},
    ).follow()
    assert "khi mục đang ở trạng thái “Đã tiếp nhận”" in answer.text
    with site() as (root, _request):
        assert [e["action"] for e in store_of(root)[code].history].count("receive") == 1


def test_two_desk_officers_at_the_same_moment_make_one_transition(wsgi_app, site, service):
    code = code_on(apply(TestApp(wsgi_app), service)[1])
    browsers = [staff(wsgi_app, "motcua.stp") for _ in range(2)]
    tokens = [csrf_from(b.get(f"/dich-vu-cong/ho-so/{code}")) for b in browsers]
    answers = []

    def receive(browser, token):
        page = browser.post(
            f"/dich-vu-cong/ho-so/{code}/@@chuyen",
            {"transition": "receive", "comment": "", "csrf_token": token},
        )
        answers.append(page.follow().text)

    threads = [
        threading.Thread(target=receive, args=pair) for pair in zip(browsers, tokens, strict=True)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with site() as (root, _request):
        assert [e["action"] for e in store_of(root)[code].history].count("receive") == 1
    assert sum("Đã thực hiện" in a for a in answers) == 1
    assert sum("đang ở trạng thái" in a for a in answers) == 1


def test_due_date_in_working_days_and_the_clock_stops_for_papers(wsgi_app, site, service):
    """DOMAIN.md "Public services": timeliness in working days; a request for more
    papers stops the clock. Received Friday 2026-11-06 with 5 working days → due
    Friday 11-13; asked for papers on Tuesday 11-10, supplied Thursday 11-12 (two
    working days stopped) → due Tuesday 11-17."""
    code = code_on(apply(TestApp(wsgi_app), service)[1])

    def on(day):
        browser = staff(wsgi_app, "motcua.stp")
        browser.extra_environ["portal.today"] = day
        return browser

    act(on(date(2026, 11, 6)), code, "receive")
    with site() as (root, _request):
        assert store_of(root)[code].due == date(2026, 11, 13)
    act(on(date(2026, 11, 10)), code, "request_papers", "Thiếu tờ khai có chữ ký")
    citizen = TestApp(wsgi_app, extra_environ={"portal.today": date(2026, 11, 12)})
    form = track(citizen, code, "0912345678").follow().forms[1]
    form.set("upload", Upload("ky.pdf", PDF), index=0)
    form.submit("submit")
    with site() as (root, _request):
        application = store_of(root)[code]
        assert application.due == date(2026, 11, 17) and application.paused_on is None


def test_desk_dashboard_sorts_by_due_date_and_flags_overdue(wsgi_app, site, service):
    codes = [code_on(apply(TestApp(wsgi_app), service)[1]) for _ in range(2)]
    desk = staff(wsgi_app, "motcua.stp")
    for code in codes:
        act(desk, code, "receive")
    with site() as (root, request):
        store_of(root)[codes[1]].due = date(2020, 1, 2)  # long overdue
        root.catalog.reindex(store_of(root)[codes[1]], request.registry)
    page = staff(wsgi_app, "chuyenvien.stp").get("/dich-vu-cong/ho-so")
    assert page.text.index(codes[1]) < page.text.index(codes[0])
    row = re.search(
        rf'<tr class="overdue">\s*<th scope="row"><a [^>]*><code>{re.escape(codes[1])}', page.text
    )
    assert row, "the overdue application is highlighted"


def test_sharing_a_desk_role_lets_a_new_officer_see_the_applications(wsgi_app, site, service):
    code = code_on(apply(TestApp(wsgi_app), service)[1])
    canbo = login(TestApp(wsgi_app), "canbo")
    assert code not in canbo.get("/dich-vu-cong/ho-so").text
    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        api.set_local_roles(request, root["danh-ba"]["so-tu-phap"], "user:canbo", ["DeskOfficer"])
    assert code in canbo.get("/dich-vu-cong/ho-so").text


def test_printable_forms(wsgi_app, service):
    code = code_on(apply(TestApp(wsgi_app), service)[1])
    desk = staff(wsgi_app, "motcua.stp")
    act(desk, code, "receive")
    act(desk, code, "request_papers", "Thiếu giấy khai sinh bản sao")
    form = desk.get(f"/dich-vu-cong/ho-so/{code}/@@phieu-bo-sung")
    assert "PHIẾU YÊU CẦU BỔ SUNG" in form.text and "Thiếu giấy khai sinh bản sao" in form.text
    assert "Ngày hẹn trả kết quả" in desk.get("/bien-nhan", {"ma": code}).text
    apology = desk.get(f"/dich-vu-cong/ho-so/{code}/@@phieu-xin-loi", {"ngay-moi": "2026-12-24"})
    assert "24/12/2026" in apology.text
    register = desk.get("/dich-vu-cong/ho-so/@@so-theo-doi")
    assert code in register.text


# --- statistics --------------------------------------------------------------------------


def test_statistics_are_aggregates_with_charts_tables_and_csv(app, site):
    page = app.get("/thong-ke")
    assert page.text.count("<svg") == 3 and 'role="img"' in page.text
    with site() as (root, _request):
        apps = list(store_of(root).values())
        year = str(max(a.month for a in apps)[:4])
        names = {a.applicant_name for a in apps} | {a.code for a in apps}
    assert not any(name in page.text for name in names)
    csv_text = app.get("/thong-ke", {"nam": year, "nhom": "agency", "tai": "csv"}).body.decode(
        "utf-8-sig"
    )
    rows = list(csv.DictReader(io.StringIO(csv_text)))
    received = sum(int(r["tiep_nhan"]) for r in rows)
    with site() as (root, _request):
        counted = [
            a
            for a in store_of(root).values()
            if a.month.startswith(year) and (a.received_on or a.finished_on)
        ]
        assert received == len(counted) < len(store_of(root))  # those still waiting are not


def test_statistics_follow_their_permission(app, site):
    with site() as (root, _request):
        root.__permissions__ = {"view statistics": ("Manager",)}
    app.get("/thong-ke", status=302)


# --- editing a procedure -----------------------------------------------------------------


def procedure_post(token, agency_uid, channel="online", scope="full"):
    """What the add form's browser sends: peppercorn sequences for the tables."""
    return [
        ("_charset_", "UTF-8"),
        ("__formid__", "deform"),
        ("csrf_token", token),
        ("code", "1.008888"),
        ("title", "Cấp giấy xác nhận thử"),
        ("description", ""),
        ("decision", "Quyết định số 1/QĐ-UBND"),
        ("level", "province"),
        ("field", "Chứng thực"),
        ("steps", "Nộp hồ sơ\nNhận kết quả"),
        ("__start__", "channels:sequence"),
        ("__start__", "channel:mapping"),
        ("channel", channel),
        ("days", "3"),
        ("fee", "Không"),
        ("__end__", "channel:mapping"),
        ("__end__", "channels:sequence"),
        ("__start__", "papers:sequence"),
        ("__start__", "paper:mapping"),
        ("name", "Đơn đề nghị"),
        ("originals", "1"),
        ("copies", "0"),
        ("template", ""),
        ("__end__", "paper:mapping"),
        ("__end__", "papers:sequence"),
        ("applicants", "Công dân"),
        ("deciding", agency_uid),
        ("__start__", "executing:sequence"),
        ("executing", agency_uid),
        ("__end__", "executing:sequence"),
        ("desk", ""),
        ("__start__", "coordinating:sequence"),
        ("__end__", "coordinating:sequence"),
        ("where", ""),
        ("result", "Giấy xác nhận"),
        ("__start__", "legal_basis:sequence"),
        ("__start__", "law:mapping"),
        ("number", "23/2015/NĐ-CP"),
        ("summary", "Về cấp bản sao"),
        ("date", "16/02/2015"),
        ("__end__", "law:mapping"),
        ("__end__", "legal_basis:sequence"),
        ("conditions", ""),
        ("online_level", "4"),
        ("online_scope", scope),
        ("__start__", "cases:sequence"),
        ("__end__", "cases:sequence"),
        ("save", "save"),
    ]


def test_an_editor_adds_a_procedure_with_its_tables(browser_for, site, service):
    admin = browser_for("quantri")
    page = admin.get("/dich-vu-cong/@@them?loai=Procedure")
    token = csrf_from(page)
    answer = admin.post(
        "/dich-vu-cong/@@them?loai=Procedure", procedure_post(token, service["agency"])
    )
    assert answer.status_int == 302, answer.text[-2000:]
    with site() as (root, _request):
        procedure = root["dich-vu-cong"]["cap-giay-xac-nhan-thu"]
        assert procedure.channels == [{"channel": "online", "days": 3, "fee": "Không"}]
        assert procedure.papers[0]["name"] == "Đơn đề nghị" and procedure.accepts_online
        assert procedure.legal_basis[0]["number"] == "23/2015/NĐ-CP"
        assert procedure.workflow_state == "private"


def test_an_online_procedure_needs_an_online_channel(browser_for, site, service):
    admin = browser_for("quantri")
    token = csrf_from(admin.get("/dich-vu-cong/@@them?loai=Procedure"))
    answer = admin.post(
        "/dich-vu-cong/@@them?loai=Procedure", procedure_post(token, service["agency"], "direct")
    )
    assert answer.status_int == 200 and "cần có cách thức nộp “Trực tuyến”" in answer.text
    with site() as (root, _request):
        assert "cap-giay-xac-nhan-thu" not in root["dich-vu-cong"]


def test_an_online_procedure_needs_a_desk_with_an_exchange_id(browser_for, site, service):
    with site() as (root, _request):
        root["danh-ba"]["so-tu-phap"].exchange_id = ""
    admin = browser_for("quantri")
    token = csrf_from(admin.get("/dich-vu-cong/@@them?loai=Procedure"))
    answer = admin.post(
        "/dich-vu-cong/@@them?loai=Procedure", procedure_post(token, service["agency"])
    )
    assert answer.status_int == 200 and "chưa có mã định danh liên thông" in answer.text


def test_the_applicant_withdraws_through_the_tracking_page(wsgi_app, site, service):
    citizen = TestApp(wsgi_app, extra_environ={"REMOTE_ADDR": "10.0.3.1"})
    code = code_on(apply(citizen, service)[1])
    page = citizen.get("/tra-cuu", {"ma": code})
    form = next(f for f in page.forms.values() if "tra-cuu-rut" in (f.action or ""))
    form["comment"] = "Nộp nhầm"
    form.submit().follow()
    assert state_of(site, code) == "withdrawn"
    with site() as (root, _request):
        entry = store_of(root)[code].history[-1]
        assert entry["actor"] == "Applicant" and entry["comment"] == "Nộp nhầm"
    # a stranger's session cannot withdraw or supply
    stranger = TestApp(wsgi_app)
    token = csrf_from(stranger.get("/tra-cuu"))
    stranger.post(f"/tra-cuu-rut?ma={code}", {"csrf_token": token}, status=404)


def test_service_pages_are_accessible(app, wsgi_app, service):
    from test_i18n_a11y import assert_accessible

    citizen = TestApp(wsgi_app, extra_environ={"REMOTE_ADDR": "10.0.3.2"})
    for path in (
        "/dich-vu-cong",
        "/dich-vu-cong?cap=province",
        service["path"],
        "/thong-ke",
        "/tra-cuu",
    ):
        assert_accessible(app.get(path))
    assert_accessible(citizen.get(service["path"] + "/@@nop-truc-tuyen"))
    summary, receipt = apply(citizen, service)
    assert_accessible(summary)
    assert_accessible(receipt)
    code = code_on(receipt)
    assert_accessible(citizen.get("/tra-cuu", {"ma": code}))
    desk = staff(wsgi_app, "motcua.stp")
    for path in (
        "/dich-vu-cong/ho-so",
        "/dich-vu-cong/ho-so/@@so-theo-doi",
        f"/dich-vu-cong/ho-so/{code}",
        f"/dich-vu-cong/ho-so/{code}/@@phieu-kiem-soat",
    ):
        assert_accessible(desk.get(path))


def test_desk_roles_are_granted_on_agencies_only(browser_for, site):
    from test_sharing import grant, local_roles

    admin = browser_for("quantri")
    agency_page = admin.get("/danh-ba/so-tu-phap/@@chia-se").text
    assert "Cán bộ một cửa" in agency_page and "Lãnh đạo cơ quan" in agency_page
    assert "Cán bộ một cửa" not in admin.get("/tin-tuc/@@chia-se").text
    grant(admin, "/danh-ba/so-tu-phap", "user:canbo", {"Officer"})
    assert local_roles(site, "/danh-ba/so-tu-phap")["user:canbo"] == ["Officer"]
    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        with pytest.raises(api.ContentError):
            api.set_local_roles(request, root["tin-tuc"], "user:canbo", ["DeskOfficer"])


def test_procedures_and_applications_stay_out_of_the_newest_first_index(site, service):
    """Newest-first scans (home page, news stores) never walk past records no list
    shows by date."""
    with site() as (root, _request):
        catalog = root.catalog
        for obj in (
            root["dich-vu-cong"][service["path"].rsplit("/", 1)[1]],
            next(iter(store_of(root).values())),
        ):
            assert catalog.docids[obj.uid] not in catalog["effective"]._rev_index


def test_a_filled_form_is_seen_and_confirmed_only_by_who_filled_it(wsgi_app, site, service):
    citizen = TestApp(wsgi_app, extra_environ={"REMOTE_ADDR": "10.0.3.3"})
    form = fill(citizen.get(service["path"] + "/@@nop-truc-tuyen").forms["deform"])
    summary_url = form.submit("check").location
    token = summary_url.rsplit("=", 1)[1]
    other = TestApp(wsgi_app, extra_environ={"REMOTE_ADDR": "10.0.3.4"})
    page = other.get(summary_url)
    assert "Nguyễn Văn Dân" not in page.text and "Kiểm tra trước khi nộp" not in page.text
    csrf = csrf_from(page)
    other.post(service["path"] + "/@@nop-ho-so", {"token": token, "csrf_token": csrf}, status=302)
    with site() as (root, _request):
        assert not any(a.procedure_code == "1.009999" for a in store_of(root).values())
        assert token in store_of(root).drafts  # still there for its owner
