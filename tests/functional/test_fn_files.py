"""Uploads and downloads: safe headers, image scales, size limits, non-images refused."""

import pytest
from fn_support import add, image_size, png_bytes, upload


@pytest.fixture
def editor(browser_for):
    return browser_for("bientap")


@pytest.mark.parametrize(
    "filename, data, mimetype, disposition",
    [
        ("ghi-chu.txt", "Ghi chú tiếng Việt".encode(), "text/plain", "inline"),
        ("trang.html", b"<script>alert(1)</script>", "text/html", "attachment"),
        (
            "hinh.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
            "image/svg+xml",
            "attachment",
        ),
    ],
)
def test_file_download_headers(editor, filename, data, mimetype, disposition):
    add(editor, "/", "File", title="Tệp thử", upload=upload(filename, data))
    response = editor.get("/tep-thu/@@tai-ve")
    assert response.content_type == mimetype
    assert response.body == data
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Content-Disposition"].startswith(f"{disposition};")
    assert filename in response.headers["Content-Disposition"]


def test_download_as_attachment_on_request(editor):
    add(editor, "/", "File", title="Tệp thử", upload=upload("a.txt", b"abc"))
    response = editor.get("/tep-thu/@@tai-ve?luu=1")
    assert response.headers["Content-Disposition"].startswith("attachment;")


def test_image_download_and_scales(editor):
    original = png_bytes((1200, 900))
    add(editor, "/", "Image", title="Ảnh đẹp", upload=upload("anh.png", original))
    full = editor.get("/anh-dep/@@anh")
    assert full.content_type == "image/png"
    assert full.headers["X-Content-Type-Options"] == "nosniff"
    assert full.headers["Content-Disposition"].startswith("inline;")
    assert image_size(full.body) == (1200, 900)
    thumb = editor.get("/anh-dep/@@anh/thumb")
    preview = editor.get("/anh-dep/@@anh/preview")
    assert thumb.content_type.startswith("image/")
    tw, th = image_size(thumb.body)
    pw, ph = image_size(preview.body)
    assert max(tw, th) <= 160 and max(pw, ph) <= 480
    assert tw < pw < 1200
    assert len(thumb.body) < len(preview.body)
    editor.get("/anh-dep/@@anh/khong-co", status=404)


def test_private_file_is_not_downloadable_by_anonymous(editor, app):
    add(editor, "/", "File", title="Tệp thử", upload=upload("a.txt", b"bi mat"))
    response = app.get("/tep-thu/@@tai-ve", status=302)
    assert "/dang-nhap" in response.location


def test_upload_over_limit_is_refused(editor, site, wsgi_app):
    limit = int(wsgi_app.registry.settings["portal.upload_max_bytes"])
    assert limit == 2 * 1024 * 1024
    big = b"x" * (limit + 1)
    result = add(editor, "/", "File", status=200, title="Quá lớn", upload=upload("lon.txt", big))
    assert "Tệp quá lớn" in result.text
    with site() as (root, request):
        assert "qua-lon" not in root


def test_upload_at_limit_is_accepted(editor, site, wsgi_app):
    limit = int(wsgi_app.registry.settings["portal.upload_max_bytes"])
    add(editor, "/", "File", title="Vừa đủ", upload=upload("du.txt", b"y" * limit))
    with site() as (root, request):
        assert root["vua-du"].file.size == limit


def test_image_upload_that_is_not_an_image_is_refused(editor, site):
    result = add(
        editor,
        "/",
        "Image",
        status=200,
        title="Giả ảnh",
        upload=upload("gia.png", b"<html>not a picture</html>"),
    )
    assert "không phải ảnh" in result.text
    with site() as (root, request):
        assert "gia-anh" not in root


def test_news_item_image_must_be_an_image(editor, site):
    result = add(
        editor,
        "/tin-tuc",
        "NewsItem",
        status=200,
        title="Tin có ảnh hỏng",
        upload=upload("x.jpg", b"\xff\xd8 broken"),
    )
    assert "không phải ảnh" in result.text
    with site() as (root, request):
        assert "tin-co-anh-hong" not in root["tin-tuc"]


def test_edit_without_new_upload_keeps_the_file(editor, site):
    add(editor, "/", "File", title="Giữ tệp", upload=upload("giu.txt", b"noi dung"))
    form = editor.get("/giu-tep/@@sua").forms["deform"]
    form["title"] = "Giữ tệp (sửa)"
    form.submit("save", status=302)
    with site() as (root, request):
        assert root["giu-tep"].title == "Giữ tệp (sửa)"
        assert root["giu-tep"].file.read() == b"noi dung"
