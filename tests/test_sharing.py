"""The Sharing page (`@@chia-se`): who holds which role on a container — granted
here, inherited or portal-wide — and the local grants a Site Administrator changes.

Roles are the ids of the role table in shared/DOMAIN.md ("The people and their roles").
"""

import re
from html.parser import HTMLParser

import pytest
from conftest import csrf_from
from test_i18n_a11y import assert_accessible

from content_types.principals import Group, User
from portal import content as api
from portal.demo import act_as

# Column order on the page: request.registry.grantable_roles.
ROLES = ("Contributor", "Editor", "Reviewer", "Site Administrator")


@pytest.fixture
def quantri(browser_for):
    return browser_for("quantri")


class Matrix(HTMLParser):
    """The sharing table as {row header text: [cell text, …]} plus each label's text."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.rows, self.labels, self.headers = {}, {}, []
        self._cell = self._row = self._label = None
        self._in_table = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table" and "sharing-table" in a.get("class", ""):
            self._in_table = True
        elif self._in_table and tag == "tr":
            self._row = []
        elif self._in_table and tag in ("th", "td"):
            self._cell = [tag, a.get("scope"), ""]
        elif tag == "label" and a.get("for"):
            self._label = [a["for"], ""]

    def handle_endtag(self, tag):
        if tag == "table":
            self._in_table = False
        elif tag in ("th", "td") and self._cell is not None:
            self._row.append(self._cell)
            self._cell = None
        elif tag == "tr" and self._row is not None:
            first = self._row[0]
            text = [" ".join(c[2].split()) for c in self._row]
            if first[1] == "col":
                self.headers = text
            else:
                self.rows[text[0]] = text[1:]
            self._row = None
        elif tag == "label" and self._label is not None:
            self.labels[self._label[0]] = " ".join(self._label[1].split())
            self._label = None

    def handle_data(self, data):
        if self._label is not None:  # a checkbox's label is not what the cell shows
            self._label[1] += data
        elif self._cell is not None:
            self._cell[2] += data


def row_of(matrix, name):
    """The cells (one per role, in ROLES order) of the row whose header starts with `name`."""
    found = [cells for header, cells in matrix.rows.items() if header.startswith(name)]
    assert len(found) == 1, (name, list(matrix.rows))
    return dict(zip(ROLES, found[0], strict=True))


def sharing_form(page):
    return page.forms["phan-quyen"]


def boxes(form):
    """(principal, role) → checkbox field, read off the posted structure."""
    found, principal = {}, None
    for name, field in form.field_order:
        if name == "principal":
            principal = field.value
        elif name == "role":
            found[(principal, field._value)] = field
    return found


def grant(browser, path, who, roles, block=None, status=302):
    """Open `path`'s Sharing page with `who` added, tick exactly `roles` for it, save."""
    page = browser.get(f"{path}/@@chia-se", params={"them": who})
    form = sharing_form(page)
    for (principal, role), box in boxes(form).items():
        if principal == who:
            box.checked = role in roles
    if block is not None:
        form["block"].checked = block
    return form.submit("save", status=status)


def local_roles(site, path):
    with site() as (root, request):
        node = root
        for name in path.strip("/").split("/"):
            node = node[name] if name else node
        return {p: list(r) for p, r in node.local_roles.items()}


def test_editor_granted_on_a_section_acts_only_there_until_revoked(quantri, browser_for, site):
    staff = browser_for("canbo")
    staff.get("/thong-bao/@@them?loai=NewsItem", status=403)
    saved = grant(quantri, "/thong-bao", "user:canbo", ["Editor"])
    assert saved.location.endswith("/thong-bao/@@chia-se")  # post, redirect, get
    assert "Đã lưu phân quyền." in saved.follow().text
    assert local_roles(site, "/thong-bao") == {"user:canbo": ["Editor"]}
    with site() as (root, request):
        entry = root["thong-bao"].history[-1]
        assert (entry["action"], entry["actor"]) == ("sharing", "quantri")
    staff.get("/thong-bao/@@them?loai=NewsItem", status=200)
    staff.get("/tin-tuc/@@them?loai=NewsItem", status=403)

    grant(quantri, "/thong-bao", "user:canbo", [])
    assert local_roles(site, "/thong-bao") == {}
    staff.get("/thong-bao/@@them?loai=NewsItem", status=403)


def test_matrix_shows_local_inherited_and_portal_wide_roles_per_column(quantri, browser_for, site):
    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        inner = api.create(request, root["gioi-thieu"], "Folder", {"title": "Bên trong"})
        api.set_local_roles(request, inner, "user:congtac", ["Reviewer"])
    grant(quantri, "/gioi-thieu", "user:canbo", ["Editor"])

    child = Matrix(quantri.get("/gioi-thieu/ben-trong/@@chia-se").text)
    assert child.headers == [
        "Người dùng hoặc nhóm",
        "Cộng tác viên",
        "Biên tập viên",
        "Người duyệt",
        "Quản trị trang",
    ]
    canbo = row_of(child, "Vũ Đức Cán (canbo)")
    assert canbo["Editor"] == "Kế thừa từ “Giới thiệu”"
    assert canbo["Reviewer"] == canbo["Contributor"] == ""
    assert row_of(child, "Lê Minh Biên (bientap)")["Editor"] == "Trên toàn cổng"
    assert row_of(child, "Trần Thị Trang (quantri)")["Site Administrator"] == "Trên toàn cổng"
    # the inherited grant can be changed only where it was made: no checkbox ticks it here
    form = sharing_form(quantri.get("/gioi-thieu/ben-trong/@@chia-se"))
    assert not boxes(form)[("user:canbo", "Editor")].checked
    assert boxes(form)[("user:congtac", "Reviewer")].checked
    # the Editor grant reaches the child: canbo may add a page there
    staff = browser_for("canbo")
    staff.get("/gioi-thieu/ben-trong/@@them?loai=Page", status=200)

    blocked = grant(quantri, "/gioi-thieu/ben-trong", "user:congtac", ["Reviewer"], block=True)
    assert blocked.status_int == 302
    with site() as (root, request):
        assert root["gioi-thieu"]["ben-trong"].block_inheritance is True
    child = Matrix(quantri.get("/gioi-thieu/ben-trong/@@chia-se").text)
    assert not any(h.startswith("Vũ Đức Cán") for h in child.rows)
    assert row_of(child, "Hoàng Thu Cộng (congtac)")["Reviewer"] == ""  # a ticked checkbox
    staff.get("/gioi-thieu/ben-trong/@@them?loai=Page", status=403)
    staff.get("/gioi-thieu/@@them?loai=Page", status=200)  # still an Editor above


def test_group_grant_reaches_its_members_and_is_found_without_diacritics(
    quantri, browser_for, site
):
    with site() as (root, request):
        root.principals.add_group(Group("bbt-thongbao", "Ban biên tập thông báo"))
        root.principals.users["canbo"].groups = ("bbt-thongbao",)
    for query in ("BAN BIEN TAP thong bao", "bbt-thongbao"):
        found = quantri.get("/thong-bao/@@chia-se", params={"tim": query})
        assert "Thêm Nhóm: Ban biên tập thông báo (bbt-thongbao) vào bảng" in found.text
    link = found.html.find("a", string=re.compile("Ban biên tập thông báo"))["href"]
    added = quantri.get(link)
    assert "Nhóm: Ban biên tập thông báo (bbt-thongbao)" in Matrix(added.text).rows

    grant(quantri, "/thong-bao", "group:bbt-thongbao", ["Editor"])
    assert local_roles(site, "/thong-bao") == {"group:bbt-thongbao": ["Editor"]}
    member = browser_for("canbo")
    member.get("/thong-bao/@@them?loai=NewsItem", status=200)
    member.get("/tin-tuc/@@them?loai=NewsItem", status=403)
    browser_for("congtac").get("/thong-bao/@@them?loai=NewsItem", status=200)  # own role
    with site() as (root, request):
        root.principals.users["canbo"].groups = ()
    browser_for("canbo").get("/thong-bao/@@them?loai=NewsItem", status=403)


def test_a_group_holding_a_portal_wide_role_is_one_row_and_named_on_its_members(quantri, site):
    with site() as (root, request):
        root.principals.add_group(Group("duyet-bai", "Tổ duyệt bài", roles=("Reviewer",)))
        for login in ("canbo", "congtac"):
            root.principals.users[login].groups = ("duyet-bai",)
        act_as(request, root.principals.users["admin"])
        api.set_local_roles(request, root["tin-tuc"], "user:canbo", ["Contributor"])
    matrix = Matrix(quantri.get("/tin-tuc/@@chia-se").text)
    assert row_of(matrix, "Nhóm: Tổ duyệt bài (duyet-bai)")["Reviewer"] == "Trên toàn cổng"
    canbo = row_of(matrix, "Vũ Đức Cán (canbo)")
    assert canbo["Reviewer"] == "Trên toàn cổng, qua nhóm “Tổ duyệt bài”"
    # congtac has a row for its own Contributor role, where the group's Reviewer shows too
    congtac = row_of(matrix, "Hoàng Thu Cộng (congtac)")
    assert congtac["Contributor"] == "Trên toàn cổng"
    assert congtac["Reviewer"] == "Trên toàn cổng, qua nhóm “Tổ duyệt bài”"


def test_search_by_name_and_email_flags_disabled_accounts_and_caps_results(quantri, site):
    with site() as (root, request):
        users = root.principals.users
        users["canbo"].disable("admin")
        for n in range(25):
            root.principals.add_user(User(f"tho{n:02d}", f"Đỗ Văn Thọ {n}", f"tho{n}@x.gov.vn"))
    by_name = quantri.get("/thong-bao/@@chia-se", params={"tim": "vu duc can"})
    results = by_name.html.find("ul", class_="search-results")
    assert "Vũ Đức Cán (canbo)" in results.text and "Đã khóa" in results.text
    by_mail = quantri.get("/thong-bao/@@chia-se", params={"tim": "duyet@hoabinhxanh"})
    assert len(by_mail.html.find("ul", class_="search-results").find_all("li")) == 1
    many = quantri.get("/thong-bao/@@chia-se", params={"tim": "do van tho"})
    assert len(many.html.find("ul", class_="search-results").find_all("li")) == 20
    assert "Còn 5 kết quả nữa" in many.text
    nothing = quantri.get("/thong-bao/@@chia-se", params={"tim": "khong ai co ten nay"})
    assert "Không tìm thấy người dùng hoặc nhóm nào." in nothing.text


def test_who_may_see_and_who_may_change(app, browser_for, quantri, site):
    assert "/dang-nhap" in app.get("/thong-bao/@@chia-se", status=302).location
    browser_for("canbo").get("/thong-bao/@@chia-se", status=403)
    editor = browser_for("bientap")
    page = editor.get("/thong-bao/@@chia-se")
    assert row_of(Matrix(page.text), "Lê Minh Biên (bientap)")["Editor"] == "Trên toàn cổng"
    assert 'type="checkbox"' not in page.text and "Thêm người dùng hoặc nhóm" not in page.text
    posted = [
        ("csrf_token", csrf_from(page)),
        ("__start__", "grants:sequence"),
        ("__start__", "grant:mapping"),
        ("principal", "user:canbo"),
        ("__start__", "roles:sequence"),
        ("role", "Editor"),
        ("__end__", "roles:sequence"),
        ("__end__", "grant:mapping"),
        ("__end__", "grants:sequence"),
    ]
    editor.post("/thong-bao/@@chia-se", posted, status=403)
    assert "/dang-nhap" in app.post("/thong-bao/@@chia-se", posted[1:], status=302).location
    assert local_roles(site, "/thong-bao") == {}


def test_toolbar_links_to_the_page_only_for_those_who_may_see_it(app, browser_for, quantri):
    link = 'href="/thong-bao/@@chia-se"'
    assert link in quantri.get("/thong-bao/").text
    assert link in browser_for("bientap").get("/thong-bao/").text
    assert link not in browser_for("canbo").get("/thong-bao/").text
    assert link not in app.get("/thong-bao/").text


def test_post_without_csrf_token_is_refused(quantri, site):
    form = sharing_form(quantri.get("/thong-bao/@@chia-se", params={"them": "user:canbo"}))
    boxes(form)[("user:canbo", "Editor")].checked = True
    form["csrf_token"] = ""
    form.submit("save", status=400)
    form["csrf_token"] = "sai"
    form.submit("save", status=400)
    assert local_roles(site, "/thong-bao") == {}


def test_unknown_principal_is_refused_and_nothing_is_saved(quantri, site):
    page = quantri.get("/thong-bao/@@chia-se", params={"them": "user:khongco"}, status=400)
    assert "Không có người dùng hoặc nhóm “user:khongco”." in page.text
    form = sharing_form(quantri.get("/thong-bao/@@chia-se", params={"them": "user:canbo"}))
    boxes(form)[("user:canbo", "Editor")].checked = True
    fields = form.submit_fields("save")
    at = fields.index(("__end__", "grants:sequence"))
    for unknown in ("user:khongco", "group:khongco", "khongco"):
        rows = [
            ("__start__", "grant:mapping"),
            ("principal", unknown),
            ("__start__", "roles:sequence"),
            ("role", "Reviewer"),
            ("__end__", "roles:sequence"),
            ("__end__", "grant:mapping"),
        ]
        refused = quantri.post(form.action, fields[:at] + rows + fields[at:], status=400)
        assert f"Không có người dùng hoặc nhóm “{unknown}”." in refused.text
        assert "Chưa lưu thay đổi nào" in refused.text
        # the choices made stay ticked for another try
        assert boxes(sharing_form(refused))[("user:canbo", "Editor")].checked
        # canbo's valid row in the same form was not kept either
        assert local_roles(site, "/thong-bao") == {}


def test_role_that_may_not_be_granted_is_refused(quantri, site):
    form = sharing_form(quantri.get("/thong-bao/@@chia-se", params={"them": "user:canbo"}))
    fields = form.submit_fields("save")
    row = fields.index(("principal", "user:canbo"))
    at = fields.index(("__start__", "roles:sequence"), row) + 1
    for role in ("Manager", "Owner", "Member"):
        refused = quantri.post(
            form.action, fields[:at] + [("role", role)] + fields[at:], status=400
        )
        assert f"Vai trò không được phép cấp: {role}" in refused.text
    assert local_roles(site, "/thong-bao") == {}


def test_a_stale_form_changes_only_the_rows_it_shows(quantri, site):
    form = sharing_form(quantri.get("/thong-bao/@@chia-se", params={"them": "user:canbo"}))
    boxes(form)[("user:canbo", "Editor")].checked = True
    with site() as (root, request):  # someone else, meanwhile
        act_as(request, root.principals.users["admin"])
        api.set_local_roles(request, root["thong-bao"], "user:congtac", ["Reviewer"])
    form.submit("save", status=302)
    assert local_roles(site, "/thong-bao") == {
        "user:canbo": ["Editor"],
        "user:congtac": ["Reviewer"],
    }
    # unticking one role keeps a role granted to the same person since the form was shown
    form = sharing_form(quantri.get("/thong-bao/@@chia-se"))
    boxes(form)[("user:canbo", "Editor")].checked = False
    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        api.set_local_roles(request, root["thong-bao"], "user:canbo", ["Editor", "Reviewer"])
        api.set_block_inheritance(request, root["thong-bao"], True)
    form.submit("save", status=302)
    assert local_roles(site, "/thong-bao")["user:canbo"] == ["Reviewer"]
    with site() as (root, request):  # the switch was not touched: it stays as set meanwhile
        assert root["thong-bao"].block_inheritance is True


def test_newly_granted_editor_finds_private_drafts_in_search(quantri, browser_for, site):
    with site() as (root, request):
        act_as(request, root.principals.users["bientap"])
        draft = api.create(
            request, root["thong-bao"], "NewsItem", {"title": "Bản nháp đặc biệt về phân quyền"}
        )
        assert draft.workflow_state == "private"
    staff = browser_for("canbo")

    def finds():
        return "Bản nháp đặc biệt" in staff.get("/tim-kiem", params={"q": "ban nhap dac biet"})

    assert not finds()
    grant(quantri, "/thong-bao", "user:canbo", ["Editor"])
    assert finds()
    grant(quantri, "/thong-bao", "user:canbo", [])
    assert not finds()


def test_a_local_site_administrator_changes_sharing_only_there(browser_for, site):
    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        api.set_local_roles(request, root["thong-bao"], "user:canbo", ["Site Administrator"])
    local_admin = browser_for("canbo")
    grant(local_admin, "/thong-bao", "user:congtac", ["Reviewer"])
    assert local_roles(site, "/thong-bao")["user:congtac"] == ["Reviewer"]
    local_admin.get("/tin-tuc/@@chia-se", status=403)
    page = browser_for("quantri").get("/tin-tuc/@@chia-se")
    local_admin.post("/tin-tuc/@@chia-se", {"csrf_token": csrf_from(page)}, status=403)
    # taking its own role away sends it back to the section instead of a 403
    gone = grant(local_admin, "/thong-bao", "user:canbo", [])
    assert gone.location.endswith("/thong-bao/")


def test_pages_are_accessible_and_every_checkbox_names_person_and_role(quantri, browser_for):
    page = quantri.get("/thong-bao/@@chia-se", params={"them": "user:canbo"})
    assert_accessible(page)
    assert '<th scope="col"' in page.text and '<th scope="row"' in page.text
    matrix = Matrix(page.text)
    ids = re.findall(r'<input type="checkbox" name="role" value="[^"]+" id="([^"]+)"', page.text)
    assert len(ids) == len(matrix.rows) * len(ROLES)
    labels = {matrix.labels[i] for i in ids}
    assert "Biên tập viên tại đây cho Vũ Đức Cán (canbo)" in labels
    assert "Quản trị trang tại đây cho Trần Thị Trang (quantri)" in labels
    assert len(labels) == len(ids)  # no two checkboxes read the same
    assert matrix.labels["khong-ke-thua"] == "Không kế thừa vai trò được giao ở các mục bên trên"
    assert_accessible(browser_for("bientap").get("/thong-bao/@@chia-se"))
    root = quantri.get("/@@chia-se")  # the portal root: nothing above to inherit from
    assert_accessible(root)
    assert 'name="block"' not in root.text


def test_a_grant_to_a_removed_account_shows_and_can_only_be_taken_away(quantri, site):
    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        api.set_local_roles(request, root["thong-bao"], "user:dachuyen", ["Editor"])
    page = quantri.get("/thong-bao/@@chia-se")
    assert "user:dachuyen (không còn tồn tại)" in Matrix(page.text).rows
    form = sharing_form(page)
    boxes(form)[("user:dachuyen", "Reviewer")].checked = True
    refused = form.submit("save", status=400)
    assert "Không có người dùng hoặc nhóm “user:dachuyen”." in refused.text
    assert local_roles(site, "/thong-bao") == {"user:dachuyen": ["Editor"]}
    form = sharing_form(quantri.get("/thong-bao/@@chia-se"))
    boxes(form)[("user:dachuyen", "Editor")].checked = False
    form.submit("save", status=302)
    assert local_roles(site, "/thong-bao") == {}


def test_a_malformed_post_is_refused(quantri, site):
    page = quantri.get("/thong-bao/@@chia-se")
    fields = [("csrf_token", csrf_from(page)), ("__start__", "grants:sequence")]
    refused = quantri.post("/thong-bao/@@chia-se", fields, status=400)
    assert "Biểu mẫu gửi lên không hợp lệ." in refused.text
    fields += [("__start__", "grant:mapping"), ("principal", "user:canbo"), ("roles", "Editor")]
    fields += [("__end__", "grant:mapping"), ("__end__", "grants:sequence")]
    quantri.post("/thong-bao/@@chia-se", fields, status=400)  # roles must be a sequence
    assert local_roles(site, "/thong-bao") == {}
