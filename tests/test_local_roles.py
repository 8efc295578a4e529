"""Global, local (inherited, blockable), group and computed roles (issue 3, item 6)."""

from pyramid.authorization import Everyone

from content_types.principals import Group, User
from portal import content as api
from portal.catalog import queries
from portal.demo import act_as
from portal.security import effective_roles, principals_allowed
from portal.security.model import user_principals


def draft(root, request, folder, title, creator="bientap"):
    act_as(request, root.principals.users[creator])
    return api.create(
        request, root[folder] if isinstance(folder, str) else folder, "NewsItem", {"title": title}
    )


def test_private_item_is_allowed_to_owner_and_role_holders(site):
    """A draft may be viewed by its creator (computed Owner) and global Editors, not by all."""
    with site() as (root, request):
        item = draft(root, request, "tin-tuc", "Bản nháp", creator="congtac")
        allowed = principals_allowed(request.registry, item, "view")
        assert "user:congtac" in allowed
        assert "role:Editor" in allowed
        assert Everyone not in allowed
        api.transition(request, item, "submit")
        act_as(request, root.principals.users["admin"])
        api.transition(request, item, "publish")
        assert principals_allowed(request.registry, item, "view") == {Everyone}


def test_local_role_is_inherited_and_blockable(site):
    """Editor granted on a folder holds on items below; a blocking folder stops it."""
    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        outer = api.create(request, root, "Folder", {"title": "Sở Y tế"})
        inner = api.create(request, outer, "Folder", {"title": "Phòng kín"})
        item_outer = draft(root, request, outer, "Tin ngoài")
        item_inner = draft(root, request, inner, "Tin trong")
        act_as(request, root.principals.users["admin"])
        api.set_local_roles(request, outer, "user:canbo", ["Editor"])
        canbo = user_principals(root.principals.users["canbo"], root.principals)
        assert "Editor" in effective_roles(request.registry, item_outer, canbo)
        assert "Editor" in effective_roles(request.registry, item_inner, canbo)
        assert "user:canbo" in principals_allowed(request.registry, item_inner, "edit")
        api.set_local_roles(request, inner, "user:duyet", ["Reviewer"], block=True)
        assert "Editor" not in effective_roles(request.registry, item_inner, canbo)
        assert "user:canbo" not in principals_allowed(request.registry, item_inner, "view")
        # the folder's own local roles still count below a block
        assert "user:duyet" in principals_allowed(request.registry, item_inner, "review")


def test_group_roles_count_like_user_roles(site):
    """A role held through a group, globally or locally, counts like one held directly."""
    with site() as (root, request):
        root.principals.add_group(Group("ban-bien-tap", "Ban biên tập", roles=("Reviewer",)))
        root.principals.add_user(User("nhom", "Thành viên nhóm", groups=("ban-bien-tap",)))
        principals = user_principals(root.principals.users["nhom"], root.principals)
        assert {"group:ban-bien-tap", "role:Reviewer", "role:Member"} <= principals
        act_as(request, root.principals.users["admin"])
        api.set_local_roles(request, root["thong-bao"], "group:ban-bien-tap", ["Editor"])
        item = draft(root, request, "thong-bao", "Thông báo nháp")
        assert {"Editor", "Reviewer"} <= effective_roles(request.registry, item, principals)


def test_only_grantable_roles_may_be_given(site):
    """Manager and computed roles cannot be granted locally."""
    import pytest

    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        for role in ("Manager", "Owner"):
            with pytest.raises(api.ContentError):
                api.set_local_roles(request, root["tin-tuc"], "user:canbo", [role])


def test_changing_local_roles_reindexes_the_subtree(site, browser_for):
    """Granting Editor on a folder makes its drafts searchable for that user; revoking hides them."""
    with site() as (root, request):
        draft(root, request, "thong-bao", "Kế hoạch tổ chức hội thi bí mật")
    member = browser_for("canbo")
    assert (
        "Kế hoạch tổ chức hội thi bí mật"
        not in member.get("/tim-kiem", {"q": "hoi thi bi mat"}).text
    )
    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        api.set_local_roles(request, root["thong-bao"], "user:canbo", ["Editor"])
        request.environ["portal.principals"] = frozenset(
            user_principals(root.principals.users["canbo"], root.principals)
        )
        titles = [o.title for o in queries.search(request, "hoi thi bi mat").items]
        assert titles == ["Kế hoạch tổ chức hội thi bí mật"]
    assert (
        "Kế hoạch tổ chức hội thi bí mật" in member.get("/tim-kiem", {"q": "hoi thi bi mat"}).text
    )
    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        api.set_local_roles(request, root["thong-bao"], "user:canbo", [])
    assert (
        "Kế hoạch tổ chức hội thi bí mật"
        not in member.get("/tim-kiem", {"q": "hoi thi bi mat"}).text
    )


def test_local_editor_acts_only_where_granted(site, browser_for):
    """A Member made Editor on one section may add there and nowhere else."""
    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        api.set_local_roles(request, root["thong-bao"], "user:canbo", ["Editor"])
    member = browser_for("canbo")
    assert member.get("/thong-bao/@@them?loai=NewsItem").status_int == 200
    assert member.get("/tin-tuc/@@them?loai=NewsItem", expect_errors=True).status_int == 403


def test_anonymous_is_sent_to_login_and_members_get_403(app, browser_for):
    """Anonymous on a protected page goes to the login form; a Member without the right gets 403."""
    response = app.get("/tin-tuc/@@them?loai=NewsItem")
    assert response.status_int == 302
    assert (
        "/dang-nhap?came_from=/tin-tuc/%40%40them" in response.location
        or "/dang-nhap?came_from=" in response.location
    )
    member = browser_for("canbo")
    refused = member.get("/tin-tuc/@@them?loai=NewsItem", expect_errors=True)
    assert refused.status_int == 403
    assert "Không có quyền truy cập" in refused.text
