"""Downloads beyond tests/functional: PDF and PNG inline, untrusted client types, names, caching."""

import io

import pytest
from conftest import csrf_from
from PIL import Image as PILImage
from webtest import Upload

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def png(size=(640, 480)):
    out = io.BytesIO()
    PILImage.new("RGB", size, (10, 120, 60)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def editor(browser_for):
    return browser_for("bientap")


def add_file(browser, title, upload, type_name="File", status=302, container="/"):
    form = browser.get(f"{container.rstrip('/')}/@@them?loai={type_name}").forms["deform"]
    form["title"] = title
    form["upload"] = upload
    return form.submit("save", status=status)


@pytest.mark.parametrize(
    "filename, data, mimetype",
    [("van-ban.pdf", PDF, "application/pdf"), ("so-do.png", png(), "image/png")],
)
def test_pdf_and_png_files_are_served_inline(editor, filename, data, mimetype):
    add_file(editor, "Tệp xem được", Upload(filename, data))
    response = editor.get("/tep-xem-duoc/@@tai-ve")
    assert response.content_type == mimetype
    assert response.body == data
    assert response.headers["Content-Disposition"].startswith("inline;")
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_unknown_extension_is_an_octet_stream_attachment(editor):
    add_file(editor, "Tệp lạ", Upload("du-lieu.khongro", b"\x00\x01abc"))
    response = editor.get("/tep-la/@@tai-ve")
    assert response.content_type == "application/octet-stream"
    assert response.headers["Content-Disposition"].startswith("attachment;")


def test_the_type_the_browser_claims_is_not_trusted(editor):
    """A .txt sent as text/html must never come back as inline HTML."""
    sent = Upload("ghi-chu.txt", b"<script>alert(1)</script>", "text/html")
    add_file(editor, "Tệp giả", sent)
    response = editor.get("/tep-gia/@@tai-ve")
    disposition = response.headers["Content-Disposition"]
    assert not (response.content_type == "text/html" and disposition.startswith("inline"))
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_vietnamese_file_name_is_kept_in_the_download(editor):
    add_file(editor, "Báo cáo quý", Upload("Báo cáo quý 1.pdf", PDF))
    response = editor.get("/bao-cao-quy/@@tai-ve")
    disposition = response.headers["Content-Disposition"]
    disposition.encode("latin-1")  # a valid header value
    assert "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20qu%C3%BD%201.pdf" in disposition
    assert '"' not in disposition.split('filename="', 1)[1].split('"', 1)[0]


def test_private_file_downloaded_by_an_editor_is_not_publicly_cacheable(editor):
    """A shared cache must not keep a private file fetched with a session."""
    add_file(editor, "Tệp nội bộ", Upload("noi-bo.pdf", PDF))
    response = editor.get("/tep-noi-bo/@@tai-ve")
    assert "public" not in response.headers.get("Cache-Control", "")


def test_published_file_for_anonymous_may_be_cached(editor, app, browser_for):
    add_file(editor, "Tệp công khai", Upload("cong-khai.pdf", PDF))
    for browser, transition in ((editor, "submit"), (browser_for("duyet"), "publish")):
        token = csrf_from(browser.get("/tep-cong-khai"))
        data = {"transition": transition, "csrf_token": token}
        browser.post("/tep-cong-khai/@@chuyen", data, status=302)
    response = app.get("/tep-cong-khai/@@tai-ve")
    assert response.body == PDF
    assert "public" in response.headers["Cache-Control"]
    assert "Set-Cookie" not in response.headers


def test_image_over_the_limit_is_refused(editor, site, wsgi_app):
    limit = int(wsgi_app.registry.settings["portal.upload_max_bytes"])
    big = png() + b"\x00" * limit  # trailing bytes after IEND keep it a readable PNG
    page = add_file(editor, "Ảnh quá lớn", Upload("lon.png", big), "Image", status=200)
    assert "Tệp quá lớn" in page.text
    assert "deform" in page.forms
    with site() as (root, request):
        assert "anh-qua-lon" not in root


def test_file_without_an_image_has_no_scales(editor):
    add_file(editor, "Chỉ là tệp", Upload("a.txt", b"abc"))
    editor.get("/chi-la-tep/@@anh/thumb", status=404)


def test_news_item_image_scales(editor):
    form = editor.get("/tin-tuc/@@them?loai=NewsItem").forms["deform"]
    form["title"] = "Tin có ảnh"
    form["upload"] = Upload("anh.png", png((1600, 1200)))
    form.submit("save", status=302)
    original = editor.get("/tin-tuc/tin-co-anh/@@anh")
    thumb = editor.get("/tin-tuc/tin-co-anh/@@anh/thumb")
    large = editor.get("/tin-tuc/tin-co-anh/@@anh/large")
    sizes = [PILImage.open(io.BytesIO(r.body)).size for r in (thumb, large, original)]
    assert sizes[2] == (1600, 1200)
    assert max(sizes[0]) <= 160 < max(sizes[1]) <= 1024 < max(sizes[2])


def test_image_claiming_a_huge_canvas_is_refused_before_decoding():
    """A small PNG declaring more than MAX_PIXELS is not an acceptable image."""
    import io

    from PIL import Image as PILImage

    from content_types.file import MAX_PIXELS, sniff_image

    side = int(MAX_PIXELS**0.5) + 100
    out = io.BytesIO()
    PILImage.new("1", (side, side)).save(out, "PNG")
    assert len(out.getvalue()) < 1_000_000
    assert sniff_image(out.getvalue()) is None
    small = io.BytesIO()
    PILImage.new("RGB", (40, 30), (200, 10, 10)).save(small, "PNG")
    assert sniff_image(small.getvalue()) == "image/png"
