"""Generic views through the browser: add, edit, delete, folder contents, history, CSRF."""

import re

import pytest
from conftest import csrf_from
from fn_support import add, png_bytes, upload


@pytest.fixture
def editor(browser_for):
    return browser_for("bientap")


def test_add_folder_slug_from_vietnamese_title_and_unique(editor, site):
    first = add(editor, "/", "Folder", title="Hội nghị Đảng bộ")
    assert first.location.endswith("/hoi-nghi-dang-bo/")
    second = add(editor, "/", "Folder", title="Hội nghị Đảng bộ")
    assert second.location.endswith("/hoi-nghi-dang-bo-2/")
    with site() as (root, request):
        assert root["hoi-nghi-dang-bo"].title == "Hội nghị Đảng bộ"
        assert root["hoi-nghi-dang-bo-2"].creator == "bientap"
        assert type(root["hoi-nghi-dang-bo"]).__name__ == "Folder"
    shown = second.follow()
    assert "Hội nghị Đảng bộ" in shown.text
    assert "Đã thêm" in shown.text


def test_add_page_sanitises_rich_text(editor, site):
    body = '<p onclick="steal()">Xin chào <b>đồng bào</b></p><script>alert(1)</script>'
    result = add(editor, "/gioi-thieu", "Page", title="Trang thử", body=body)
    page = result.follow()
    assert "<b>đồng bào</b>" in page.text
    assert "alert(1)" not in page.text and "steal()" not in page.text
    with site() as (root, request):
        stored = root["gioi-thieu"]["trang-thu"].body
    assert "<script" not in stored and "onclick" not in stored
    assert "Xin chào" in stored


def test_add_news_item_with_fields(editor, site):
    page = editor.get("/tin-tuc/@@them?loai=NewsItem")
    form = page.forms["deform"]
    form["title"] = "Đường điện về bản Mường Tè"
    form["lead"] = "Tóm tắt tin."
    form["body"] = "<p>Nội dung <a href='javascript:alert(1)'>liên kết</a></p>"
    form["source"] = "Sở Công Thương"
    form["date"] = "2024-05-17"
    form["upload"] = upload("anh.png", png_bytes())
    result = form.submit("save", status=302)
    assert result.location.endswith("/tin-tuc/duong-dien-ve-ban-muong-te/")
    with site() as (root, request):
        item = root["tin-tuc"]["duong-dien-ve-ban-muong-te"]
        assert item.lead == "Tóm tắt tin." and item.source == "Sở Công Thương"
        assert str(item.publication_date) == "2024-05-17"
        assert "javascript" not in item.body
        assert item.image is not None and item.workflow_state == "private"


def test_add_invalid_values_redisplay_vietnamese_errors(editor, site):
    with site() as (root, request):
        before = len(root["tin-tuc"])
    form = editor.get("/tin-tuc/@@them?loai=NewsItem").forms["deform"]
    form["title"] = ""
    form["date"] = "không-phải-ngày"
    result = form.submit("save", status=200)
    assert "Bắt buộc" in result.text or "bắt buộc" in result.text
    assert "Required" not in result.text
    assert "deform" in result.forms
    with site() as (root, request):
        assert len(root["tin-tuc"]) == before


def test_add_unknown_or_misplaced_type_is_404(editor):
    editor.get("/@@them?loai=Khong", status=404)
    editor.get("/@@them?loai=Portal", status=404)


def test_add_file_and_image(editor, site):
    add(editor, "/", "File", title="Báo cáo", upload=upload("bao-cao.txt", b"so lieu"))
    add(editor, "/", "Image", title="Bản đồ", upload=upload("ban-do.png", png_bytes()))
    with site() as (root, request):
        assert root["bao-cao"].file.read() == b"so lieu"
        assert root["ban-do"].image.mimetype == "image/png"


def test_edit(editor, site):
    page = editor.get("/gioi-thieu/dieu-kien-tu-nhien/@@sua")
    form = page.forms["deform"]
    assert form["title"].value == "Điều kiện tự nhiên"
    form["title"] = "Điều kiện tự nhiên (sửa)"
    form["body"] = "<p>Mới <img src=x onerror=alert(1)></p>"
    result = form.submit("save", status=302)
    assert "Điều kiện tự nhiên (sửa)" in result.follow().text
    with site() as (root, request):
        obj = root["gioi-thieu"]["dieu-kien-tu-nhien"]
        assert obj.title == "Điều kiện tự nhiên (sửa)"
        assert "onerror" not in obj.body
        assert obj.history[-1]["action"] == "edit"


def test_edit_cancel_changes_nothing(editor, site):
    form = editor.get("/gioi-thieu/dieu-kien-tu-nhien/@@sua").forms["deform"]
    form["title"] = "Không lưu"
    form.submit("cancel", status=302)
    with site() as (root, request):
        assert root["gioi-thieu"]["dieu-kien-tu-nhien"].title == "Điều kiện tự nhiên"


def _delete_form(page):
    return next(f for f in page.forms.values() if f.action.endswith("/@@xoa"))


def test_delete_asks_then_deletes(editor, site):
    add(editor, "/gioi-thieu", "Page", title="Sẽ xóa")
    confirm = editor.get("/gioi-thieu/se-xoa/@@xoa")
    assert "Bạn có chắc muốn xóa" in confirm.text
    with site() as (root, request):
        assert "se-xoa" in root["gioi-thieu"]  # a GET deletes nothing
    _delete_form(confirm).submit("cancel", status=302)
    with site() as (root, request):
        assert "se-xoa" in root["gioi-thieu"]
    result = _delete_form(editor.get("/gioi-thieu/se-xoa/@@xoa")).submit("delete", status=302)
    assert result.location.endswith("/gioi-thieu/")
    with site() as (root, request):
        assert "se-xoa" not in root["gioi-thieu"]
    editor.get("/gioi-thieu/se-xoa", status=404)


def test_delete_folder_warns_about_children(editor):
    page = editor.get("/gioi-thieu/@@xoa")
    assert "tất cả sẽ bị xóa theo" in page.text


def _contents_post(browser, path, **fields):
    page = browser.get(f"{path}/@@noi-dung")
    data = [("csrf_token", csrf_from(page))]
    for key, value in fields.items():
        for v in value if isinstance(value, list) else [value]:
            data.append((key, v))
    return browser.post(f"{path}/@@noi-dung", data, status=302)


def test_contents_lists_children(editor):
    page = editor.get("/gioi-thieu/@@noi-dung")
    assert "Điều kiện tự nhiên" in page.text
    assert 'value="dieu-kien-tu-nhien"' in page.text


def test_contents_rename(editor, site):
    _contents_post(
        editor, "/gioi-thieu", action="doi-ten", ten="dieu-kien-tu-nhien", ten_moi="tu-nhien"
    )
    with site() as (root, request):
        assert "tu-nhien" in root["gioi-thieu"] and "dieu-kien-tu-nhien" not in root["gioi-thieu"]
        assert list(root["gioi-thieu"].keys()).count("tu-nhien") == 1
    assert "Điều kiện tự nhiên" in editor.get("/gioi-thieu/tu-nhien").text
    # the old address leads to the new one, with what followed it
    moved = editor.get("/gioi-thieu/dieu-kien-tu-nhien/@@lich-su?a=1", status=301)
    assert moved.location.endswith("/gioi-thieu/tu-nhien/@@lich-su?a=1")


def test_contents_rename_to_taken_or_bad_name_is_refused(editor, site):
    add(editor, "/gioi-thieu", "Page", title="Khác")
    result = _contents_post(
        editor, "/gioi-thieu", action="doi-ten", ten="khac", ten_moi="dieu-kien-tu-nhien"
    )
    assert "Đã có mục" in result.follow().text
    _contents_post(editor, "/gioi-thieu", action="doi-ten", ten="khac", ten_moi="@@xoa")
    with site() as (root, request):
        assert "khac" in root["gioi-thieu"]
        assert root["gioi-thieu"]["dieu-kien-tu-nhien"].title == "Điều kiện tự nhiên"


def test_contents_cut_and_paste(editor, site):
    add(editor, "/", "Folder", title="Lưu trữ")
    add(editor, "/gioi-thieu", "Page", title="Chuyển đi")
    _contents_post(editor, "/gioi-thieu", action="cat", chon=["chuyen-di"])
    target = editor.get("/luu-tru/@@noi-dung")
    assert "Dán (" in target.text
    _contents_post(editor, "/luu-tru", action="dan")
    with site() as (root, request):
        assert "chuyen-di" not in root["gioi-thieu"]
        moved = root["luu-tru"]["chuyen-di"]
        assert moved.__parent__ is root["luu-tru"]
        assert moved.history[-1]["action"] == "move"
    assert "Chuyển đi" in editor.get("/luu-tru/chuyen-di").text


def test_paste_folder_into_itself_is_refused(editor, site):
    add(editor, "/", "Folder", title="Cha")
    add(editor, "/cha", "Folder", title="Con")
    _contents_post(editor, "", action="cat", chon=["cha"])
    result = _contents_post(editor, "/cha/con", action="dan")
    assert "chính nó" in result.follow().text
    with site() as (root, request):
        assert "cha" in root and "con" in root["cha"]


def test_contents_delete_selected(editor, site):
    with site() as (root, request):
        before = list(root["gioi-thieu"].keys())
    add(editor, "/gioi-thieu", "Page", title="Một")
    add(editor, "/gioi-thieu", "Page", title="Hai")
    result = _contents_post(editor, "/gioi-thieu", action="xoa", chon=["mot", "hai", "khong-co"])
    assert "Đã xóa 2 mục" in result.follow().text
    with site() as (root, request):
        assert list(root["gioi-thieu"].keys()) == before


def test_contents_reorder_up_and_down(editor, site):
    with site() as (root, request):
        before = list(root["gioi-thieu"].keys())
    add(editor, "/gioi-thieu", "Page", title="Hai")
    add(editor, "/gioi-thieu", "Page", title="Ba")
    page = editor.get("/gioi-thieu/@@noi-dung")
    assert 'value="len"' in page.text and 'value="xuong"' in page.text
    _contents_post(editor, "/gioi-thieu", action="len", ten="ba")
    with site() as (root, request):
        assert list(root["gioi-thieu"].keys()) == [*before, "ba", "hai"]
    _contents_post(editor, "/gioi-thieu", action="len", ten="ba")
    with site() as (root, request):
        assert list(root["gioi-thieu"].keys()) == [*before[:-1], "ba", before[-1], "hai"]
    _contents_post(editor, "/gioi-thieu", action="xuong", ten=before[-1])
    with site() as (root, request):
        assert list(root["gioi-thieu"].keys()) == [*before[:-1], "ba", "hai", before[-1]]
    # the folder view shows the same order
    text = editor.get("/gioi-thieu/").text
    assert (
        text.index("/gioi-thieu/ba/")
        < text.index("/gioi-thieu/hai/")
        < text.index(f"/gioi-thieu/{before[-1]}/")
    )


def test_unordered_folder_cannot_be_reordered(editor, site):
    add(editor, "/tin-tuc", "NewsItem", title="Tin A")
    result = _contents_post(editor, "/tin-tuc", action="len", ten="tin-a")
    assert "Không thể sắp xếp" in result.follow().text


def test_history_lists_create_edit_and_transitions(editor, browser_for):
    add(editor, "/tin-tuc", "NewsItem", title="Tin có lịch sử")
    form = editor.get("/tin-tuc/tin-co-lich-su/@@sua").forms["deform"]
    form["lead"] = "Sửa tóm tắt"
    form.submit("save", status=302)
    page = editor.get("/tin-tuc/tin-co-lich-su")
    editor.post(
        "/tin-tuc/tin-co-lich-su/@@chuyen",
        {"transition": "submit", "comment": "nhờ duyệt", "csrf_token": csrf_from(page)},
        status=302,
    )
    history = editor.get("/tin-tuc/tin-co-lich-su/@@lich-su")
    rows = re.findall(r"<tr>\s*<td><time.*?</tr>", history.text, re.S)
    assert len(rows) == 3
    text = history.text
    for words in ("Tạo mới", "Sửa", "Gửi duyệt", "nhờ duyệt", "Riêng tư", "Chờ duyệt", "bientap"):
        assert words in text
    # newest first
    assert text.index("Gửi duyệt") < text.index("Tạo mới")
    # a Member may not see the history
    browser_for("canbo").get("/gioi-thieu/dieu-kien-tu-nhien/@@lich-su", status=403)


def test_post_without_csrf_token_is_refused(editor, site):
    page = editor.get("/gioi-thieu/dieu-kien-tu-nhien/@@sua")
    form = page.forms["deform"]
    form["title"] = "Bị giả mạo"
    form["csrf_token"] = "sai"
    refused = form.submit("save", status=400)
    assert "Biểu mẫu đã hết hạn" in refused.text
    assert '<html lang="vi"' in refused.text
    editor.post("/gioi-thieu/dieu-kien-tu-nhien/@@xoa", {"delete": ""}, status=400)
    editor.post("/tin-tuc/@@them?loai=NewsItem", {"title": "Không token", "save": ""}, status=400)
    editor.post(
        "/gioi-thieu/@@noi-dung", {"action": "xoa", "chon": "dieu-kien-tu-nhien"}, status=400
    )
    with site() as (root, request):
        page_obj = root["gioi-thieu"]["dieu-kien-tu-nhien"]
        assert page_obj.title == "Điều kiện tự nhiên"
        assert "khong-token" not in root["tin-tuc"]
