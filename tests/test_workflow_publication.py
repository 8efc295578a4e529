"""The workflow engine, and the `publication` definition cell by cell (issue 3, item 7)."""

from types import SimpleNamespace

import pytest

from portal.security.roles import PORTAL_ROLES
from workflows import Workflow, WorkflowError, load
from workflows.engine import DEFINITIONS

ADMINS = {"Site Administrator", "Manager"}


@pytest.fixture(scope="module")
def publication():
    return load(DEFINITIONS / "publication.toml", known_roles=PORTAL_ROLES)


def obj_in(state):
    return SimpleNamespace(workflow_state=state, history=[])


@pytest.mark.parametrize(
    "state, view, edit",
    [
        ("private", {"Owner", "Editor", *ADMINS}, {"Owner", "Editor", *ADMINS}),
        ("pending", {"Owner", "Editor", "Reviewer", *ADMINS}, {"Editor", "Reviewer", *ADMINS}),
        ("published", {"Anonymous"}, {"Editor", *ADMINS}),
    ],
)
def test_state_permission_maps(publication, state, view, edit):
    """Who may view and edit in each state is exactly the issue's table."""
    assert publication.states[state].permissions["view"] == view
    assert publication.states[state].permissions["edit"] == edit


def test_state_titles_are_vietnamese(publication):
    """States carry the Vietnamese names of the table."""
    titles = {s.id: s.title for s in publication.states.values()}
    assert titles == {"private": "Riêng tư", "pending": "Chờ duyệt", "published": "Đã đăng"}


@pytest.mark.parametrize(
    "tid, title, sources, target, roles, comment",
    [
        ("submit", "Gửi duyệt", {"private"}, "pending", {"Owner", "Editor", *ADMINS}, "optional"),
        ("withdraw", "Rút lại", {"pending"}, "private", {"Owner", "Editor"}, "optional"),
        ("publish", "Đăng", {"pending", "private"}, "published", {"Reviewer", *ADMINS}, "optional"),
        ("reject", "Trả lại", {"pending"}, "private", {"Reviewer", *ADMINS}, "required"),
        ("retract", "Gỡ xuống", {"published"}, "private", {"Reviewer", *ADMINS}, "required"),
    ],
)
def test_transitions(publication, tid, title, sources, target, roles, comment):
    """Each transition's sources, target, guard and comment rule are the table's."""
    t = publication.transitions[tid]
    assert (t.title, set(t.sources), t.target, set(t.roles), t.comment) == (
        title,
        sources,
        target,
        roles,
        comment,
    )


def test_no_other_transitions(publication):
    """The definition has exactly the five transitions of the table."""
    assert set(publication.transitions) == {"submit", "withdraw", "publish", "reject", "retract"}


def test_good_transition_is_recorded(publication):
    """A transition changes the state and leaves who, when, from, to and comment."""
    obj = obj_in("private")
    publication.execute(obj, "submit", {"Owner"}, "congtac", "xin duyệt")
    assert obj.workflow_state == "pending"
    entry = obj.history[-1]
    assert (entry["action"], entry["actor"], entry["from"], entry["to"], entry["comment"]) == (
        "submit",
        "congtac",
        "private",
        "pending",
        "xin duyệt",
    )
    assert entry["time"].tzinfo is not None


@pytest.mark.parametrize(
    "state, tid, roles, comment, message",
    [
        ("private", "publish", {"Editor", "Owner"}, "", "không có quyền"),
        ("published", "submit", {"Editor"}, "", "trạng thái"),
        ("pending", "reject", {"Reviewer"}, "   ", "lý do"),
        ("published", "retract", {"Manager"}, "", "lý do"),
        ("private", "no-such", {"Manager"}, "", "Không có thao tác"),
        ("pending", "withdraw", {"Reviewer"}, "", "không có quyền"),
    ],
)
def test_refused_transition_changes_nothing(publication, state, tid, roles, comment, message):
    """A refused transition is a Vietnamese message; state and history stay as they were."""
    obj = obj_in(state)
    with pytest.raises(WorkflowError, match=message):
        publication.execute(obj, tid, roles, "x", comment)
    assert obj.workflow_state == state
    assert obj.history == []


def test_available_transitions_depend_on_roles(publication):
    """A Reviewer sees publish and reject on a pending item; an Owner sees withdraw."""
    obj = obj_in("pending")
    assert {t.id for t in publication.available(obj, {"Reviewer"})} == {"publish", "reject"}
    assert {t.id for t in publication.available(obj, {"Owner"})} == {"withdraw"}
    assert publication.available(obj, {"Anonymous", "Member"}) == []


def definition(**changes):
    base = {
        "name": "t",
        "initial": "a",
        "states": {"a": {}, "b": {}},
        "transitions": {"go": {"from": ["a"], "to": "b", "roles": ["Manager"]}},
    }
    base.update(changes)
    return base


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"initial": "zzz"}, "trạng thái đầu"),
        (
            {"transitions": {"go": {"from": ["a"], "to": "nowhere", "roles": ["Manager"]}}},
            "trạng thái lạ",
        ),
        ({"states": {"a": {}, "b": {}, "island": {}}}, "không tới được"),
        ({"transitions": {"go": {"from": ["a"], "to": "b"}}}, "bảo vệ"),
        ({"transitions": {"go": {"from": ["a"], "to": "b", "roles": ["Wizard"]}}}, "vai trò lạ"),
        (
            {
                "transitions": {
                    "go": {"from": ["a"], "to": "b", "roles": ["Manager"], "comment": "maybe"}
                }
            },
            "ghi chú",
        ),
        ({"states": {"a": {"permissions": {"view": ["Ghost"]}}, "b": {}}}, "vai trò lạ"),
    ],
)
def test_invalid_definitions_are_refused_at_load(changes, message):
    """Start-up validation catches unknown, unreachable and unguarded definitions."""
    with pytest.raises(WorkflowError, match=message):
        Workflow(definition(**changes), known_roles=PORTAL_ROLES)


def test_bad_toml_is_a_workflow_error(tmp_path):
    """A definition file with broken syntax is reported by name, not a traceback."""
    path = tmp_path / "broken.toml"
    path.write_text("name = [unclosed", encoding="utf-8")
    with pytest.raises(WorkflowError, match="broken.toml"):
        load(path)


def test_graph_shows_every_state_and_transition(publication):
    """The DOT graph names each state and each transition; Graphviz turns it into SVG."""
    dot = publication.to_dot()
    for state in publication.states.values():
        assert state.title in dot
    for t in publication.transitions.values():
        assert t.title in dot
    svg = publication.to_svg()
    assert svg.lstrip().startswith("<?xml") or "<svg" in svg[:500]
    assert "Gửi duyệt" in svg
