"""Generic views beyond tests/functional: reserved names, transitions' CSRF, odd clipboards."""

import pytest
from conftest import csrf_from

ITEM = "/gioi-thieu/dieu-kien-tu-nhien"


@pytest.fixture
def manager(browser_for):
    return browser_for("admin")


def add_folder(browser, title, container=""):
    form = browser.get(f"{container}/@@them?loai=Folder").forms["deform"]
    form["title"] = title
    return form.submit("save", status=302)


def contents(browser, path, **fields):
    token = csrf_from(browser.get(f"{path}/@@noi-dung"))
    data = [("csrf_token", token)]
    for key, value in fields.items():
        data += [(key, v) for v in (value if isinstance(value, list) else [value])]
    return browser.post(f"{path}/@@noi-dung", data, status=302).follow()


@pytest.mark.parametrize(
    "title, expected",
    [("Đăng nhập", "dang-nhap-2"), ("Tìm kiếm", "tim-kiem-2"), ("Static", "static-2")],
)
def test_a_folder_never_takes_the_name_of_a_portal_page(manager, app, title, expected):
    result = add_folder(manager, title)
    assert result.location.endswith(f"/{expected}/")
    assert "deform" in app.get("/dang-nhap").forms  # the login page is still there
    assert 'name="q"' in app.get("/tim-kiem?q=hoi+nghi").text


@pytest.mark.parametrize("new_name", ["dang-nhap", "tim-kiem", "@@sua", "a/b"])
def test_rename_to_a_reserved_or_bad_name_is_refused(manager, site, new_name):
    page = contents(manager, "", action="doi-ten", ten="gioi-thieu", ten_moi=new_name)
    assert "Tên" in page.text and "không" in page.text
    with site() as (root, request):
        assert "gioi-thieu" in root and new_name not in root


def test_transition_without_csrf_token_is_refused(browser_for, site):
    reviewer = browser_for("duyet")
    for data in (
        {"transition": "retract", "comment": "lý do"},
        {"transition": "retract", "comment": "lý do", "csrf_token": "gia-mao"},
    ):
        refused = reviewer.post(f"{ITEM}/@@chuyen", data, status=400)
        assert '<html lang="vi"' in refused.text
    with site() as (root, request):
        obj = root["gioi-thieu"]["dieu-kien-tu-nhien"]
        assert obj.workflow_state == "published"
        assert all(entry["action"] != "retract" for entry in obj.history)


def test_transition_with_token_works_and_is_in_the_history(browser_for, site):
    reviewer = browser_for("duyet")
    token = csrf_from(reviewer.get(ITEM))
    data = {"transition": "retract", "comment": "Cần sửa số liệu", "csrf_token": token}
    reviewer.post(f"{ITEM}/@@chuyen", data, status=302)
    with site() as (root, request):
        assert root["gioi-thieu"]["dieu-kien-tu-nhien"].workflow_state == "private"
    history = browser_for("bientap").get(f"{ITEM}/@@lich-su").text
    assert "Cần sửa số liệu" in history and "duyet" in history


def test_refused_transition_is_a_message_and_changes_nothing(browser_for, site):
    reviewer = browser_for("duyet")
    token = csrf_from(reviewer.get(ITEM))
    result = reviewer.post(
        f"{ITEM}/@@chuyen", {"transition": "retract", "csrf_token": token}, status=302
    ).follow()
    assert "cần ghi rõ lý do" in result.text
    for transition in ("khong-co", "submit"):
        reviewer.post(f"{ITEM}/@@chuyen", {"transition": transition, "csrf_token": token})
    with site() as (root, request):
        assert root["gioi-thieu"]["dieu-kien-tu-nhien"].workflow_state == "published"


def test_paste_of_an_item_deleted_meanwhile_moves_nothing(manager, site):
    add_folder(manager, "Đích")
    contents(manager, "/gioi-thieu", action="cat", chon=["lich-su"])
    contents(manager, "/gioi-thieu", action="xoa", chon=["lich-su"])
    page = contents(manager, "/dich", action="dan")
    assert "Đã dán 0 mục" in page.text
    with site() as (root, request):
        assert len(root["dich"]) == 0 and "lich-su" not in root["gioi-thieu"]


def test_paste_into_the_same_folder_keeps_name_and_place(manager, site):
    with site() as (root, request):
        before = list(root["gioi-thieu"].keys())
    contents(manager, "/gioi-thieu", action="cat", chon=["dieu-kien-tu-nhien"])
    contents(manager, "/gioi-thieu", action="dan")
    with site() as (root, request):
        assert list(root["gioi-thieu"].keys()) == before


def test_cut_needs_delete_permission_on_the_item(browser_for, site):
    """A Contributor cannot move an Editor's page away by cutting and pasting it."""
    contributor = browser_for("congtac")
    token = csrf_from(contributor.get("/gioi-thieu/@@noi-dung"))
    data = [("action", "cat"), ("chon", "dieu-kien-tu-nhien"), ("csrf_token", token)]
    cut = contributor.post("/gioi-thieu/@@noi-dung", data, status=302).follow()
    assert "Đã cắt 0 mục" in cut.text
    contributor.post("/tin-tuc/@@noi-dung", {"action": "dan", "csrf_token": token})
    with site() as (root, request):
        assert "dieu-kien-tu-nhien" in root["gioi-thieu"]
        assert "dieu-kien-tu-nhien" not in root["tin-tuc"]


def test_rename_to_a_name_that_is_not_a_slug_is_refused_with_an_example(browser_for, site):
    """A typed name with capitals or diacritics is refused, suggesting its slug."""
    result = contents(
        browser_for("admin"), "/gioi-thieu", action="doi-ten", ten="lich-su", ten_moi="Lịch Sử Tỉnh"
    )
    assert "ví dụ “lich-su-tinh”" in result.text
    with site() as (root, request):
        assert "lich-su" in root["gioi-thieu"]


def test_a_childs_link_is_the_one_resource_path_writes(site):
    from pyramid.testing import DummyRequest

    from portal.views.format import child_href

    with site() as (root, _request):
        news = root["tin-tuc"]
        child = next(iter(news.values()))
        request = DummyRequest(root=root)
        expected = request.resource_path(child)
        assert child_href(request.resource_path(news), child) == expected
        assert expected.endswith("/")
