"""The agency directory's model and public pages, and agency sub-sites
(DOMAIN.md "Agencies": every agency shows name, address, phone, fax, official
e-mail, website; communes live inside their district; no free-mail)."""

import pytest
from conftest import csrf_from

from content_types.slug import sort_key
from portal import content as api
from portal.demo import act_as


def make(request, container, title, kind, code, **fields):
    values = {"title": title, "kind": kind, "code": code, "email": f"{code}@hoabinhxanh.gov.vn"}
    values.update(fields)
    return api.create(request, container, "Agency", values)


@pytest.fixture
def branch(site):
    """Two test districts with communes, a test department with a contact and a news section."""
    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        d = root["danh-ba"]
        north = make(request, d, "Huyện Thử Bắc", "district", "t-bac", phone="0200 3 811 111")
        south = make(request, d, "Huyện Thử Nam", "district", "t-nam")
        make(request, north, "Xã Tân Thử", "commune", "t-bac-tan-thu", phone="0200 3 811 222")
        make(request, north, "Xã Ân Thử", "commune", "t-bac-an-thu")
        make(request, south, "Phường Đồng Thử", "commune", "t-nam-dong-thu")
        dept = make(
            request,
            d,
            "Sở Thử Nghiệm",
            "department",
            "s-thu",
            address="Số 9 đường Thử",
            fax="0200 3 899 999",
            website="https://sothu.hoabinhxanh.gov.vn",
            head_name="Lê Văn Thử",
            head_position="Giám đốc",
            exchange_id="000.00.99.H99",
        )
        api.create(
            request,
            dept,
            "Contact",
            {
                "title": "Trần Thị Liên Hệ",
                "position": "Chánh Văn phòng",
                "unit": "Văn phòng",
                "phone": "0200 3 899 000",
                "email": "lienhe.sothu@hoabinhxanh.gov.vn",
            },
        )
        news = api.create(request, dept, "Folder", {"title": "Tin hoạt động", "ordered": False})
        api.transition(request, news, "publish")
        item = api.create(
            request,
            news,
            "NewsItem",
            {"title": "Sở Thử Nghiệm họp giao ban", "lead": "Giao ban tháng."},
        )
        api.transition(request, item, "publish")
        api.create(
            request, news, "NewsItem", {"title": "Bản nháp riêng của sở thử", "lead": "Chưa đăng."}
        )
    return "/danh-ba"


def admin_add(browser, container, **fields):
    page = browser.get(f"{container}/@@them?loai=Agency")
    form = page.forms["deform"]
    for key, value in fields.items():
        form[key] = value
    return form.submit("save")


# -- the model ---------------------------------------------------------------


def test_vietnamese_alphabetical_order():
    names = ["Đông", "Dương", "Ân", "Ăn", "An", "Bình", "Tấn", "Tân Phú", "ơn", "ôn", "on"]
    assert sorted(names, key=sort_key) == [
        "An",
        "Ăn",
        "Ân",
        "Bình",
        "Dương",
        "Đông",
        "on",
        "ôn",
        "ơn",
        "Tân Phú",
        "Tấn",
    ]


def test_codes_are_claimed_once_and_released_on_delete(branch, site):
    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        d = root["danh-ba"]
        assert d.codes["t-bac-tan-thu"] == d["huyen-thu-bac"]["xa-tan-thu"].uid
        with pytest.raises(api.ContentError):
            make(request, d, "Huyện Trùng Mã", "district", "t-bac")
        api.delete(request, d["huyen-thu-bac"])
        assert "t-bac" not in d.codes and "t-bac-tan-thu" not in d.codes


def test_blank_code_is_made_from_the_short_name(site):
    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        agency = make(request, root["danh-ba"], "Ban Thử Việc", "other", "", short_name="BTV")
        assert agency.code == "btv" and root["danh-ba"].codes["btv"] == agency.uid


# -- forms ---------------------------------------------------------------------


def test_free_mail_is_refused_with_its_own_message(browser_for, branch, site):
    admin = browser_for("quantri")
    result = admin_add(
        admin, "/danh-ba", title="Sở Mới", kind="department", email="somoi@gmail.com"
    )
    assert result.status_int == 200
    assert "hộp thư miễn phí" in result.text and "hoabinhxanh.gov.vn" in result.text
    result = admin_add(
        admin, "/danh-ba", title="Sở Mới", kind="department", email="somoi@khac.gov.vn"
    )
    assert "phải thuộc tên miền hoabinhxanh.gov.vn" in result.text
    with site() as (root, request):
        assert "so-moi" not in root["danh-ba"]


def test_bad_exchange_id_phone_and_website_are_refused(browser_for, branch):
    admin = browser_for("quantri")
    result = admin_add(
        admin,
        "/danh-ba",
        title="Sở Sai",
        kind="department",
        email="sosai@hoabinhxanh.gov.vn",
        exchange_id="H08.01",
        phone="gọi tôi",
        website="javascript:alert(1)",
    )
    assert "000.00.01.H08" in result.text
    assert "Số điện thoại chỉ gồm" in result.text
    assert "http://" in result.text


def test_a_commune_must_live_in_a_district(browser_for, branch, site):
    admin = browser_for("quantri")
    result = admin_add(
        admin, "/danh-ba", title="Xã Lạc Chỗ", kind="commune", email="lac@hoabinhxanh.gov.vn"
    )
    assert "phải trực thuộc một huyện" in result.text
    with site() as (root, request):
        north = root["danh-ba"]["huyen-thu-bac"].uid
    result = admin_add(
        admin,
        "/danh-ba",
        title="Xã Đúng Chỗ",
        kind="commune",
        parent=north,
        email="dung@hoabinhxanh.gov.vn",
    )
    assert result.status_int == 302
    assert result.location.endswith("/danh-ba/huyen-thu-bac/xa-dung-cho/")


def test_changing_the_parent_moves_and_the_old_address_redirects(browser_for, branch, site):
    admin = browser_for("quantri")
    with site() as (root, request):
        south = root["danh-ba"]["huyen-thu-nam"].uid
    page = admin.get("/danh-ba/huyen-thu-bac/xa-tan-thu/@@sua")
    form = page.forms["deform"]
    form["parent"] = south
    saved = form.submit("save")
    assert saved.status_int == 302
    with site() as (root, request):
        d = root["danh-ba"]
        assert "xa-tan-thu" in d["huyen-thu-nam"] and "xa-tan-thu" not in d["huyen-thu-bac"]
        assert d.codes["t-bac-tan-thu"] == d["huyen-thu-nam"]["xa-tan-thu"].uid
    moved = admin.get("/danh-ba/huyen-thu-bac/xa-tan-thu", status=301)
    assert moved.location.endswith("/danh-ba/huyen-thu-nam/xa-tan-thu/")
    anonymous_tree = admin.get("/danh-ba/?huyen=t-nam").text
    assert "Xã Tân Thử" in anonymous_tree


# -- public pages ------------------------------------------------------------------


def test_tree_groups_departments_and_districts_with_their_communes(app, branch):
    page = app.get("/danh-ba/")
    assert "Sở, ban, ngành tỉnh" in page.text and "Huyện, thị xã, thành phố" in page.text
    text = page.text[page.text.index('class="directory-tree"') :]
    north = text.index("Huyện Thử Bắc")
    south = text.index("Huyện Thử Nam")
    # communes sit under their own district, in alphabetical order (Ân before Tân)
    assert (
        north
        < text.index("Xã Ân Thử")
        < text.index("Xã Tân Thử")
        < south
        < text.index("Phường Đồng Thử")
    )
    assert "0200 3 811 111" in text and "mailto:t-bac@hoabinhxanh.gov.vn" in text


@pytest.mark.parametrize("query", ["tân thử", "tan thu", "TÂN THỬ", "Tan", "thu tan"])
def test_name_search_with_and_without_diacritics(app, branch, query):
    page = app.get("/danh-ba/", params={"q": query})
    assert "Xã Tân Thử" in page.text
    assert "Phường Đồng Thử" not in page.text


def test_filters_by_kind_and_district_combine(app, branch):
    page = app.get("/danh-ba/", params={"loai": "commune", "huyen": "t-bac"})
    assert "Xã Tân Thử" in page.text and "Xã Ân Thử" in page.text
    assert "Phường Đồng Thử" not in page.text and "Sở Thử Nghiệm" not in page.text
    departments = app.get("/danh-ba/", params={"loai": "department", "q": "thu"})
    assert "Sở Thử Nghiệm" in departments.text and "Xã Tân Thử" not in departments.text
    nothing = app.get("/danh-ba/", params={"q": "không có cơ quan này"})
    assert "Tìm thấy <strong>0</strong> cơ quan" in nothing.text
    odd = app.get("/danh-ba/", params={"loai": "<script>", "huyen": "x" * 500})
    assert odd.status_int == 200 and "<script>" not in odd.text


def test_printable_list_follows_the_tree_and_the_filters(app, branch):
    page = app.get("/danh-ba/@@in")
    text = page.text
    assert "site-header" not in text and "window.print()" in text
    assert text.index("Huyện Thử Bắc") < text.index("Xã Tân Thử") < text.index("Huyện Thử Nam")
    assert "0200 3 899 999" in text and "Giám đốc, Lê Văn Thử" in text
    only = app.get("/danh-ba/@@in", params={"huyen": "t-nam"}).text
    assert "Phường Đồng Thử" in only and "Xã Tân Thử" not in only
    branch_print = app.get("/danh-ba/huyen-thu-bac/@@in").text
    assert "Xã Tân Thử" in branch_print and "Phường Đồng Thử" not in branch_print


def test_agency_card_shows_the_decree_fields_and_contacts(app, branch):
    text = app.get("/danh-ba/so-thu-nghiem").text
    for shown in (
        "Số 9 đường Thử",
        "0200 3 899 999",
        "mailto:s-thu@hoabinhxanh.gov.vn",
        "https://sothu.hoabinhxanh.gov.vn",
        "Lê Văn Thử",
        "000.00.99.H99",
        "Trần Thị Liên Hệ",
        "Chánh Văn phòng",
        "lienhe.sothu@hoabinhxanh.gov.vn",
    ):
        assert shown in text, shown
    district = app.get("/danh-ba/huyen-thu-bac").text
    assert "Xã Tân Thử" in district and "Xã, phường, thị trấn trực thuộc" in district


# -- sub-sites -------------------------------------------------------------------------


def test_sub_site_has_its_own_header_navigation_and_news(app, branch):
    home = app.get("/danh-ba/so-thu-nghiem").text
    assert 'class="subsite-name"' in home and "Tin hoạt động" in home
    assert "Sở Thử Nghiệm họp giao ban" in home
    assert "Bản nháp riêng của sở thử" not in home  # private stays private
    inner = app.get("/danh-ba/so-thu-nghiem/tin-hoat-dong").text
    assert 'class="subsite-name"' in inner and "Sở Thử Nghiệm" in inner
    assert 'class="subsite-name"' not in app.get("/gioi-thieu").text


def test_provincial_home_aggregates_sub_site_news_with_their_agency(app, branch):
    text = app.get("/").text
    assert "Sở Thử Nghiệm họp giao ban" in text
    start = text.index("Sở Thử Nghiệm họp giao ban")
    assert "· Sở Thử Nghiệm" in text[start : start + 600]
    assert "Bản nháp riêng của sở thử" not in text


def test_local_editor_acts_only_inside_the_agency(browser_for, branch, site):
    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        api.set_local_roles(request, root["danh-ba"]["so-thu-nghiem"], "user:canbo", ["Editor"])
    staff = browser_for("canbo")
    form = staff.get("/danh-ba/so-thu-nghiem/tin-hoat-dong/@@them?loai=NewsItem").forms["deform"]
    form["title"] = "Tin do cán bộ sở viết"
    assert form.submit("save").status_int == 302
    draft = staff.get("/danh-ba/so-thu-nghiem/tin-hoat-dong/ban-nhap-rieng-cua-so-thu")
    assert draft.status_int == 200  # an Editor there sees the agency's drafts
    staff.get("/tin-tuc/@@them?loai=NewsItem", status=403)
    staff.get("/danh-ba/huyen-thu-bac/@@them?loai=Contact", status=403)
    staff.get("/danh-ba/so-thu-nghiem/@@sua", status=200)
    token = csrf_from(staff.get("/danh-ba/so-thu-nghiem"))
    assert token


def test_words_match_from_their_start_only(app, branch):
    page = app.get("/danh-ba/", params={"q": "an thu"})
    assert "Xã Ân Thử" in page.text and "Xã Tân Thử" not in page.text


def test_the_shared_tree_is_never_stale(app, branch, site):
    assert "Xã Mới Lập" not in app.get("/danh-ba/").text
    assert "Xã Mới Lập" not in app.get("/danh-ba/@@in").text
    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        make(request, root["danh-ba"]["huyen-thu-nam"], "Xã Mới Lập", "commune", "t-nam-moi")
    assert "Xã Mới Lập" in app.get("/danh-ba/").text
    assert "Xã Mới Lập" in app.get("/danh-ba/@@in").text
    assert "Xã Mới Lập" in app.get("/danh-ba/", params={"q": "moi lap"}).text


def test_local_contributor_and_reviewer_each_within_their_role(browser_for, branch, site):
    """DOMAIN.md roles: a Contributor adds drafts it then owns; a Reviewer publishes."""
    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        agency = root["danh-ba"]["so-thu-nghiem"]
        api.set_local_roles(request, agency, "user:canbo", ["Contributor"])
        api.set_local_roles(request, root["danh-ba"]["huyen-thu-bac"], "user:canbo", ["Reviewer"])
    staff = browser_for("canbo")
    section = "/danh-ba/so-thu-nghiem/tin-hoat-dong"
    form = staff.get(f"{section}/@@them?loai=NewsItem").forms["deform"]
    form["title"] = "Bài cộng tác viên gửi"
    assert form.submit("save").status_int == 302
    staff.get(f"{section}/ban-nhap-rieng-cua-so-thu", status=403)  # another's draft
    mine = staff.get(f"{section}/bai-cong-tac-vien-gui")
    assert 'value="submit"' in mine.text and 'value="publish"' not in mine.text
    token = csrf_from(mine)
    staff.post(
        f"{section}/bai-cong-tac-vien-gui/@@chuyen", {"csrf_token": token, "transition": "submit"}
    )
    staff.post(
        f"{section}/bai-cong-tac-vien-gui/@@chuyen", {"csrf_token": token, "transition": "publish"}
    )
    with site() as (root, request):
        item = root["danh-ba"]["so-thu-nghiem"]["tin-hoat-dong"]["bai-cong-tac-vien-gui"]
        assert item.workflow_state == "pending"  # a Contributor may not publish
    # a Reviewer on the district may publish there, nowhere else
    with site() as (root, request):
        act_as(request, root.principals.users["bientap"])
        north = root["danh-ba"]["huyen-thu-bac"]
        draft = api.create(request, north, "NewsItem", {"title": "Tin huyện chờ duyệt"})
        api.transition(request, draft, "submit")
    staff.post(
        "/danh-ba/huyen-thu-bac/tin-huyen-cho-duyet/@@chuyen",
        {"csrf_token": token, "transition": "publish"},
    )
    with site() as (root, request):
        assert root["danh-ba"]["huyen-thu-bac"]["tin-huyen-cho-duyet"].workflow_state == "published"
        assert (
            root["danh-ba"]["so-thu-nghiem"]["tin-hoat-dong"][
                "bai-cong-tac-vien-gui"
            ].workflow_state
            == "pending"
        )


@pytest.mark.parametrize(
    "path",
    [
        "/danh-ba/",
        "/danh-ba/?q=tan&loai=commune",
        "/danh-ba/huyen-thu-bac",
        "/danh-ba/huyen-thu-bac/xa-tan-thu",
    ],
)
def test_directory_pages_are_accessible(app, branch, path):
    from test_i18n_a11y import assert_accessible

    assert_accessible(app.get(path))


def test_a_district_holding_communes_keeps_its_kind(browser_for, branch, site):
    admin = browser_for("quantri")
    form = admin.get("/danh-ba/huyen-thu-bac/@@sua").forms["deform"]
    form["kind"] = "other"
    refused = form.submit("save")
    assert "phải là huyện" in refused.text
    with site() as (root, request):
        assert root["danh-ba"]["huyen-thu-bac"].kind == "district"


def test_demo_sub_site_and_its_own_editor(app, wsgi_app):
    """The demo's department sub-site: its section bar, its news on the home page, and an
    editor who is Editor there only (README, demo users)."""
    from conftest import login
    from webtest import TestApp

    home = app.get("/").text
    start = home.index("Tập huấn bảo đảm an toàn thông tin cho cán bộ cấp xã")
    assert "· Sở Thông tin và Truyền thông" in home[start : start + 600]
    agency = app.get("/danh-ba/so-thong-tin-va-truyen-thong").text
    assert 'class="subsite-name"' in agency and "Giới thiệu Sở" in agency
    editor = login(
        TestApp(wsgi_app, extra_environ={"REMOTE_ADDR": "10.0.0.3"}),
        "bientap.stttt",
        "bientap.stttt-matkhau",
    )
    editor.get("/danh-ba/so-thong-tin-va-truyen-thong/tin-hoat-dong/@@them?loai=NewsItem")
    editor.get("/tin-tuc/@@them?loai=NewsItem", status=403)


def test_each_agency_card_names_the_same_head_as_its_first_contact(site):
    from portal.catalog.subscribers import subtree

    with site() as (root, request):
        for agency in subtree(root["danh-ba"]):
            if getattr(agency, "kind", None) in ("department", "district", "commune"):
                first = agency.contacts()[0]
                assert (first.title, first.position) == (agency.head_name, agency.head_position)
