"""The Sharing page (issue 4, item 5): who holds which role on a container — here,
inherited or portal-wide — and local grants a Site Administrator changes."""

import re

import pytest
from conftest import csrf_from

from content_types.principals import Group
from portal import content as api
from portal.demo import act_as


@pytest.fixture
def quantri(browser_for):
    return browser_for("quantri")


ROLES = ("Contributor", "Editor", "Reviewer", "Site Administrator")


def grant(browser, path, who, roles, block=None, match=None):
    """Tick exactly `roles` for `who` on the Sharing page of `path` and save."""
    page = browser.get(f"{path}/@@chia-se", params={"them": who})
    form = page.forms["deform"]
    legends = re.findall(r"<legend[^>]*>([^<]*)<", page.text)
    match = match or f"({who.split(':')[1]})"
    index = next(i for i, text in enumerate(legends) if match in text)
    boxes = form.fields["checkbox"]
    assert len(boxes) == len(legends) * len(ROLES)
    for box in boxes[index * len(ROLES) : (index + 1) * len(ROLES)]:
        box.checked = box._value in roles
    if block is not None:
        form["block"] = block
    return form.submit("save")


def test_grant_acts_only_in_that_place(quantri, browser_for, site):
    result = grant(quantri, "/thong-bao", "user:canbo", ["Editor"])
    assert result.status_int == 302
    with site() as (root, request):
        assert root["thong-bao"].local_roles["user:canbo"] == ["Editor"]
        assert root["thong-bao"].history[-1]["action"] == "sharing"
    staff = browser_for("canbo")
    staff.get("/thong-bao/@@them?loai=NewsItem", status=200)
    staff.get("/tin-tuc/@@them?loai=NewsItem", status=403)
    # revoking takes the right away again
    grant(quantri, "/thong-bao", "user:canbo", [])
    with site() as (root, request):
        assert "user:canbo" not in root["thong-bao"].local_roles
    browser_for("canbo").get("/thong-bao/@@them?loai=NewsItem", status=403)


def test_page_shows_local_inherited_and_global_holders(quantri, site):
    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        api.set_local_roles(request, root["gioi-thieu"], "user:canbo", ["Reviewer"])
        inner = api.create(request, root["gioi-thieu"], "Folder", {"title": "Bên trong"})
        api.set_local_roles(request, inner, "user:congtac", ["Editor"])
    text = quantri.get("/gioi-thieu/ben-trong/@@chia-se").text
    table = text[text.index("<table") : text.index("</table>")]
    assert "Vũ Đức Cán (canbo)" in table and "Kế thừa từ “Giới thiệu”" in table
    assert "Hoàng Thu Cộng (congtac)" in table and "Giao tại đây" in table
    assert "Lê Minh Biên (bientap)" in table and "Trên toàn cổng" in table  # global Editor
    blocked = grant(quantri, "/gioi-thieu/ben-trong", "user:congtac", ["Editor"], block=True)
    assert blocked.status_int == 302
    text = quantri.get("/gioi-thieu/ben-trong/@@chia-se").text
    assert "Kế thừa từ" not in text and "không kế thừa" in text
    with site() as (root, request):
        assert root["gioi-thieu"]["ben-trong"].block_inheritance is True


def test_group_grant_reaches_its_members(quantri, browser_for, site):
    with site() as (root, request):
        root.principals.add_group(Group("bbt-thongbao", "Ban biên tập thông báo"))
        root.principals.users["canbo"].groups = ("bbt-thongbao",)
    found = quantri.get("/thong-bao/@@chia-se", params={"tim": "bien tap thong bao"})
    assert "Nhóm: Ban biên tập thông báo" in found.text
    grant(quantri, "/thong-bao", "group:bbt-thongbao", ["Editor"], match="Ban biên tập thông báo")
    browser_for("canbo").get("/thong-bao/@@them?loai=NewsItem", status=200)


def test_newly_granted_editor_finds_private_drafts(quantri, browser_for, site):
    with site() as (root, request):
        act_as(request, root.principals.users["bientap"])
        api.create(
            request, root["thong-bao"], "NewsItem", {"title": "Bản nháp đặc biệt về phân quyền"}
        )
    staff = browser_for("canbo")
    assert "Bản nháp đặc biệt" not in staff.get("/tim-kiem", params={"q": "ban nhap dac biet"}).text
    grant(quantri, "/thong-bao", "user:canbo", ["Editor"])
    assert "Bản nháp đặc biệt" in staff.get("/tim-kiem", params={"q": "ban nhap dac biet"}).text


def test_who_may_see_and_change(app, browser_for, quantri):
    assert "/dang-nhap" in app.get("/thong-bao/@@chia-se", status=302).location
    browser_for("canbo").get("/thong-bao/@@chia-se", status=403)
    editor = browser_for("bientap")
    page = editor.get("/thong-bao/@@chia-se")
    assert "<table" in page.text and 'id="deform"' not in page.text
    editor.post("/thong-bao/@@chia-se", {"csrf_token": csrf_from(page), "p0": "Editor"}, status=403)
    form = quantri.get("/thong-bao/@@chia-se").forms["deform"]
    form["csrf_token"] = "sai"
    form.submit("save", status=400)


def test_unknown_principal_and_ungrantable_role_are_refused(quantri, site):
    page = quantri.get("/thong-bao/@@chia-se", params={"them": "user:khongco"}, status=400)
    assert "Không có người dùng hoặc nhóm “user:khongco”" in page.text
    page = quantri.get("/thong-bao/@@chia-se", params={"them": "user:canbo"})
    legends = re.findall(r"<legend[^>]*>([^<]*)<", page.text)
    index = next(i for i, text in enumerate(legends) if "(canbo)" in text)
    fields = []
    for key, value in page.forms["deform"].submit_fields():
        fields.append((key, value))
        if (key, value) == ("__start__", f"p{index}:sequence"):
            fields.append(("checkbox", "Manager"))  # not a role anyone may grant here
    fields.append(("save", "save"))
    refused = quantri.post(page.forms["deform"].action, fields, status=400)
    assert "deform" in refused.text
    with site() as (root, request):
        assert "user:canbo" not in root["thong-bao"].local_roles
        assert "user:khongco" not in root["thong-bao"].local_roles


def test_a_local_site_administrator_changes_sharing_only_there(browser_for, site):
    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        api.set_local_roles(request, root["thong-bao"], "user:canbo", ["Site Administrator"])
    local_admin = browser_for("canbo")
    assert grant(local_admin, "/thong-bao", "user:congtac", ["Reviewer"]).status_int == 302
    page = local_admin.get("/tin-tuc/@@chia-se", status=403)
    assert page.status_int == 403
