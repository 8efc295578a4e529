"""Languages, accessibility of the rendered pages, and the locally served assets."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
STATIC = ROOT / "static"
ADD_NEWS = "/tin-tuc/@@them?loai=NewsItem"
LANDMARKS = {"header", "nav", "main", "footer"}
UNLABELLED_TYPES = {"hidden", "submit", "button", "reset", "image"}


class PageFacts(HTMLParser):
    """What the accessibility checks need from one page, gathered in a single pass."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.html_lang = None
        self.h1 = 0
        self.landmarks = set()
        self.fields = []  # (tag, attrs) of inputs, selects and textareas
        self.label_for = set()
        self.links = []  # [attrs, text] of each <a>
        self.images = []
        self.urls = []
        self._open_links = []
        self._label_depth = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for name in ("href", "src", "action"):
            if a.get(name):
                self.urls.append(a[name])
        if tag == "html":
            self.html_lang = a.get("lang")
        elif tag == "h1":
            self.h1 += 1
        elif tag in LANDMARKS:
            self.landmarks.add(tag)
        elif tag == "label":
            self._label_depth += 1
            if a.get("for"):
                self.label_for.add(a["for"])
        elif tag in ("input", "select", "textarea"):
            self.fields.append((tag, a, self._label_depth > 0))
        elif tag == "a":
            link = [a, ""]
            self.links.append(link)
            self._open_links.append(link)
        elif tag == "img":
            self.images.append(a)
            if self._open_links and a.get("alt"):
                self._open_links[-1][1] += a["alt"]

    def handle_endtag(self, tag):
        if tag == "label":
            self._label_depth = max(0, self._label_depth - 1)
        elif tag == "a" and self._open_links:
            self._open_links.pop()

    def handle_data(self, data):
        for link in self._open_links:
            link[1] += data


def facts(response):
    parser = PageFacts()
    parser.feed(response.text)
    return parser


def unlabelled_fields(page):
    missing = []
    for tag, a, wrapped in page.fields:
        if tag == "input" and a.get("type", "text") in UNLABELLED_TYPES:
            continue
        if wrapped or a.get("aria-label") or a.get("aria-labelledby"):
            continue
        if a.get("id") and a["id"] in page.label_for:
            continue
        missing.append((tag, a.get("name"), a.get("id")))
    return missing


def external_urls(page):
    """Every URL that leaves this site (absolute with a host other than the test host)."""
    out = []
    for url in page.urls:
        leaves = re.match(r"^(https?:)?//", url, re.I)
        if leaves and not re.match(r"^(https?:)?//localhost[/:]", url):
            out.append(url)
    return out


def assert_accessible(response):
    page = facts(response)
    assert page.html_lang in ("vi", "en")
    assert page.h1 == 1, f"{page.h1} h1 elements"
    assert LANDMARKS <= page.landmarks, page.landmarks
    assert 'class="skip-link" href="#noi-dung-chinh"' in response.text
    assert 'id="noi-dung-chinh"' in response.text
    assert unlabelled_fields(page) == []
    empty = [
        a.get("href")
        for a, text in page.links
        if not text.strip() and not a.get("aria-label") and a.get("aria-hidden") != "true"
    ]
    assert empty == [], f"links without text: {empty}"
    assert all("alt" in img for img in page.images)
    assert external_urls(page) == []
    return page


# --- Languages ---------------------------------------------------------------------------


def _bad_news_form(editor):
    form = editor.get(ADD_NEWS).forms["deform"]
    form["title"] = "   "
    form["date"] = "2024-13-45"
    return form.submit("save")


def test_invalid_form_shows_vietnamese_colander_and_deform_messages(browser_for):
    result = _bad_news_form(browser_for("bientap"))
    assert "Biểu mẫu có lỗi" in result.text  # deform's summary
    errors = re.findall(
        r'class="invalid-feedback" id="error-[^"]+">\s*([^<]+?)\s*</p>', result.text
    )
    assert "Bắt buộc nhập" in errors  # colander's "Required"
    assert "Ngày không hợp lệ" in errors  # colander's "Invalid date"
    assert "Required" not in result.text
    assert "There was a problem" not in result.text


def test_length_message_is_vietnamese(browser_for):
    editor = browser_for("bientap")
    form = editor.get(ADD_NEWS).forms["deform"]
    form["title"] = "x" * 301
    result = form.submit("save")
    assert "Dài hơn độ dài tối đa 300 ký tự" in result.text


def test_language_switch_sets_cookie_and_chrome_turns_english(app):
    vi = app.get("/tin-tuc/")
    assert '<html lang="vi"' in vi.text and "Bỏ qua, đến nội dung chính" in vi.text
    switched = app.get("/@@ngon-ngu", params={"lang": "en", "came_from": "/tin-tuc/"})
    assert switched.status_int == 302
    assert "cong_lang=en" in switched.headers["Set-Cookie"]
    en = switched.follow()
    assert '<html lang="en"' in en.text
    for text in ("Skip to main content", "Main navigation", "Search the portal", "Log in", "Home"):
        assert text in en.text, text
    assert "Bỏ qua, đến nội dung chính" not in en.text
    assert 'lang="vi"' in en.text  # the way back, marked in its own language


def test_english_chrome_and_english_form_errors_with_cookie(browser_for):
    editor = browser_for("bientap")
    editor.set_cookie("cong_lang", "en")
    result = _bad_news_form(editor)
    assert "Log out" in result.text
    assert "There was a problem with your submission" in result.text
    assert "Required" in result.text


def test_catalogs_cover_every_template_message():
    from babel.messages.pofile import read_po

    locale = ROOT / "portal" / "locale"
    with open(locale / "cong.pot", "rb") as f:
        pot_ids = {m.id for m in read_po(f) if m.id}
    with open(locale / "en" / "LC_MESSAGES" / "cong.po", "rb") as f:
        en = {m.id: m.string for m in read_po(f) if m.id}
    assert pot_ids and pot_ids <= set(en)
    assert all(en[i] for i in pot_ids), [i for i in pot_ids if not en[i]]
    for template in (ROOT / "portal" / "templates").glob("*.pt"):
        for msgid in re.findall(r'i18n:translate="">([^<$]+)</', template.read_text()):
            assert " ".join(msgid.split()) in pot_ids, (template.name, msgid)


# --- Accessibility of the rendered pages --------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/tin-tuc/",
        "/gioi-thieu/",
        "/tin-tuc/hoi-nghi-trien-khai-thu-dien-tu-cong-vu/",
        "/tim-kiem?q=thu+dien+tu",
        "/dang-nhap",
        "/khong-co-trang-nay",
    ],
)
def test_public_pages_are_accessible(app, path):
    response = app.get(path, status="*")
    assert response.status_int in (200, 404)
    assert_accessible(response)


def test_add_form_every_input_has_a_label(browser_for):
    editor = browser_for("bientap")
    response = editor.get(ADD_NEWS)
    page = assert_accessible(response)
    names = {a.get("name") for _, a, _ in page.fields}
    assert {"title", "body", "upload", "date", "q"} <= names
    assert unlabelled_fields(page) == []
    # the invalid redisplay keeps its labels and announces the error summary
    bad = _bad_news_form(editor)
    assert unlabelled_fields(facts(bad)) == []
    assert 'class="alert alert-danger" role="alert"' in bad.text


def test_editor_pages_are_accessible(browser_for):
    editor = browser_for("bientap")
    news = "/tin-tuc/hoi-nghi-trien-khai-thu-dien-tu-cong-vu/"
    for path in ("/tin-tuc/", "/gioi-thieu/@@noi-dung", news, news + "@@lich-su"):
        assert_accessible(editor.get(path))


def test_home_page_has_no_external_url(app):
    response = app.get("/")
    urls = facts(response).urls
    assert urls, "the parser found no URL at all"
    assert external_urls(facts(response)) == []
    assert not re.search(r"https?://(?!localhost)", response.text)


def test_unlabelled_input_is_detected():
    """The checker itself fails on the faults it is meant to catch."""

    class Fake:
        text = '<html><body><input name="x" id="x"><a href="/y"></a></body></html>'

    page = facts(Fake)
    assert unlabelled_fields(page) == [("input", "x", "x")]
    outside = type("F", (), {"text": '<a href="/a">a</a><script src="https://cdn.example/x.js">'})
    assert external_urls(facts(outside)) == ["https://cdn.example/x.js"]


# --- Assets served locally ----------------------------------------------------------------


def test_form_page_scripts_are_served_locally(browser_for):
    editor = browser_for("bientap")
    response = editor.get(ADD_NEWS)
    assets = re.findall(r'(?:src|href)="(/static/[^"]+)"', response.text)
    assert any(a.endswith("vendor/jquery.min.js") for a in assets)
    assert any(a.endswith("tinymce/tinymce.min.js") for a in assets)
    for asset in assets:
        editor.get(asset, status=200)
    head = response.text.split("</head>")[0]
    assert "deform.js" in head  # widgets call deform.addCallback inline, so it loads first


def test_bundled_libraries_are_current():
    jquery = (STATIC / "vendor" / "jquery.min.js").read_text()[:200]
    assert re.search(r"jQuery v3\.\d+\.\d+", jquery)
    assert not list(STATIC.rglob("jquery-2*"))
    tinymce = (STATIC / "deform" / "tinymce" / "tinymce.min.js").read_text()[:200]
    assert re.search(r"TinyMCE version 6\.8\.\d+", tinymce)
    bootstrap = (STATIC / "deform" / "css" / "bootstrap.min.css").read_text()[:200]
    assert re.search(r"Bootstrap +v5\.3\.\d+", bootstrap)
    notes = (STATIC / "THIRD_PARTY.md").read_text()
    for name in ("jQuery", "TinyMCE", "Bootstrap"):
        assert name in notes


def test_deform_widget_requirements_resolve_to_local_files():
    import deform.widget

    paths = set()
    for versions in deform.widget.default_resources.values():
        for resources in versions.values():
            for value in resources.values():
                paths.update([value] if isinstance(value, str) else value)
    assert paths
    for path in paths:
        assert path.startswith("deform:static/")
        assert (STATIC / "deform" / path.removeprefix("deform:static/")).is_file(), path
