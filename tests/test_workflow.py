"""The workflow engine and the publication definition, cell by cell (issue 3, item 7)."""

import re
from datetime import datetime, timezone
from types import SimpleNamespace

import pytest

from portal.security.roles import PORTAL_ROLES
from workflows import Workflow, WorkflowError, load, load_all
from workflows.engine import DEFINITIONS

OWNER, EDITOR, REVIEWER = "Owner", "Editor", "Reviewer"
SITE_ADMIN, MANAGER, CONTRIBUTOR, MEMBER = "Site Administrator", "Manager", "Contributor", "Member"
ANONYMOUS = "Anonymous"
ALL_ROLES = set(PORTAL_ROLES)

VIEW = {
    "private": {OWNER, EDITOR, SITE_ADMIN, MANAGER},
    "pending": {OWNER, EDITOR, REVIEWER, SITE_ADMIN, MANAGER},
    "published": {ANONYMOUS},  # Anonymous means everyone
}
EDIT = {
    "private": {OWNER, EDITOR, SITE_ADMIN, MANAGER},
    "pending": {EDITOR, REVIEWER, SITE_ADMIN, MANAGER},
    "published": {EDITOR, SITE_ADMIN, MANAGER},
}
TRANSITIONS = {
    "submit": ({"private"}, "pending", {OWNER, EDITOR, SITE_ADMIN, MANAGER}, "optional"),
    "withdraw": ({"pending"}, "private", {OWNER, EDITOR}, "optional"),
    "publish": ({"pending", "private"}, "published", {REVIEWER, SITE_ADMIN, MANAGER}, "optional"),
    "reject": ({"pending"}, "private", {REVIEWER, SITE_ADMIN, MANAGER}, "required"),
    "retract": ({"published"}, "private", {REVIEWER, SITE_ADMIN, MANAGER}, "required"),
}


@pytest.fixture(scope="module")
def publication():
    return load(DEFINITIONS / "publication.toml", known_roles=PORTAL_ROLES)


def thing(state="private"):
    return SimpleNamespace(workflow_state=state, history=[])


def minimal(**changes):
    """A small valid definition, with `changes` merged over it."""
    definition = {
        "name": "thu",
        "initial": "a",
        "states": {"a": {"permissions": {"view": ["Editor"]}}, "b": {}},
        "transitions": {"go": {"from": ["a"], "to": "b", "roles": ["Editor"]}},
    }
    for key, value in changes.items():
        definition[key] = value
    return definition


# --- the publication definition, every cell ---------------------------------------


def test_publication_has_exactly_the_three_states(publication):
    """The publication workflow has the states private, pending, published and starts private."""
    assert set(publication.states) == {"private", "pending", "published"}
    assert publication.initial == "private"


@pytest.mark.parametrize("state", ["private", "pending", "published"])
def test_view_roles_per_state(publication, state):
    """Who may view in each state is exactly the issue's table."""
    assert set(publication.states[state].permissions["view"]) == VIEW[state]


@pytest.mark.parametrize("state", ["private", "pending", "published"])
def test_edit_roles_per_state(publication, state):
    """Who may edit in each state is exactly the issue's table."""
    assert set(publication.states[state].permissions["edit"]) == EDIT[state]


def test_only_published_is_public(publication):
    """Only the published state is marked public."""
    assert {s.id for s in publication.states.values() if s.public} == {"published"}


def test_exactly_the_five_transitions(publication):
    """The publication workflow has the five transitions of the table and no other."""
    assert set(publication.transitions) == set(TRANSITIONS)


@pytest.mark.parametrize("tid", list(TRANSITIONS))
def test_transition_cells(publication, tid):
    """Each transition's sources, target, roles and comment rule match the table."""
    sources, target, roles, comment = TRANSITIONS[tid]
    t = publication.transitions[tid]
    assert set(t.sources) == sources
    assert t.target == target
    assert set(t.roles) == roles
    assert t.comment == comment
    assert t.permission is None


@pytest.mark.parametrize("tid", list(TRANSITIONS))
@pytest.mark.parametrize("role", sorted(ALL_ROLES))
def test_each_role_may_take_exactly_its_transitions(publication, tid, role):
    """execute() lets a role through a transition iff the table names that role."""
    sources, target, roles, comment = TRANSITIONS[tid]
    obj = thing(sorted(sources)[0])
    if role in roles:
        publication.execute(obj, tid, {role}, "ai", comment="lý do")
        assert obj.workflow_state == target
    else:
        with pytest.raises(WorkflowError):
            publication.execute(obj, tid, {role}, "ai", comment="lý do")
        assert obj.workflow_state == sorted(sources)[0]


@pytest.mark.parametrize(
    "state, roles, expected",
    [
        ("private", {OWNER}, {"submit"}),
        ("private", {REVIEWER}, {"publish"}),
        ("pending", {OWNER}, {"withdraw"}),
        ("pending", {REVIEWER}, {"publish", "reject"}),
        ("pending", {EDITOR}, {"withdraw"}),
        ("published", {MANAGER}, {"retract"}),
        ("published", {EDITOR}, set()),
        ("private", {CONTRIBUTOR, MEMBER, ANONYMOUS}, set()),
    ],
)
def test_available_transitions(publication, state, roles, expected):
    """available() lists the transitions from the object's state open to the given roles."""
    assert {t.id for t in publication.available(thing(state), roles)} == expected


def test_definitions_directory_loads(wsgi_app):
    """Every definition in workflows/definitions loads with the roles the portal's
    features register (the one-stop desk adds its own)."""
    found = load_all(known_roles=wsgi_app.registry.roles)
    assert {"publication", "one_stop"} <= set(found)
    assert not set(wsgi_app.registry.roles) <= set(PORTAL_ROLES)


# --- validation at load --------------------------------------------------------------


@pytest.mark.parametrize(
    "changes, fragment",
    [
        (
            {"transitions": {"go": {"from": ["a"], "to": "zz", "roles": ["Editor"]}}},
            "zz",
        ),
        (
            {"transitions": {"go": {"from": ["zz"], "to": "b", "roles": ["Editor"]}}},
            "zz",
        ),
        ({"initial": "zz"}, "zz"),
        (
            {"states": {"a": {}, "b": {}, "c": {}}},
            "c",
        ),
        ({"transitions": {"go": {"from": ["a"], "to": "b"}}}, "go"),
        (
            {"transitions": {"go": {"from": ["a"], "to": "b", "roles": ["Thủ trưởng"]}}},
            "Thủ trưởng",
        ),
        (
            {"states": {"a": {"permissions": {"view": ["Ai đó"]}}, "b": {}}},
            "Ai đó",
        ),
        (
            {
                "transitions": {
                    "go": {"from": ["a"], "to": "b", "roles": ["Editor"], "comment": "có lẽ"}
                }
            },
            "có lẽ",
        ),
        ({"transitions": {"go": {"from": [], "to": "b", "roles": ["Editor"]}}}, "go"),
    ],
    ids=[
        "unknown-target",
        "unknown-source",
        "unknown-initial",
        "unreachable",
        "no-guard",
        "unknown-role",
        "unknown-role-in-state",
        "bad-comment-rule",
        "no-source",
    ],
)
def test_invalid_definitions_are_refused(changes, fragment):
    """A definition with a fault raises WorkflowError naming the fault when it is loaded."""
    with pytest.raises(WorkflowError) as caught:
        Workflow(minimal(**changes), known_roles=PORTAL_ROLES)
    assert fragment in str(caught.value)


def test_minimal_definition_is_accepted():
    """The base of the invalid cases is itself valid (so each case fails for its own fault)."""
    wf = Workflow(minimal(), known_roles=PORTAL_ROLES)
    assert set(wf.states) == {"a", "b"}


def test_missing_key_is_refused():
    """A definition without its states raises WorkflowError, not KeyError."""
    definition = minimal()
    del definition["states"]
    with pytest.raises(WorkflowError):
        Workflow(definition)


def test_permission_guard_is_a_guard():
    """A transition guarded by a permission only is valid and checks that permission."""
    wf = Workflow(
        minimal(transitions={"go": {"from": ["a"], "to": "b", "permission": "review"}}),
        known_roles=PORTAL_ROLES,
    )
    obj = thing("a")
    with pytest.raises(WorkflowError):
        wf.execute(obj, "go", {EDITOR}, "ai", has_permission=lambda p: False)
    assert obj.workflow_state == "a"
    wf.execute(obj, "go", set(), "ai", has_permission=lambda p: p == "review")
    assert obj.workflow_state == "b"


def test_bad_toml_is_refused(tmp_path):
    """A definition file that is not valid TOML raises WorkflowError naming the file."""
    path = tmp_path / "hong.toml"
    path.write_text('name = "hong"\n[states.a\n', encoding="utf-8")
    with pytest.raises(WorkflowError, match="hong.toml"):
        load(path)


def test_unknown_role_in_file_is_refused(tmp_path):
    """A definition file naming an unknown role is refused by load()."""
    text = (DEFINITIONS / "publication.toml").read_text(encoding="utf-8")
    path = tmp_path / "sai.toml"
    path.write_text(text.replace('"Owner", "Editor"]', '"Owner", "Biên tập"]'), encoding="utf-8")
    with pytest.raises(WorkflowError, match="Biên tập"):
        load(path, known_roles=PORTAL_ROLES)


def test_duplicate_workflow_names_are_refused(tmp_path):
    """Two files defining the same workflow name are refused by load_all()."""
    text = (DEFINITIONS / "publication.toml").read_text(encoding="utf-8")
    (tmp_path / "a.toml").write_text(text, encoding="utf-8")
    (tmp_path / "b.toml").write_text(text, encoding="utf-8")
    with pytest.raises(WorkflowError):
        load_all(tmp_path, known_roles=PORTAL_ROLES)


# --- execution ------------------------------------------------------------------------


def refused(publication, obj, tid, roles, comment=""):
    before_state, before_history = obj.workflow_state, list(obj.history)
    with pytest.raises(WorkflowError) as caught:
        publication.execute(obj, tid, roles, "ai", comment=comment)
    assert obj.workflow_state == before_state
    assert obj.history == before_history
    return str(caught.value)


def test_wrong_role_changes_nothing(publication):
    """A Contributor cannot publish: WorkflowError, state and history untouched."""
    obj = thing("pending")
    obj.history.append({"action": "create"})
    message = refused(publication, obj, "publish", {CONTRIBUTOR, MEMBER})
    assert "quyền" in message


def test_wrong_state_changes_nothing(publication):
    """Retracting a private item is refused and changes nothing."""
    obj = thing("private")
    refused(publication, obj, "retract", {MANAGER}, comment="lý do")


def test_unknown_transition_changes_nothing(publication):
    """An unknown transition id is refused and changes nothing."""
    refused(publication, thing("private"), "xoa-bo", {MANAGER})


@pytest.mark.parametrize("tid, state", [("reject", "pending"), ("retract", "published")])
@pytest.mark.parametrize("comment", ["", "   \n "])
def test_required_comment_missing_changes_nothing(publication, tid, state, comment):
    """reject and retract without a (non-blank) comment are refused and change nothing."""
    message = refused(publication, thing(state), tid, {REVIEWER}, comment=comment)
    assert "lý do" in message


def test_good_transition_records_history(publication):
    """A transition records action, actor, time, from, to and the stripped comment."""
    obj = thing()
    publication.initialize(obj, "congtac")
    assert obj.workflow_state == "private"
    assert obj.history[0]["to"] == "private"
    before = datetime.now(timezone.utc)
    publication.execute(obj, "submit", {OWNER}, "congtac", comment="  xin duyệt ")
    publication.execute(obj, "reject", {REVIEWER}, "duyet", comment="thiếu ảnh")
    after = datetime.now(timezone.utc)
    assert obj.workflow_state == "private"
    submit, reject = obj.history[1], obj.history[2]
    assert submit["action"] == "submit"
    assert (submit["actor"], submit["from"], submit["to"]) == ("congtac", "private", "pending")
    assert submit["comment"] == "xin duyệt"
    assert (reject["actor"], reject["from"], reject["to"]) == ("duyet", "pending", "private")
    assert reject["comment"] == "thiếu ảnh"
    assert before <= submit["time"] <= reject["time"] <= after


def test_optional_comment_may_be_empty(publication):
    """publish with no comment succeeds and records an empty comment."""
    obj = thing("private")
    publication.execute(obj, "publish", {MANAGER}, "admin")
    assert obj.workflow_state == "published"
    assert obj.history[-1]["comment"] == ""


# --- drawing ---------------------------------------------------------------------------


def test_to_dot_mentions_every_state_and_transition(publication):
    """to_dot() draws every state and one edge per (source, transition)."""
    dot = publication.to_dot()
    assert dot.startswith("digraph")
    for sid in publication.states:
        assert f'"{sid}" [label=' in dot
    for tid, (sources, target, _roles, _comment) in TRANSITIONS.items():
        title = publication.transitions[tid].title
        for source in sources:
            edge = re.search(rf'"{source}" -> "{target}" \[label="{title}', dot)
            assert edge, f"{tid}: {source} → {target} missing"
    edges = re.findall(r'^\s+"\w+" -> "\w+"', dot, re.M)
    assert len(edges) == sum(len(s) for s, *_ in TRANSITIONS.values())


def test_to_svg_is_an_svg(publication):
    """to_svg() returns an SVG document naming the states."""
    svg = publication.to_svg()
    assert "<svg" in svg and svg.rstrip().endswith("</svg>")
    for state in publication.states.values():
        assert state.title in svg
