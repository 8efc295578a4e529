"""An office's registers of outgoing and incoming documents (shared/DOMAIN.md,
"Official documents": the register columns are the specification)."""

import csv
import io
from datetime import date
from types import SimpleNamespace

import test_intranet
from test_intranet import STAFF, act, draft, sent_to_stttt, set_state, staff  # noqa: F401

from portal import content as api
from portal.demo import act_as
from portal.intranet.numbering import give_number
from portal.views import registers

office = test_intranet.office  # the fixture: Sở Tư pháp's office, its units and staff
YEAR = date.today().year

# DOMAIN.md, "Outgoing flow": "Outgoing register columns: number/symbol, date, type and
# summary, signer, recipients, unit keeping the file copy, number of copies, date sent,
# receipt signature, notes."
OUTGOING_HEADERS = [
    "Số, ký hiệu",
    "Ngày tháng",
    "Loại và trích yếu",
    "Người ký",
    "Nơi nhận",
    "Đơn vị lưu hồ sơ",
    "Số lượng bản",
    "Ngày chuyển",
    "Ký nhận",
    "Ghi chú",
]
OUTGOING_CSV = [
    "so_ky_hieu",
    "ngay_thang",
    "loai_va_trich_yeu",
    "nguoi_ky",
    "noi_nhan",
    "don_vi_luu_ho_so",
    "so_luong_ban",
    "ngay_chuyen",
    "ky_nhan",
    "ghi_chu",
]
# DOMAIN.md, "Incoming flow": "Incoming register columns: date received, incoming
# number, author (issuing body), number/symbol, date of document, type and summary,
# receiving unit or person, date handed over, receipt signature, notes."
INCOMING_HEADERS = [
    "Ngày đến",
    "Số đến",
    "Tác giả",
    "Số, ký hiệu",
    "Ngày tháng",
    "Loại và trích yếu",
    "Đơn vị hoặc người nhận",
    "Ngày chuyển",
    "Ký nhận",
    "Ghi chú",
]
INCOMING_CSV = [
    "ngay_den",
    "so_den",
    "tac_gia",
    "so_ky_hieu",
    "ngay_thang",
    "loai_va_trich_yeu",
    "don_vi_hoac_nguoi_nhan",
    "ngay_chuyen",
    "ky_nhan",
    "ghi_chu",
]


def numbered_in_bulk(site, office, documents, who="chuyenvien.hctp"):
    """Numbered outgoing documents written through the model in one transaction:
    `documents` is [(day, values)], numbered in that order."""
    with site() as (root, request):
        act_as(request, root.principals.users[who])
        container = root["noi-bo"][office.rsplit("/", 1)[1]]
        for day, values in documents:
            values = {
                "title": "Về việc rà soát thủ tục",
                "unit": "hctp",
                "doc_type": "CV",
                **values,
            }
            doc = api.create(request, container, "OutgoingDocument", values)
            give_number(request, doc, day)
            doc.workflow_state = "numbered"
            root.catalog.reindex(doc, request.registry)


def register_table(page):
    """(the headers, [{header: text}]) of the register on `page`."""
    table = page.html.find("table", class_="register")
    headers = [th.get_text(" ", strip=True) for th in table.thead.find_all("th")]
    rows = [
        dict(
            zip(
                headers,
                [c.get_text(" ", strip=True) for c in tr.find_all(["th", "td"])],
                strict=True,
            )
        )
        for tr in table.tbody.find_all("tr")
    ]
    return headers, rows


def read_csv(response):
    assert response.content_type == "text/csv"
    text = response.body.decode("utf-8")
    assert text.startswith("\ufeff")  # the BOM spreadsheet programs need
    return list(csv.reader(io.StringIO(text[1:], newline="")))


def symbols(page):
    return [row["Số, ký hiệu"] for row in register_table(page)[1]]


def test_the_column_lists_are_the_ones_of_domain_md():
    # DOMAIN.md "Outgoing flow" and "Incoming flow": the register columns
    assert [str(t) for _n, t in registers.OUTGOING_COLUMNS] == OUTGOING_HEADERS
    assert [n for n, _t in registers.OUTGOING_COLUMNS] == OUTGOING_CSV
    assert [str(t) for _n, t in registers.INCOMING_COLUMNS] == INCOMING_HEADERS
    assert [n for n, _t in registers.INCOMING_COLUMNS] == INCOMING_CSV


def test_numbered_and_dispatched_documents_appear_in_number_order(wsgi_app, site, office):
    # DOMAIN.md "Outgoing flow", the outgoing register columns
    with site() as (root, _request):
        stttt = root["danh-ba"]["so-thong-tin-va-truyen-thong"]
        stttt_uid, stttt_title = stttt.uid, stttt.title
    clerk = staff(wsgi_app, "vanthu.stp")
    first = draft(
        site,
        office,
        title="Về việc rà soát thủ tục hộ tịch",
        signer_authority="KT.",
        signer_position="Phó Giám đốc",
        signer_name="Nguyễn Văn An",
        recipients=[stttt_uid],
        recipients_text="Lưu: VT, HCTP.",
        copies=3,
    )
    second = draft(site, office, title="Kế hoạch kiểm tra năm", doc_type="KH")
    for path in (first, second):
        set_state(site, path, "signed")
        act(clerk, path, "number")
    act(clerk, first, "dispatch")
    page = clerk.get(office + "/@@so-van-ban-di")
    headers, rows = register_table(page)
    assert headers == OUTGOING_HEADERS
    assert [r["Số, ký hiệu"] for r in rows] == ["01/STP-HCTP", "02/KH-STP"]
    today = date.today().strftime("%d/%m/%Y")
    assert rows[0] == {
        "Số, ký hiệu": "01/STP-HCTP",
        "Ngày tháng": today,
        "Loại và trích yếu": "Công văn: Về việc rà soát thủ tục hộ tịch",
        "Người ký": "KT. Phó Giám đốc, Nguyễn Văn An",
        "Nơi nhận": f"{stttt_title}; Lưu: VT, HCTP.",
        "Đơn vị lưu hồ sơ": "Phòng Hành chính tư pháp",
        "Số lượng bản": "3",
        "Ngày chuyển": today,
        "Ký nhận": "",
        "Ghi chú": "",
    }
    assert rows[1]["Loại và trích yếu"] == "Kế hoạch: Kế hoạch kiểm tra năm"
    assert rows[1]["Ngày chuyển"] == ""  # numbered, not dispatched yet
    assert (
        page.html.find("a", string="Công văn: Về việc rà soát thủ tục hộ tịch")["href"]
        == first + "/"
    )
    act(clerk, second, "cancel", "Ban hành nhầm")
    rows = register_table(clerk.get(office + "/@@so-van-ban-di"))[1]
    assert rows[1]["Ghi chú"] == "Đã hủy"  # a cancelled number stays in the book


def test_the_csv_has_the_same_columns_and_rows(wsgi_app, site, office):
    # DOMAIN.md "Outgoing flow", the outgoing register columns, with a BOM
    numbered_in_bulk(
        site,
        office,
        [(date(YEAR, 1, 5), {"title": "=HYPERLINK(1)"}), (date(YEAR, 1, 6), {"doc_type": "TB"})],
    )
    clerk = staff(wsgi_app, "vanthu.stp")
    response = clerk.get(office + "/@@so-van-ban-di?tai=csv")
    assert "attachment" in response.headers["Content-Disposition"]
    assert f"so-van-ban-di-stp-{YEAR}-other.csv" in response.headers["Content-Disposition"]
    rows = read_csv(response)
    assert rows[0] == OUTGOING_CSV
    assert [r[0] for r in rows[1:]] == ["01/STP-HCTP", "02/TB-STP"]
    assert rows[1][1] == f"05/01/{YEAR}"
    assert rows[1][2] == "Công văn: =HYPERLINK(1)"  # not a formula: it starts with text
    assert rows[2][5] == "Phòng Hành chính tư pháp"


def test_year_and_book_filters(wsgi_app, site, office):
    numbered_in_bulk(
        site,
        office,
        [
            (date(YEAR - 1, 12, 30), {"title": "Năm trước"}),
            (date(YEAR, 1, 2), {"title": "Năm nay"}),
            (date(YEAR, 1, 3), {"title": "Quyết định quy phạm", "doc_type": "QĐ", "legal": True}),
        ],
    )
    clerk = staff(wsgi_app, "vanthu.stp")
    assert symbols(clerk.get(office + "/@@so-van-ban-di")) == ["01/STP-HCTP"]
    page = clerk.get(office + f"/@@so-van-ban-di?nam={YEAR - 1}")
    assert register_table(page)[1][0]["Ngày tháng"] == f"30/12/{YEAR - 1}"
    legal = clerk.get(office + f"/@@so-van-ban-di?so=legal&nam={YEAR}")
    assert symbols(legal) == [f"01/{YEAR}/QĐ-STP"]
    assert symbols(clerk.get(office + "/@@so-van-ban-di?so=khac&nam=abc")) == ["01/STP-HCTP"]


def test_date_range(wsgi_app, site, office):
    numbered_in_bulk(
        site,
        office,
        [(date(YEAR, month, 10), {"title": f"Tháng {month}"}) for month in (1, 2, 3, 4)],
    )
    clerk = staff(wsgi_app, "vanthu.stp")
    page = clerk.get(office + f"/@@so-van-ban-di?tu={YEAR}-02-01&den={YEAR}-03-10")
    assert symbols(page) == ["02/STP-HCTP", "03/STP-HCTP"]
    assert symbols(clerk.get(office + f"/@@so-van-ban-di?tu={YEAR}-03-11")) == ["04/STP-HCTP"]
    # the year follows the range when it is not given
    assert symbols(clerk.get(office + f"/@@so-van-ban-di?den={YEAR}-01-31")) == ["01/STP-HCTP"]
    assert symbols(clerk.get(office + "/@@so-van-ban-di?tu=hom-qua")) == [
        f"0{n}/STP-HCTP" for n in (1, 2, 3, 4)
    ]


def test_type_and_unit_filters(wsgi_app, site, office):
    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        container = root["noi-bo"][office.rsplit("/", 1)[1]]
        api.create(request, container, "Unit", {"title": "Văn phòng", "abbreviation": "VP"}, "vp")
    day = date(YEAR, 3, 1)
    numbered_in_bulk(
        site,
        office,
        [
            (day, {"doc_type": "KH"}),
            (day, {"doc_type": "KH", "unit": "vp"}),
            (day, {"doc_type": "TB", "unit": "vp"}),
        ],
    )
    clerk = staff(wsgi_app, "vanthu.stp")
    assert symbols(clerk.get(office + "/@@so-van-ban-di?loai=KH")) == ["01/KH-STP", "02/KH-STP"]
    assert symbols(clerk.get(office + "/@@so-van-ban-di?don-vi=vp")) == ["02/KH-STP", "03/TB-STP"]
    both = clerk.get(office + "/@@so-van-ban-di?don-vi=vp&loai=TB")
    assert symbols(both) == ["03/TB-STP"]
    rows = read_csv(clerk.get(office + "/@@so-van-ban-di?don-vi=vp&loai=KH&tai=csv"))
    assert [r[0] for r in rows[1:]] == ["02/KH-STP"]


def test_pages_of_fifty_with_a_next_link(wsgi_app, site, office):
    numbered_in_bulk(
        site, office, [(date(YEAR, 1, 2), {"title": f"Công văn {n}"}) for n in range(60)]
    )
    clerk = staff(wsgi_app, "vanthu.stp")
    first = clerk.get(office + "/@@so-van-ban-di?loai=CV")
    assert symbols(first)[0] == "01/STP-HCTP" and len(symbols(first)) == 50
    link = first.html.find("a", rel="next")["href"]
    assert "trang=2" in link and "loai=CV" in link
    second = clerk.get(office + "/@@so-van-ban-di" + link)
    assert symbols(second) == [f"{n}/STP-HCTP" for n in range(51, 61)]
    assert second.html.find("a", rel="next") is None
    assert "trang=1" in second.html.find("a", rel="prev")["href"]
    assert len(read_csv(clerk.get(office + "/@@so-van-ban-di?tai=csv&trang=2"))) == 61


def test_a_page_reads_the_register_no_further_than_it_shows():
    """Rows are read lazily in register order, up to the page and one more."""
    read = []

    def entries():
        for n in range(1, 1001):
            read.append(n)
            doc = SimpleNamespace(number=n, issued_on=date(YEAR, 1, 2), doc_type="CV", unit="")
            yield (YEAR, "other", n), doc

    request = SimpleNamespace(has_permission=lambda permission, doc: doc.number % 10 != 0)
    filters = registers.Filters(year=YEAR)

    def page(number):
        read.clear()
        found = registers.matching(request, entries(), registers.OUTGOING, filters)
        rows, more = registers.page_of(found, number)
        return [d.number for d in rows], more

    rows, more = page(1)
    assert len(rows) == 50 and rows[:10] == [1, 2, 3, 4, 5, 6, 7, 8, 9, 11] and more
    assert len(read) == 56  # 1–55 (five not allowed), then 56 shows that more exist
    rows, more = page(18)  # the last: 900 allowed
    assert len(rows) == 50 and rows[-1] == 999 and not more and len(read) == 1000


def test_another_agency_is_refused(wsgi_app, site, office):
    other = staff(wsgi_app, "chuyenvien.stttt")
    other.get(office + "/@@so-van-ban-di", status=403)
    other.get(office + "/@@so-van-ban-den", status=403)
    other.get(office + "/@@so-van-ban-di?tai=csv", status=403)


def test_anonymous_visitors_are_sent_to_log_in(app, office):
    assert "/dang-nhap" in app.get(office + "/@@so-van-ban-di", status=302).location


def test_a_document_the_user_may_not_view_is_absent(wsgi_app, site, office):
    day = date(YEAR, 2, 2)
    numbered_in_bulk(site, office, [(day, {"title": "Của chuyên viên"})])
    # drafted by another officer for no unit: chuyenvien.hctp has no right on it
    numbered_in_bulk(
        site, office, [(day, {"title": "Không thuộc đơn vị", "unit": ""})], "truongphong.hctp"
    )
    numbered_in_bulk(site, office, [(day, {"title": "Lần nữa của chuyên viên"})])
    officer = staff(wsgi_app, "chuyenvien.hctp")
    assert symbols(officer.get(office + "/@@so-van-ban-di")) == ["01/STP-HCTP", "03/STP-HCTP"]
    rows = read_csv(officer.get(office + "/@@so-van-ban-di?tai=csv"))
    assert [r[0] for r in rows[1:]] == ["01/STP-HCTP", "03/STP-HCTP"]
    clerk = staff(wsgi_app, "vanthu.stp")
    assert symbols(clerk.get(office + "/@@so-van-ban-di")) == [
        "01/STP-HCTP",
        "02/STP",
        "03/STP-HCTP",
    ]


def test_confidential_documents_show_their_metadata(wsgi_app, site, office):
    numbered_in_bulk(
        site,
        office,
        [(date(YEAR, 2, 2), {"title": "Về bảo vệ bí mật", "confidentiality": "secret"})],
    )
    rows = register_table(staff(wsgi_app, "vanthu.stp").get(office + "/@@so-van-ban-di"))[1]
    assert rows[0]["Loại và trích yếu"] == "Công văn: Về bảo vệ bí mật"


def test_the_incoming_register_after_the_sending_flow(wsgi_app, site, office):
    # DOMAIN.md "Incoming flow", the incoming register columns
    _out, in_path = sent_to_stttt(wsgi_app, site, office)
    clerk = staff(wsgi_app, "vanthu.stttt")
    register = "/noi-bo/stttt/@@so-van-ban-den"
    assert register_table(clerk.get(register))[1] == []  # waiting: not in the book yet
    act(clerk, in_path, "register")
    act(clerk, in_path, "submit")
    head = staff(wsgi_app, "giamdoc.stttt")
    form = head.get(in_path + "/@@phan-cong").forms["deform"]
    form["lead_unit"] = "bcvt"
    form.submit("save").follow()
    form = staff(wsgi_app, "truongphong.bcvt").get(in_path + "/@@giao-viec").forms["deform"]
    form["assignee"] = "chuyenvien.stttt"
    form.submit("save").follow()
    page = clerk.get(register)
    headers, rows = register_table(page)
    assert headers == INCOMING_HEADERS
    today = date.today().strftime("%d/%m/%Y")
    with site() as (root, _request):
        sender = root["danh-ba"]["so-tu-phap"].title
    assert rows == [
        {
            "Ngày đến": today,
            "Số đến": "01",
            "Tác giả": sender,
            "Số, ký hiệu": "01/STP-HCTP",
            "Ngày tháng": today,
            "Loại và trích yếu": "Công văn: Về việc rà soát thủ tục",
            "Đơn vị hoặc người nhận": "Phòng Bưu chính, viễn thông, chuyenvien.stttt",
            "Ngày chuyển": today,
            "Ký nhận": "",
            "Ghi chú": "",
        }
    ]
    rows = read_csv(clerk.get(register + "?tai=csv"))
    assert rows[0] == INCOMING_CSV
    assert rows[1][:4] == [today, "01", sender, "01/STP-HCTP"]
    assert symbols(clerk.get(register + "?don-vi=tths")) == []
    assert symbols(clerk.get(register + "?don-vi=bcvt")) == ["01/STP-HCTP"]


def test_a_confidential_incoming_document_names_who_holds_it(wsgi_app, site, office):
    with site() as (root, request):
        act_as(request, root.principals.users["vanthu.stttt"])
        container = root["noi-bo"]["stttt"]
        values = {
            "issuer_name": "Công an tỉnh",
            "source_symbol": "12/CAT-PV01",
            "title": "Về bảo vệ bí mật nhà nước",
            "confidentiality": "secret",
            "holder": "Văn thư Sở",
        }
        doc = api.create(request, container, "IncomingDocument", values)
        give_number(request, doc, date(YEAR, 4, 1))
        doc.workflow_state = "registered"
        root.catalog.reindex(doc, request.registry)
    rows = register_table(staff(wsgi_app, "vanthu.stttt").get("/noi-bo/stttt/@@so-van-ban-den"))[1]
    assert rows[0]["Ghi chú"] == "Mật: Văn thư Sở"
    assert rows[0]["Số, ký hiệu"] == "12/CAT-PV01" and rows[0]["Ngày đến"] == f"01/04/{YEAR}"


def test_register_pages_are_accessible(wsgi_app, site, office):
    from test_i18n_a11y import assert_accessible

    numbered_in_bulk(site, office, [(date(YEAR, 1, 2), {})])
    clerk = staff(wsgi_app, "vanthu.stp")
    for path in (office + "/@@so-van-ban-di", office + "/@@so-van-ban-den"):
        page = assert_accessible(clerk.get(path))
        assert page.h1 == 1
        text = clerk.get(path).text
        assert "<caption>" in text and 'scope="col"' in text and "window.print()" in text
