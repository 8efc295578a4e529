"""The workflow engine: definitions as data, validated, executed, drawn."""

import shutil
import subprocess
import tomllib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from content_types.i18n import _

COMMENT_RULES = ("required", "optional", "none")


class WorkflowError(Exception):
    """A definition that cannot be used, or a transition that was refused.

    The message is meant for the person who caused it, in Vietnamese.
    """


@dataclass(frozen=True)
class State:
    id: str
    title: str
    title_en: str
    permissions: dict
    public: bool = False


@dataclass(frozen=True)
class Transition:
    id: str
    title: str
    title_en: str
    sources: tuple
    target: str
    roles: frozenset
    permission: str | None
    comment: str
    inbox: bool = True  # whether it puts the object in its actors' inboxes

    def allowed_for(self, roles, has_permission=None):
        if self.roles & set(roles):
            return True
        return bool(self.permission and has_permission and has_permission(self.permission))


class Workflow:
    """A state machine read from a definition mapping (see `definitions/`)."""

    def __init__(self, definition, known_roles=None):
        try:
            self.name = definition["name"]
            self.title = definition.get("title", self.name)
            self.title_en = definition.get("title_en", self.title)
            self.initial = definition["initial"]
            raw_states = definition["states"]
            raw_transitions = definition["transitions"]
        except KeyError as missing:
            raise WorkflowError(f"Định nghĩa quy trình thiếu khóa {missing}.") from None
        self.states = {
            sid: State(
                id=sid,
                title=s.get("title", sid),
                title_en=s.get("title_en", sid),
                permissions={p: frozenset(r) for p, r in s.get("permissions", {}).items()},
                public=bool(s.get("public", False)),
            )
            for sid, s in raw_states.items()
        }
        self.transitions = {}
        for tid, t in raw_transitions.items():
            sources = t.get("from", [])
            self.transitions[tid] = Transition(
                id=tid,
                title=t.get("title", tid),
                title_en=t.get("title_en", tid),
                sources=tuple([sources] if isinstance(sources, str) else sources),
                target=t.get("to", ""),
                roles=frozenset(t.get("roles", ())),
                permission=t.get("permission"),
                comment=t.get("comment", "optional"),
                inbox=bool(t.get("inbox", True)),
            )
        self.check(known_roles)

    def check(self, known_roles=None):
        """Raise WorkflowError for anything that makes the machine unusable."""
        where = f"Quy trình “{self.name}”"
        if self.initial not in self.states:
            raise WorkflowError(f"{where}: trạng thái đầu “{self.initial}” không tồn tại.")
        for t in self.transitions.values():
            for sid in (*t.sources, t.target):
                if sid not in self.states:
                    raise WorkflowError(f"{where}: chuyển “{t.id}” nhắc đến trạng thái lạ “{sid}”.")
            if not t.sources:
                raise WorkflowError(f"{where}: chuyển “{t.id}” không có trạng thái nguồn.")
            if not t.roles and not t.permission:
                raise WorkflowError(f"{where}: chuyển “{t.id}” không có điều kiện bảo vệ.")
            if t.comment not in COMMENT_RULES:
                raise WorkflowError(
                    f"{where}: chuyển “{t.id}” có quy định ghi chú lạ “{t.comment}”."
                )
            if known_roles is not None and not t.roles <= set(known_roles):
                unknown = ", ".join(sorted(t.roles - set(known_roles)))
                raise WorkflowError(f"{where}: chuyển “{t.id}” dùng vai trò lạ: {unknown}.")
        if known_roles is not None:
            for s in self.states.values():
                for perm, roles in s.permissions.items():
                    if not roles <= set(known_roles):
                        unknown = ", ".join(sorted(roles - set(known_roles)))
                        raise WorkflowError(
                            f"{where}: trạng thái “{s.id}”, quyền “{perm}” dùng vai trò lạ: {unknown}."
                        )
        reached, todo = {self.initial}, [self.initial]
        while todo:
            current = todo.pop()
            for t in self.transitions.values():
                if current in t.sources and t.target not in reached:
                    reached.add(t.target)
                    todo.append(t.target)
        unreachable = set(self.states) - reached
        if unreachable:
            raise WorkflowError(
                f"{where}: không tới được trạng thái {', '.join(sorted(unreachable))}."
            )

    def state_of(self, obj):
        return self.states.get(obj.workflow_state)

    def permission_roles(self, obj, permission):
        """Roles that hold `permission` on `obj` in its state, or None if unmanaged."""
        state = self.state_of(obj)
        if state is None:
            return None
        return state.permissions.get(permission)

    def available(self, obj, roles, has_permission=None):
        """Transitions from `obj`'s state that `roles` may take."""
        return [
            t
            for t in self.transitions.values()
            if obj.workflow_state in t.sources and t.allowed_for(roles, has_permission)
        ]

    def initialize(self, obj, actor):
        obj.workflow_state = self.initial
        obj.history.append(history_entry("create", actor, None, self.initial, ""))

    def execute(self, obj, transition_id, roles, actor, comment="", has_permission=None):
        """Move `obj` along a transition, or raise WorkflowError and change nothing."""
        t = self.transitions.get(transition_id)
        if t is None:
            raise WorkflowError(
                _("Không có thao tác “${id}” trong quy trình này.", mapping={"id": transition_id})
            )
        current = self.states.get(obj.workflow_state)
        if obj.workflow_state not in t.sources:
            now_title = current.title if current else obj.workflow_state
            raise WorkflowError(
                _(
                    "Không thể “${action}” khi mục đang ở trạng thái “${state}”.",
                    mapping={"action": t.title, "state": now_title},
                )
            )
        if not t.allowed_for(roles, has_permission):
            raise WorkflowError(
                _("Bạn không có quyền “${action}” mục này.", mapping={"action": t.title})
            )
        comment = (comment or "").strip()
        if t.comment == "required" and not comment:
            raise WorkflowError(
                _("Thao tác “${action}” cần ghi rõ lý do.", mapping={"action": t.title})
            )
        previous = obj.workflow_state
        obj.workflow_state = t.target
        obj.history.append(history_entry(t.id, actor, previous, t.target, comment))
        return t

    def to_dot(self):
        """The workflow as a Graphviz graph."""

        def q(text):
            return '"' + str(text).replace('"', '\\"') + '"'

        lines = [
            f"digraph {q(self.name)} {{",
            "  rankdir=LR;",
            '  node [shape=box, style="rounded,filled", fillcolor="#eef4fb", fontname="sans-serif"];',
            '  edge [fontname="sans-serif", fontsize=10];',
            '  start [shape=point, width=0.15, label=""];',
            f"  start -> {q(self.initial)};",
        ]
        for s in self.states.values():
            lines.append(f"  {q(s.id)} [label={q(s.title + chr(10) + '(' + s.id + ')')}];")
        for t in self.transitions.values():
            guard = ", ".join(sorted(t.roles)) or f"quyền {t.permission}"
            mark = " *" if t.comment == "required" else ""
            for source in t.sources:
                label = f"{t.title}{mark}\\n[{guard}]"
                lines.append(f'  {q(source)} -> {q(t.target)} [label="{label}"];')
        lines.append("}")
        return "\n".join(lines) + "\n"

    def to_svg(self):
        dot = shutil.which("dot")
        if dot is None:
            raise WorkflowError("Chưa cài Graphviz (lệnh dot) để vẽ quy trình.")
        done = subprocess.run(
            [dot, "-Tsvg"], input=self.to_dot().encode(), capture_output=True, check=False
        )
        if done.returncode != 0:
            raise WorkflowError("Graphviz không vẽ được quy trình: " + done.stderr.decode()[:200])
        return done.stdout.decode()


def history_entry(action, actor, source, target, comment, **extra):
    return {
        "action": action,
        "actor": actor,
        "time": datetime.now(timezone.utc),
        "from": source,
        "to": target,
        "comment": comment,
        **extra,
    }


DEFINITIONS = Path(__file__).parent / "definitions"


def load(path, known_roles=None):
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise WorkflowError(f"Tệp quy trình {Path(path).name} sai cú pháp: {e}") from None
    return Workflow(data, known_roles)


def load_all(directory=DEFINITIONS, known_roles=None):
    """Every definition in `directory`, by name; duplicates are an error."""
    found = {}
    for path in sorted(Path(directory).glob("*.toml")):
        wf = load(path, known_roles)
        if wf.name in found:
            raise WorkflowError(f"Hai tệp cùng định nghĩa quy trình “{wf.name}”.")
        found[wf.name] = wf
    return found
