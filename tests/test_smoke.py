"""The demo site answers, and a login works."""

from conftest import csrf_from


def test_home_page_lists_published_news(app):
    page = app.get("/")
    assert "Hội nghị triển khai thư điện tử công vụ" in page.text


def test_editor_can_open_add_form(browser_for):
    editor = browser_for("bientap")
    form = editor.get("/tin-tuc/@@them?loai=NewsItem")
    assert csrf_from(form)
    assert "Tiêu đề" in form.text
