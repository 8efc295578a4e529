"""Each role × each publication state × view/edit of a news item, through the web (issue 3, items 7 and 12)."""

import pytest

from portal import content as api
from portal.demo import act_as

STATES = ("private", "pending", "published")

# role -> (the demo user who plays it, whether that user created the item)
PLAYERS = {
    "Anonymous": (None, False),
    "Member": ("canbo", False),
    "Contributor": ("congtac", False),
    "Owner": ("congtac", True),
    "Editor": ("bientap", False),
    "Reviewer": ("duyet", False),
    "Site Administrator": ("quantri", False),
    "Manager": ("admin", False),
}

# The table: who may view / edit in each state.
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


def make_item(site, creator, state):
    """A news item in /tin-tuc created by `creator` and moved to `state`; returns its path."""
    with site() as (root, request):
        users = root.principals.users
        act_as(request, users[creator])
        item = api.create(request, root["tin-tuc"], "NewsItem", {"title": f"Tin {creator} {state}"})
        if state in ("pending", "published"):
            api.transition(request, item, "submit")
        if state == "published":
            act_as(request, users["admin"])
            api.transition(request, item, "publish")
        return f"/tin-tuc/{item.__name__}/"


def transition_form(page):
    return next(f for f in page.forms.values() if f.action.endswith("@@chuyen"))


def outcome(testapp, path):
    """'ok', 'login' (anonymous sent to log in) or 'forbidden'."""
    response = testapp.get(path, expect_errors=True)
    if response.status_int == 200:
        return "ok"
    if response.status_int == 302 and "/dang-nhap" in response.location:
        return "login"
    assert response.status_int == 403, response.status
    return "forbidden"


@pytest.mark.parametrize("role", list(PLAYERS))
def test_role_against_every_state(role, app, browser_for, site):
    """View and edit of a news item in each state match the publication table exactly."""
    user, is_creator = PLAYERS[role]
    creator = user if is_creator else "bientap"
    paths = {state: make_item(site, creator, state) for state in STATES}
    testapp = browser_for(user) if user else app
    refused = "login" if user is None else "forbidden"
    seen, expected = {}, {}
    for state, path in paths.items():
        seen[(state, "view")] = outcome(testapp, path)
        seen[(state, "edit")] = outcome(testapp, path + "@@sua")
        expected[(state, "view")] = "ok" if role in VIEW[state] else refused
        expected[(state, "edit")] = "ok" if role in EDIT[state] else refused
    assert seen == expected


def test_members_list_only_published_items(browser_for, site):
    """A Member's folder listing and search show published items, never drafts."""
    make_item(site, "bientap", "private")
    make_item(site, "bientap", "pending")
    make_item(site, "bientap", "published")
    member = browser_for("canbo")
    listing = member.get("/tin-tuc/").text
    found = member.get("/tim-kiem", {"q": "Tin bientap"}).text
    for page in (listing, found):
        assert "Tin bientap published" in page
        assert "Tin bientap private" not in page
        assert "Tin bientap pending" not in page


def test_contributor_adds_and_edits_own_draft_but_cannot_publish(browser_for, site):
    """A Contributor adds where it holds the role, edits its own draft, cannot publish."""
    writer = browser_for("congtac")
    form = writer.get("/tin-tuc/@@them?loai=NewsItem").forms["deform"]
    form["title"] = "Bài của cộng tác viên"
    created = form.submit("save")
    assert created.status_int == 302
    path = created.location.replace("http://localhost", "")
    assert writer.get(path + "@@sua").status_int == 200
    page = writer.get(path)
    assert 'value="submit"' in page.text
    assert 'value="publish"' not in page.text
    with site() as (root, request):
        item = root["tin-tuc"][path.strip("/").split("/")[-1]]
        assert item.creator == "congtac"
        assert item.workflow_state == "private"


def test_transitions_through_the_web(browser_for, site):
    """Allowed transitions change the state; refused ones leave it and say why."""
    path = make_item(site, "congtac", "private")
    name = path.strip("/").split("/")[-1]
    reviewer = browser_for("duyet")
    assert reviewer.get(path, expect_errors=True).status_int == 403
    owner = browser_for("congtac")
    page = owner.get(path)
    transition_form(page).submit("transition", value="submit")
    with site() as (root, request):
        assert root["tin-tuc"][name].workflow_state == "pending"
    page = reviewer.get(path)
    form = transition_form(page)
    refused = form.submit("transition", value="reject").follow()  # no comment: refused
    assert "cần ghi rõ lý do" in refused.text
    with site() as (root, request):
        assert root["tin-tuc"][name].workflow_state == "pending"
    form["comment"] = "Cần bổ sung ảnh"
    form.submit("transition", value="reject")
    with site() as (root, request):
        item = root["tin-tuc"][name]
        assert item.workflow_state == "private"
        assert item.history[-1]["comment"] == "Cần bổ sung ảnh"
        assert item.history[-1]["actor"] == "duyet"
