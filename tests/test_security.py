"""The security model: global, local, blocked, computed and group roles (issue 3, item 6)."""

import pytest
from pyramid.authorization import Authenticated, Everyone

from content_types.principals import Group, User
from portal import content as api
from portal.catalog import queries
from portal.demo import act_as
from portal.security import effective_roles, principals_allowed
from portal.security.model import local_roles, user_principals


def become(root, request, login):
    """Make `login` the acting user of `request` (the policy recomputes its principals)."""
    act_as(request, root.principals.users[login])
    return request.effective_principals_set


def principals_of(root, login):
    return user_principals(root.principals.users[login], root.principals)


def news(root, request, container, title, creator="bientap"):
    become(root, request, creator)
    return api.create(request, container, "NewsItem", {"title": title})


def folders(root, request):
    """/phong-ban/ holding /phong-ban/ke-toan/, created by the Manager."""
    become(root, request, "admin")
    outer = api.create(request, root, "Folder", {"title": "Phòng ban"})
    inner = api.create(request, outer, "Folder", {"title": "Kế toán"})
    return outer, inner


# --- principals and roles as functions ------------------------------------------------


def test_user_principals_carry_global_roles(site):
    """A user's principals are Everyone, Authenticated, the user, Member and each global role."""
    with site() as (root, request):
        found = principals_of(root, "bientap")
        assert {Everyone, Authenticated, "user:bientap", "role:Member", "role:Editor"} <= found
        assert "role:Reviewer" not in found
        assert principals_of(root, "canbo") == {
            Everyone,
            Authenticated,
            "user:canbo",
            "role:Member",
        }


def test_global_roles_on_a_private_item(site):
    """A private item's view/edit principals are its roles plus its creator, not Everyone."""
    with site() as (root, request):
        item = news(root, request, root["tin-tuc"], "Bản nháp", creator="congtac")
        view = principals_allowed(request.registry, item, "view")
        assert view == {
            "role:Owner",
            "role:Editor",
            "role:Site Administrator",
            "role:Manager",
            "user:congtac",
        }
        assert effective_roles(request.registry, item, principals_of(root, "bientap")) >= {
            "Editor",
            "Member",
            "Anonymous",
        }
        assert "Owner" not in effective_roles(
            request.registry, item, principals_of(root, "bientap")
        )


def test_owner_is_computed_from_creator(site):
    """The creator holds Owner on its item and only there; another Contributor does not."""
    with site() as (root, request):
        item = news(root, request, root["tin-tuc"], "Của cộng tác viên", creator="congtac")
        other = news(root, request, root["tin-tuc"], "Của biên tập", creator="bientap")
        congtac = principals_of(root, "congtac")
        assert "Owner" in effective_roles(request.registry, item, congtac)
        assert "Owner" not in effective_roles(request.registry, other, congtac)
        assert "user:congtac" in principals_allowed(request.registry, item, "edit")
        assert "user:congtac" not in principals_allowed(request.registry, other, "edit")
        # pending: the Owner still views but no longer edits
        become(root, request, "congtac")
        api.transition(request, item, "submit")
        assert "user:congtac" in principals_allowed(request.registry, item, "view")
        assert "user:congtac" not in principals_allowed(request.registry, item, "edit")


def test_local_roles_are_inherited_downward(site):
    """Editor granted on a folder holds on a subfolder's items, not on a sibling section."""
    with site() as (root, request):
        outer, inner = folders(root, request)
        deep = news(root, request, inner, "Tin sâu")
        elsewhere = news(root, request, root["thong-bao"], "Tin chỗ khác")
        become(root, request, "admin")
        api.set_local_roles(request, outer, "user:canbo", ["Editor"])
        canbo = principals_of(root, "canbo")
        assert local_roles(deep) == {"user:canbo": {"Editor"}}
        assert "Editor" in effective_roles(request.registry, inner, canbo)
        assert "Editor" in effective_roles(request.registry, deep, canbo)
        assert "Editor" not in effective_roles(request.registry, elsewhere, canbo)
        assert "user:canbo" in principals_allowed(request.registry, deep, "view")
        assert "user:canbo" in principals_allowed(request.registry, deep, "edit")
        assert "user:canbo" not in principals_allowed(request.registry, elsewhere, "view")
        # a role that the state's map does not name grants nothing there
        assert "user:canbo" not in principals_allowed(request.registry, deep, "review")


def test_block_inheritance_stops_at_the_blocking_container(site):
    """A container that blocks inheritance keeps its own local roles but not its parents'."""
    with site() as (root, request):
        outer, inner = folders(root, request)
        deep = news(root, request, inner, "Tin trong phòng kín")
        become(root, request, "admin")
        api.set_local_roles(request, outer, "user:canbo", ["Editor"])
        api.set_local_roles(request, inner, "user:congtac", ["Reviewer"])
        api.set_block_inheritance(request, inner, True)
        assert inner.block_inheritance is True
        assert local_roles(deep) == {"user:congtac": {"Reviewer"}}
        assert "Editor" not in effective_roles(request.registry, deep, principals_of(root, "canbo"))
        assert "user:canbo" not in principals_allowed(request.registry, deep, "view")
        assert "Editor" in effective_roles(request.registry, outer, principals_of(root, "canbo"))
        # unblocking brings the inherited role back
        api.set_block_inheritance(request, inner, False)
        assert "user:canbo" in principals_allowed(request.registry, deep, "view")


def test_a_memo_of_local_roles_answers_like_a_fresh_walk(site):
    """A page that checks many siblings shares their ancestors' answers through a memo;
    each answer is the node's own roles and those it inherits, blocked inheritance
    included, and reading through the memo changes no other answer."""
    with site() as (root, request):
        outer, inner = folders(root, request)
        deep = news(root, request, inner, "Tin trong phòng")
        beside = news(root, request, outer, "Tin bên cạnh")
        become(root, request, "admin")
        api.set_local_roles(request, outer, "user:canbo", ["Editor"])
        api.set_local_roles(request, inner, "user:congtac", ["Reviewer"])
        api.set_local_roles(request, deep, "user:canbo", ["Reviewer"])
        editor, reviewer = {"user:canbo": {"Editor"}}, {"user:congtac": {"Reviewer"}}
        expected = {
            False: {
                deep: {"user:canbo": {"Editor", "Reviewer"}, **reviewer},
                beside: editor,
                inner: {**editor, **reviewer},
                outer: editor,
            },
            True: {
                deep: {"user:canbo": {"Reviewer"}, **reviewer},
                beside: editor,
                inner: reviewer,
                outer: editor,
            },
        }
        for blocked, answers in expected.items():
            api.set_block_inheritance(request, inner, blocked)
            memo = {}
            for node in (deep, beside, inner, outer, deep):
                assert local_roles(node, memo) == answers[node], (blocked, node.title)
                assert local_roles(node) == answers[node], (blocked, node.title)


def test_block_does_not_remove_global_roles(site):
    """Blocking inheritance stops local roles only: global Editors still see the draft."""
    with site() as (root, request):
        outer, inner = folders(root, request)
        deep = news(root, request, inner, "Tin nháp", creator="congtac")
        become(root, request, "admin")
        api.set_local_roles(request, inner, "user:duyet", ["Reviewer"])
        api.set_block_inheritance(request, inner, True)
        allowed = principals_allowed(request.registry, deep, "view")
        assert {"role:Editor", "role:Manager", "user:congtac"} <= allowed


def test_group_roles_global_and_local(site):
    """A group's global role reaches its members; a role granted to the group locally too."""
    with site() as (root, request):
        root.principals.add_group(Group("duyet-bai", "Tổ duyệt bài", roles=("Reviewer",)))
        root.principals.add_group(Group("soan-thao", "Tổ soạn thảo"))
        root.principals.add_user(User("thanhvien", "Thành viên", groups=("duyet-bai", "soan-thao")))
        mine = principals_of(root, "thanhvien")
        assert {"group:duyet-bai", "group:soan-thao", "role:Reviewer"} <= mine
        outer, inner = folders(root, request)
        item = news(root, request, inner, "Tin của tổ")
        assert "Editor" not in effective_roles(request.registry, item, mine)
        become(root, request, "admin")
        api.set_local_roles(request, outer, "group:soan-thao", ["Editor"])
        assert {"Editor", "Reviewer"} <= effective_roles(request.registry, item, mine)
        assert "group:soan-thao" in principals_allowed(request.registry, item, "edit")


def test_published_view_is_everyone(site):
    """Once published an item's view principals are exactly Everyone."""
    with site() as (root, request):
        item = news(root, request, root["tin-tuc"], "Tin công khai")
        become(root, request, "admin")
        api.transition(request, item, "publish")
        assert principals_allowed(request.registry, item, "view") == {Everyone}


def test_only_grantable_roles(site):
    """Manager, Owner and unknown roles cannot be granted locally."""
    with site() as (root, request):
        become(root, request, "admin")
        for role in ("Manager", "Owner", "Thủ trưởng"):
            with pytest.raises(api.ContentError):
                api.set_local_roles(request, root["tin-tuc"], "user:canbo", [role])
        assert "user:canbo" not in root["tin-tuc"].local_roles


# --- the catalog follows local roles ---------------------------------------------------


def visible_titles(root, request, login, container):
    become(root, request, login)
    return {o.title for o in queries.children(request, container, size=100).items}


def test_set_local_roles_reindexes_the_subtree(site):
    """Editor granted on a folder shows its private items (below a subfolder too) to that
    user in catalog queries; revoking hides them again."""
    with site() as (root, request):
        outer, inner = folders(root, request)
        news(root, request, inner, "Tin riêng tư phòng kế toán")
        assert "Tin riêng tư phòng kế toán" not in visible_titles(root, request, "canbo", inner)
        become(root, request, "admin")
        api.set_local_roles(request, outer, "user:canbo", ["Editor"])
        assert "Tin riêng tư phòng kế toán" in visible_titles(root, request, "canbo", inner)
        become(root, request, "admin")
        hits = {o.title for o in queries.search(request, "ke toan").items}
        assert "Tin riêng tư phòng kế toán" in hits  # admin sees it anyway
        api.set_local_roles(request, outer, "user:canbo", [])
        assert "Tin riêng tư phòng kế toán" not in visible_titles(root, request, "canbo", inner)


def test_local_role_reindex_seen_through_search(site, browser_for):
    """A user given Editor on a section finds its private item through /tim-kiem, then not."""
    with site() as (root, request):
        news(root, request, root["thong-bao"], "Kế hoạch kiểm kê kho lưu trữ")
    member = browser_for("canbo")
    query = {"q": "kiem ke kho luu tru"}
    assert "Kế hoạch kiểm kê kho lưu trữ" not in member.get("/tim-kiem", query).text
    with site() as (root, request):
        become(root, request, "admin")
        api.set_local_roles(request, root["thong-bao"], "user:canbo", ["Editor"])
    assert "Kế hoạch kiểm kê kho lưu trữ" in member.get("/tim-kiem", query).text
    with site() as (root, request):
        become(root, request, "admin")
        api.set_local_roles(request, root["thong-bao"], "user:canbo", [])
    assert "Kế hoạch kiểm kê kho lưu trữ" not in member.get("/tim-kiem", query).text


# --- local roles count like global ones through the web ------------------------------


def item_path(item):
    return "/" + "/".join(p for p in (item.__parent__.__name__, item.__name__)) + "/"


@pytest.mark.parametrize(
    "local, state, view, edit",
    [
        ("Editor", "private", 200, 200),
        ("Editor", "pending", 200, 200),
        ("Editor", "published", 200, 200),
        ("Reviewer", "private", 403, 403),
        ("Reviewer", "pending", 200, 200),
        ("Reviewer", "published", 200, 403),
        ("Site Administrator", "private", 200, 200),
        ("Contributor", "private", 403, 403),
    ],
)
def test_local_roles_count_like_global_ones(site, browser_for, local, state, view, edit):
    """A Member given a role on /thong-bao gets, below it, what that role's holders get."""
    with site() as (root, request):
        item = news(root, request, root["thong-bao"], f"Thông báo {state}")
        become(root, request, "admin")
        if state != "private":
            api.transition(request, item, "submit")
        if state == "published":
            api.transition(request, item, "publish")
        api.set_local_roles(request, root["thong-bao"], "user:canbo", [local])
        path = item_path(item)
    member = browser_for("canbo")
    assert member.get(path, expect_errors=True).status_int == view
    assert member.get(path + "@@sua", expect_errors=True).status_int == edit


def test_local_reviewer_may_publish_but_not_elsewhere(site, browser_for):
    """A Member made Reviewer on /thong-bao publishes a pending item there; not in /tin-tuc."""
    with site() as (root, request):
        here = news(root, request, root["thong-bao"], "Chờ duyệt ở thông báo")
        there = news(root, request, root["tin-tuc"], "Chờ duyệt ở tin tức")
        api.transition(request, here, "submit")
        api.transition(request, there, "submit")
        become(root, request, "admin")
        api.set_local_roles(request, root["thong-bao"], "user:canbo", ["Reviewer"])
        paths = item_path(here), item_path(there)
    member = browser_for("canbo")
    page = member.get(paths[0])
    form = next(f for f in page.forms.values() if f.action.endswith("@@chuyen"))
    form.submit("transition", value="publish")
    assert member.get(paths[1], expect_errors=True).status_int == 403
    with site() as (root, request):
        assert root["thong-bao"][here.__name__].workflow_state == "published"
        assert root["tin-tuc"][there.__name__].workflow_state == "pending"


# --- refusals -------------------------------------------------------------------------


def test_anonymous_on_protected_page_goes_to_login(app, site):
    """Anonymous asking for a private item or an edit form is redirected to /dang-nhap."""
    with site() as (root, request):
        path = item_path(news(root, request, root["tin-tuc"], "Tin kín"))
    for target in (path, path + "@@sua", "/tin-tuc/@@them?loai=NewsItem"):
        response = app.get(target)
        assert response.status_int == 302
        assert "/dang-nhap" in response.location
        assert "came_from=" in response.location
    assert app.get("/dang-nhap").status_int == 200


def test_logged_in_without_permission_gets_403(browser_for, site):
    """A Member asking for a private item or an add form gets a Vietnamese 403 page."""
    with site() as (root, request):
        path = item_path(news(root, request, root["tin-tuc"], "Tin kín"))
    member = browser_for("canbo")
    for target in (path, path + "@@sua", "/tin-tuc/@@them?loai=NewsItem"):
        response = member.get(target, expect_errors=True)
        assert response.status_int == 403
        assert "Không có quyền truy cập" in response.text
