"""The permission matrix through the web: role × state × view/edit, and transitions (issue 3)."""

import pytest
from conftest import csrf_from

from portal import content as api
from portal.demo import act_as

STATES = ("private", "pending", "published")

# role → (demo user playing it, whether that user created the item)
PLAYERS = {
    "Anonymous": (None, False),
    "Member": ("canbo", False),
    "Contributor": ("congtac", False),
    "Editor": ("bientap", False),
    "Reviewer": ("duyet", False),
    "Site Administrator": ("quantri", False),
    "Manager": ("admin", False),
    "Owner": ("congtac", True),
}

# The tables, written out again here on purpose (not read from the definition).
VIEW = {
    "private": {"Owner", "Editor", "Site Administrator", "Manager"},
    "pending": {"Owner", "Editor", "Reviewer", "Site Administrator", "Manager"},
    "published": set(PLAYERS),
}
EDIT = {
    "private": {"Owner", "Editor", "Site Administrator", "Manager"},
    "pending": {"Editor", "Reviewer", "Site Administrator", "Manager"},
    "published": {"Editor", "Site Administrator", "Manager"},
}
# transition → (source state to try it from, target, roles allowed)
TRANSITIONS = {
    ("submit", "private"): ("pending", {"Owner", "Editor", "Site Administrator", "Manager"}),
    ("withdraw", "pending"): ("private", {"Owner", "Editor"}),
    ("publish", "pending"): ("published", {"Reviewer", "Site Administrator", "Manager"}),
    ("publish", "private"): ("published", {"Reviewer", "Site Administrator", "Manager"}),
    ("reject", "pending"): ("private", {"Reviewer", "Site Administrator", "Manager"}),
    ("retract", "published"): ("private", {"Reviewer", "Site Administrator", "Manager"}),
}


def make_item(site, creator, state, title=None, folder="tin-tuc"):
    """A news item created by `creator` and moved to `state`; returns (folder, name)."""
    with site() as (root, request):
        users = root.principals.users
        act_as(request, users[creator])
        item = api.create(
            request, root[folder], "NewsItem", {"title": title or f"Tin {creator} {state}"}
        )
        act_as(request, users["admin"])
        if state == "pending":
            api.transition(request, item, "submit")
        elif state == "published":
            api.transition(request, item, "publish")
        assert item.workflow_state == state
        return folder, item.__name__


def state_of(site, where):
    with site() as (root, request):
        return root[where[0]][where[1]].workflow_state


def url(where, view=""):
    return f"/{where[0]}/{where[1]}/{view}"


def outcome(testapp, path):
    """'ok', 'login' (sent to the login form) or 'forbidden' (403)."""
    response = testapp.get(path, expect_errors=True)
    if response.status_int == 200:
        return "ok"
    if response.status_int == 302 and "/dang-nhap" in response.location:
        return "login"
    assert response.status_int == 403, response.status
    return "forbidden"


def browser(role, app, browser_for):
    user = PLAYERS[role][0]
    return browser_for(user) if user else app


def creator_for(role):
    user, is_creator = PLAYERS[role]
    return user if is_creator else "bientap"


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("role", list(PLAYERS))
def test_view_and_edit_matrix(role, state, app, browser_for, site):
    """GET of a news item and of its @@sua match the publication table for this role × state."""
    where = make_item(site, creator_for(role), state)
    testapp = browser(role, app, browser_for)
    refused = "login" if role == "Anonymous" else "forbidden"
    seen = (outcome(testapp, url(where)), outcome(testapp, url(where, "@@sua")))
    expected = (
        "ok" if role in VIEW[state] else refused,
        "ok" if role in EDIT[state] else refused,
    )
    assert seen == expected


def test_matrix_is_complete():
    """The matrix covers every portal role (8 roles × 3 states × view/edit)."""
    from portal.security.roles import PORTAL_ROLES

    assert set(PLAYERS) == set(PORTAL_ROLES)


@pytest.mark.parametrize("role", [r for r in PLAYERS if r != "Anonymous"])
def test_transitions_by_role(role, browser_for, site):
    """POST @@chuyen: each allowed transition moves the item, each refused one leaves it."""
    items = {
        key: make_item(site, creator_for(role), key[1], title=f"Tin {key[0]} từ {key[1]}")
        for key in TRANSITIONS
    }
    testapp = browser_for(PLAYERS[role][0])
    token = csrf_from(testapp.get("/"))
    expected, seen = {}, {}
    for (tid, source), (target, roles) in TRANSITIONS.items():
        where = items[(tid, source)]
        response = testapp.post(
            url(where, "@@chuyen"),
            {"csrf_token": token, "transition": tid, "comment": "Lý do thử nghiệm"},
            expect_errors=True,
        )
        assert response.status_int in (302, 403), (tid, response.status)
        expected[(tid, source)] = target if role in roles else source
        seen[(tid, source)] = state_of(site, where)
    assert seen == expected


def test_anonymous_cannot_take_any_transition(app, site):
    """Anonymous POSTs to @@chuyen change no state (refused or sent to log in)."""
    for (tid, source), _ in TRANSITIONS.items():
        where = make_item(site, "bientap", source, title=f"Tin {tid} {source}")
        response = app.post(
            url(where, "@@chuyen"),
            {"transition": tid, "comment": "x"},
            expect_errors=True,
        )
        assert response.status_int in (302, 400, 403)
        assert state_of(site, where) == source


def test_refused_transition_says_why(browser_for, site):
    """A reject without a comment is refused with a Vietnamese message and leaves the item."""
    where = make_item(site, "bientap", "pending")
    reviewer = browser_for("duyet")
    token = csrf_from(reviewer.get(url(where)))
    response = reviewer.post(
        url(where, "@@chuyen"), {"csrf_token": token, "transition": "reject", "comment": " "}
    )
    assert response.status_int == 302
    assert "cần ghi rõ lý do" in response.follow().text
    assert state_of(site, where) == "pending"


def test_transition_without_csrf_token_is_refused(browser_for, site):
    """A transition POST without the CSRF token is a 400 and changes nothing."""
    where = make_item(site, "bientap", "pending")
    reviewer = browser_for("duyet")
    response = reviewer.post(url(where, "@@chuyen"), {"transition": "publish"}, expect_errors=True)
    assert response.status_int == 400
    assert state_of(site, where) == "pending"


def test_contributor_adds_edits_own_draft_but_cannot_publish(browser_for, site):
    """A Contributor adds a news item, edits its own draft, submits it, cannot publish it."""
    writer = browser_for("congtac")
    form = writer.get("/tin-tuc/@@them?loai=NewsItem").forms["deform"]
    form["title"] = "Bài viết của cộng tác viên"
    created = form.submit("save")
    assert created.status_int == 302
    path = created.location.replace("http://localhost", "")
    name = path.strip("/").split("/")[-1]
    where = ("tin-tuc", name)
    edit = writer.get(path + "@@sua").forms["deform"]
    edit["title"] = "Bài viết đã sửa"
    assert edit.submit("save").status_int == 302
    with site() as (root, request):
        item = root["tin-tuc"][name]
        assert (item.creator, item.title, item.workflow_state) == (
            "congtac",
            "Bài viết đã sửa",
            "private",
        )
    page = writer.get(path)
    assert 'value="submit"' in page.text
    assert 'value="publish"' not in page.text
    token = csrf_from(page)
    writer.post(path + "@@chuyen", {"csrf_token": token, "transition": "publish"})
    assert state_of(site, where) == "private"
    writer.post(path + "@@chuyen", {"csrf_token": token, "transition": "submit"})
    assert state_of(site, where) == "pending"
    # pending: still visible to the Owner, no longer editable by it
    assert writer.get(path).status_int == 200
    assert writer.get(path + "@@sua", expect_errors=True).status_int == 403


def test_contributor_cannot_edit_someone_elses_draft(browser_for, site):
    """A Contributor neither views nor edits a draft it did not create."""
    where = make_item(site, "bientap", "private")
    writer = browser_for("congtac")
    assert writer.get(url(where), expect_errors=True).status_int == 403
    assert writer.get(url(where, "@@sua"), expect_errors=True).status_int == 403


def test_member_cannot_add(browser_for):
    """A Member gets 403 on the add form of a section."""
    member = browser_for("canbo")
    assert member.get("/tin-tuc/@@them?loai=NewsItem", expect_errors=True).status_int == 403


def test_members_see_only_published_items(browser_for, site):
    """A Member's listing, search and direct GETs show published items only."""
    paths = {
        state: make_item(site, "bientap", state, title=f"Tin ba trạng thái {state}")
        for state in STATES
    }
    member = browser_for("canbo")
    listing = member.get("/tin-tuc/").text
    found = member.get("/tim-kiem", {"q": "tin ba trang thai"}).text
    for text in (listing, found):
        assert "Tin ba trạng thái published" in text
        assert "Tin ba trạng thái private" not in text
        assert "Tin ba trạng thái pending" not in text
    assert member.get(url(paths["published"])).status_int == 200
    assert member.get(url(paths["pending"]), expect_errors=True).status_int == 403
    assert member.get(url(paths["private"]), expect_errors=True).status_int == 403
