"""Directory files (issue 4, items 2–3): CSV with BOM, JSON, vCard 4.0, and the
CSV import — a dry run listing every bad line, a real run that is all or nothing,
re-import changes nothing, and two imports at once never duplicate an agency."""

import csv
import io
import threading
import unicodedata

import pytest
from conftest import login
from webtest import TestApp, Upload

from content_types import Agency
from portal.catalog.subscribers import subtree
from portal.directory import cards

HEADER = (
    "ma,ma_cha,ten,ten_viet_tat,loai,ma_dinh_danh,dia_chi,dien_thoai,fax,thu_dien_tu,"
    "website,nguoi_dung_dau,chuc_vu,gio_lam_viec,vi_do,kinh_do,mo_ta"
)


def row(code, parent, title, kind, email=None, exchange="", phone="0200 3 700 000", **more):
    values = {
        "ma": code,
        "ma_cha": parent,
        "ten": title,
        "ten_viet_tat": "",
        "loai": kind,
        "ma_dinh_danh": exchange,
        "dia_chi": "",
        "dien_thoai": phone,
        "fax": "",
        "thu_dien_tu": email or f"{code}@hoabinhxanh.gov.vn",
        "website": "",
        "nguoi_dung_dau": "",
        "chuc_vu": "",
        "gio_lam_viec": "",
        "vi_do": "",
        "kinh_do": "",
        "mo_ta": "",
    }
    values.update(more)
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow([values[c] for c in HEADER.split(",")])
    return out.getvalue()


def csv_bytes(*rows, header=HEADER, bom=True):
    return (("\ufeff" if bom else "") + header + "\r\n" + "".join(rows)).encode("utf-8")


NEW = csv_bytes(
    row("nhap-huyen", "", "Huyện Nhập Thử", "district", exchange="000.91.00.H98"),
    row("nhap-xa-a", "nhap-huyen", "Xã Nhập A", "commune"),
    row("nhap-xa-b", "nhap-huyen", "Xã Nhập B", "commune"),
)


@pytest.fixture
def admin(browser_for):
    return browser_for("quantri")


def submit(browser, data, button="import", status="*", name="danh-ba.csv"):
    form = browser.get("/danh-ba/@@nhap").forms["deform"]
    form["upload"] = Upload(name, data, "text/csv")
    return form.submit(button, status=status)


def agencies(site):
    with site() as (root, request):
        return {a.code: a.title for a in subtree(root["danh-ba"]) if isinstance(a, Agency)}


# -- exports ---------------------------------------------------------------------------


def test_csv_export_has_bom_crlf_and_tree_order(app):
    response = app.get("/danh-ba/@@csv")
    assert response.content_type == "text/csv" and response.charset == "utf-8"
    assert "attachment" in response.headers["Content-Disposition"]
    assert response.body.startswith(b"\xef\xbb\xbf")
    text = response.body.decode("utf-8-sig")
    assert text.startswith(HEADER + "\r\n")
    records = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(records) == 317
    position = {r["ma"]: i for i, r in enumerate(records)}
    for r in records:  # a commune comes after its district
        if r["ma_cha"]:
            assert position[r["ma_cha"]] < position[r["ma"]]
    assert {r["loai"] for r in records} == {"department", "district", "commune"}


def test_branch_export_holds_only_the_branch(app, site):
    with site() as (root, request):
        district = next(
            a for a in root["danh-ba"].values() if isinstance(a, Agency) and a.kind == "district"
        )
        path, code, count = (
            f"/danh-ba/{district.__name__}",
            district.code,
            len(district.sub_agencies()),
        )
    records = list(csv.DictReader(io.StringIO(app.get(f"{path}/@@csv").body.decode("utf-8-sig"))))
    assert records[0]["ma"] == code and len(records) == 1 + count
    assert all(r["ma_cha"] == code for r in records[1:])
    tree = app.get(f"{path}/@@json").json
    assert tree["ma"] == code and len(tree["truc_thuoc"]) == count
    assert tree["can_bo"] and tree["truc_thuoc"][0]["can_bo"]
    contacts = app.get(f"{path}/@@csv?bang=can-bo").body.decode("utf-8-sig")
    assert contacts.startswith("ma_co_quan,ho_ten,chuc_vu,don_vi,dien_thoai,thu_dien_tu\r\n")


def test_whole_directory_json(app):
    data = app.get("/danh-ba/@@json").json
    assert data["ten"] == "Danh bạ cơ quan" and len(data["co_quan"]) == 31
    assert sum(len(a["truc_thuoc"]) for a in data["co_quan"]) == 286


def test_vcard_4_structure_escaping_and_folding(app, site):
    with site() as (root, request):
        agency = root["danh-ba"]["so-noi-vu"]
        contact = agency.contacts()[0]
        contact_path = f"/danh-ba/so-noi-vu/{contact.__name__}"
    card = app.get("/danh-ba/so-noi-vu/@@vcard")
    assert card.content_type == "text/vcard"
    raw = card.body
    assert raw.startswith(b"BEGIN:VCARD\r\nVERSION:4.0\r\n") and raw.endswith(b"END:VCARD\r\n")
    lines = raw.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    for line in lines:
        line.decode("utf-8")  # folding never splits a character
    unfolded = raw.decode().replace("\r\n ", "")
    assert "KIND:org" in unfolded and "FN:Sở Nội vụ" in unfolded
    assert "EMAIL;TYPE=work:snv@hoabinhxanh.gov.vn" in unfolded
    assert "\\, thành phố Hòa Bình Xanh" in unfolded  # commas escaped in text values
    person = app.get(f"{contact_path}/@@vcard").body.decode().replace("\r\n ", "")
    assert "KIND:individual" in person and "ORG:Sở Nội vụ;" in person and "TITLE:" in person


def test_folding_keeps_long_vietnamese_lines_intact():
    line = "NOTE:" + "Ủy ban nhân dân xã Tân Phú, " * 10
    folded = cards.fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


# -- import --------------------------------------------------------------------------


def test_round_trip_changes_nothing(app, admin, site):
    with site() as (root, request):
        before = {
            a.uid: (len(a.history), a.modified)
            for a in subtree(root["danh-ba"])
            if isinstance(a, Agency)
        }
    exported = app.get("/danh-ba/@@csv").body
    result = submit(admin, exported)
    assert result.status_int == 200, result.text[-2000:]
    assert "thêm <strong>0</strong>, cập nhật <strong>0</strong>" in result.text
    with site() as (root, request):
        after = {
            a.uid: (len(a.history), a.modified)
            for a in subtree(root["danh-ba"])
            if isinstance(a, Agency)
        }
    assert after == before


def test_new_rows_are_created_and_a_second_import_changes_nothing(admin, site):
    dry = submit(admin, NEW, button="check")
    assert "Tệp hợp lệ" in dry.text and "thêm <strong>3</strong>" in dry.text
    assert "nhap-huyen" not in agencies(site)  # a check writes nothing
    submit(admin, NEW)
    found = agencies(site)
    assert found["nhap-xa-a"] == "Xã Nhập A" and found["nhap-huyen"] == "Huyện Nhập Thử"
    with site() as (root, request):
        district = root["danh-ba"]["huyen-nhap-thu"]
        assert {a.code for a in district.sub_agencies()} == {"nhap-xa-a", "nhap-xa-b"}
        assert district.exchange_id == "000.91.00.H98"
    again = submit(admin, NEW)
    assert "thêm <strong>0</strong>, cập nhật <strong>0</strong>" in again.text


def test_a_changed_row_updates_in_place_and_a_new_parent_moves(admin, site, app):
    submit(admin, NEW)
    changed = csv_bytes(
        row("nhap-huyen", "", "Huyện Nhập Thử", "district", exchange="000.91.00.H98"),
        row("nhap-huyen-2", "", "Huyện Nhập Hai", "district"),
        row("nhap-xa-a", "nhap-huyen-2", "Xã Nhập A", "commune", phone="0200 3 777 777"),
    )
    with site() as (root, request):
        uid = root["danh-ba"]["huyen-nhap-thu"]["xa-nhap-a"].uid
    result = submit(admin, changed)
    assert "cập nhật <strong>1</strong> (chuyển nơi trực thuộc 1)" in result.text
    with site() as (root, request):
        moved = root["danh-ba"]["huyen-nhap-hai"]["xa-nhap-a"]
        assert moved.uid == uid and moved.phone == "0200 3 777 777"
        assert "xa-nhap-b" in root["danh-ba"]["huyen-nhap-thu"]  # absent rows are kept
    old = app.get("/danh-ba/huyen-nhap-thu/xa-nhap-a", status=301)
    assert old.location.endswith("/danh-ba/huyen-nhap-hai/xa-nhap-a/")


def test_dry_run_reports_every_bad_line_with_its_reason(admin, site):
    bad = csv_bytes(
        row("loi-huyen", "", "Huyện Lỗi", "district"),  # line 2: fine
        row("loi-thieu", "", "", "department"),  # 3: no name
        row("loi-gmail", "", "Sở Gmail", "department", email="sogmail@gmail.com"),  # 4
        row("loi-cha", "khong-co", "Xã Mồ Côi", "commune"),  # 5
        row("loi-huyen", "", "Huyện Lỗi Trùng", "district"),  # 6: duplicate
        row("loi-xa-le", "", "Xã Lạc Chỗ", "commune"),  # 7: commune at top
        row("loi-ma-dd", "", "Sở Mã Sai", "department", exchange="12.34"),  # 8
        row("loi-trung-dd", "", "Sở Trùng", "department", exchange="000.00.02.H99"),  # 9: taken
        row("loi-loai", "", "Cơ quan Lạ", "ngan-hang"),  # 10
    )
    for button in ("check", "import"):
        result = submit(admin, bad, button=button)
        assert result.status_int == 400
        text = result.text
        errors = dict(
            (int(line), reason)
            for line, reason in __import__("re").findall(
                r"<tr><td>(\d+)</td><td>[^<]*</td><td>([^<]*)</td></tr>", text
            )
        )
        assert set(errors) == {3, 4, 5, 6, 7, 8, 9, 10}, errors
        assert "ten" in errors[3]
        assert "hộp thư miễn phí" in errors[4]
        assert "khong-co" in errors[5]
        assert "trùng với dòng 2" in errors[6]
        assert "phải trực thuộc một huyện" in errors[7]
        assert "000.00.01.H08" in errors[8]
        assert "000.00.02.H99" in errors[9]
        assert "loai" in errors[10]
        assert "loi-huyen" not in agencies(site)  # all or nothing: the good line is not kept


@pytest.mark.parametrize(
    "data, message",
    [
        ((HEADER + "\r\nx\r\n").encode("utf-16"), "UTF-16"),
        (csv_bytes(header=HEADER.replace(",mo_ta", "")), "Thiếu: mo_ta"),
        (csv_bytes(header=HEADER + ",ghi_chu"), "ghi_chu"),
        (b"", "Bắt buộc"),
    ],
)
def test_unreadable_files_get_one_message_and_nothing_is_written(admin, site, data, message):
    before = agencies(site)
    if not data:
        form = admin.get("/danh-ba/@@nhap").forms["deform"]
        result = form.submit("import", status="*")
    else:
        result = submit(admin, data)
    assert message in result.text
    assert agencies(site) == before


def to_cp1258(text):
    """Text as Windows-1258 writes Vietnamese: precomposed letters, tones as combining marks."""
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tone = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tone))
            out += base.encode("cp1258") + tone.encode("cp1258")
    return out


def test_a_windows_1258_file_is_refused_before_anything_is_read(admin, site):
    data = to_cp1258(
        HEADER + "\r\n" + row("so-thu", "", "Sở Nông nghiệp tỉnh Hòa Bình", "department")
    )
    assert unicodedata.normalize("NFC", data.decode("cp1258")).count("Hòa Bình") == 1
    result = submit(admin, data)
    assert result.status_int == 400
    assert "Windows-1258" in result.text and "CSV UTF-8" in result.text
    assert "so-thu" not in agencies(site)


def test_only_administrators_import(app, browser_for):
    assert "/dang-nhap" in app.get("/danh-ba/@@nhap", status=302).location
    browser_for("bientap").get("/danh-ba/@@nhap", status=403)
    admin = browser_for("quantri")
    page = admin.get("/danh-ba/@@nhap")
    form = page.forms["deform"]
    form["upload"] = Upload("d.csv", NEW, "text/csv")
    form["csrf_token"] = "sai"
    form.submit("import", status=400)


def test_two_imports_at_once_never_duplicate(wsgi_app, db, site):
    """Both requests start together; the later commit conflicts, is retried, and
    then finds the agencies the first made: each code exists once."""
    browsers = [
        login(TestApp(wsgi_app, extra_environ={"REMOTE_ADDR": f"10.0.1.{i}"}), "quantri")
        for i in (1, 2)
    ]
    forms = []
    for b in browsers:
        form = b.get("/danh-ba/@@nhap").forms["deform"]
        form["upload"] = Upload("d.csv", NEW, "text/csv")
        forms.append(form)
    barrier = threading.Barrier(2)
    results = [None, None]

    def run(i):
        barrier.wait()
        results[i] = forms[i].submit("import", status="*")

    threads = [threading.Thread(target=run, args=(i,)) for i in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert [r.status_int for r in results] == [200, 200]
    with site() as (root, request):
        codes = [a.code for a in subtree(root["danh-ba"]) if isinstance(a, Agency)]
        assert sorted(c for c in codes if c.startswith("nhap-")) == [
            "nhap-huyen",
            "nhap-xa-a",
            "nhap-xa-b",
        ]
        assert len(root["danh-ba"]["huyen-nhap-thu"].sub_agencies()) == 2
    created = sorted(r.text.count("<li>Xã Nhập") for r in results)
    assert created == [0, 2]  # one request made them, the other found them made


def test_formula_like_text_is_defused_on_export_and_restored_on_import(admin, app, site):
    submit(
        admin, csv_bytes(row("cong-thuc", "", "Sở Công Thức", "department", mo_ta="=HYPERLINK(1)"))
    )
    text = app.get("/danh-ba/@@csv").body.decode("utf-8-sig")
    record = next(r for r in csv.DictReader(io.StringIO(text)) if r["ma"] == "cong-thuc")
    assert record["mo_ta"] == "'=HYPERLINK(1)"
    assert record["dien_thoai"] == "0200 3 700 000"
    again = submit(admin, text.encode("utf-8"))
    assert "thêm <strong>0</strong>, cập nhật <strong>0</strong>" in again.text
    with site() as (root, request):
        assert root["danh-ba"]["so-cong-thuc"].description == "=HYPERLINK(1)"


def test_a_district_that_keeps_its_communes_keeps_its_kind(admin, site):
    submit(admin, NEW)
    changed = csv_bytes(row("nhap-huyen", "", "Huyện Nhập Thử", "other", exchange="000.91.00.H98"))
    result = submit(admin, changed)
    assert result.status_int == 400 and "phải là huyện" in result.text
    with site() as (root, request):
        assert root["danh-ba"]["huyen-nhap-thu"].kind == "district"
