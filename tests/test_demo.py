"""The demo site (issue 3, item 10): sections, at least 30 news items in every state, a user per role."""

from collections import Counter

from portal.security.roles import PORTAL_ROLES


def test_demo_news_in_every_state(site):
    """At least 30 news items and announcements, some private, pending and published."""
    with site() as (root, request):
        items = [
            obj
            for name in ("tin-tuc", "thong-bao")
            for obj in root[name]._children.values()
            if obj.type_info.name == "NewsItem"
        ]
        states = Counter(obj.workflow_state for obj in items)
        creators = {obj.creator for obj in items if obj.workflow_state == "private"}
    assert len(items) >= 30
    assert states["published"] >= 20 and states["pending"] >= 2 and states["private"] >= 2
    assert {"congtac", "bientap"} <= creators


def test_demo_has_one_user_per_granted_role(site):
    """Every role that is granted (not computed) has a demo user, and a plain Member exists."""
    with site() as (root, request):
        held = {role for user in root.principals.users.values() for role in user.roles}
        plain = [u for u in root.principals.users.values() if not u.roles]
    assert held == set(PORTAL_ROLES) - {"Anonymous", "Member", "Owner"}
    assert plain


def test_large_stores_are_unordered_and_sections_ordered(site):
    """News stores keep no order list; navigation sections do."""
    with site() as (root, request):
        assert root["tin-tuc"]._order is None and root["thong-bao"]._order is None
        assert list(root["gioi-thieu"].keys())[0] == "tong-quan"


def test_demo_pages_answer(app):
    """The home page shows pictures and news; sections, a file and an image answer."""
    home = app.get("/")
    assert "@@anh/thumb" in home.text
    for path in ("/gioi-thieu/", "/du-lich/", "/dau-tu/", "/thong-bao/", "/gioi-thieu/tong-quan/"):
        assert app.get(path).status_int == 200
    download = app.get("/gioi-thieu/huong-dan-su-dung/@@tai-ve")
    assert download.content_type == "text/plain"
    assert app.get("/gioi-thieu/toan-canh-song-ngoc/@@anh/preview").content_type == "image/jpeg"
