"""The content API: every change to the tree goes through here and sends its event."""

from datetime import date

import colander
from pyramid.traversal import resource_path

from content_types import Container
from content_types.i18n import _
from content_types.registry import addable_types
from content_types.slug import unique_name
from workflows import WorkflowError, history_entry

from .events import (
    LocalRolesChanged,
    ObjectAdded,
    ObjectModified,
    ObjectMoved,
    ObjectRemoved,
    ObjectTransitioned,
)
from .security import effective_roles


class ContentError(ValueError):
    """A refused change; the message is for the person who asked for it."""


def userid(request):
    user = request.identity
    return user.login if user is not None else None


def types_addable_here(request, container):
    return addable_types(request.registry.content_types.values(), container)


def types_user_may_add(request, container):
    """The types the add form offers the user here: addable, and allowed to them."""
    return [
        info
        for info in types_addable_here(request, container)
        if request.has_permission(info.add_permission, container)
    ]


def workflow_of(request, obj):
    info = getattr(obj, "type_info", None)
    if info is None or not info.workflow:
        return None
    return request.registry.workflows[info.workflow]


def apply_fields(obj, appstruct):
    """Copy form values onto `obj`; a `set_<field>` method handles uploads and the like."""
    for key, value in appstruct.items():
        setter = getattr(obj, f"set_{key}", None)
        if setter is not None:
            setter(value)
        elif value is not colander.null:
            setattr(obj, key, value)


def placed(request, container, appstruct):
    """The container a `parent` value (a uid, from a form or an import) names;
    `container` when there is none. The value is taken out of `appstruct`."""
    uid = appstruct.pop("parent", None)
    if not uid or uid == getattr(container, "uid", None):
        return container
    from .catalog.queries import by_uid

    target = by_uid(request, uid)
    if not isinstance(target, Container):
        raise ContentError(_("Nơi chuyển đến không còn tồn tại."))
    return target


def create(request, container, type_name, appstruct, name=None):
    appstruct = dict(appstruct)
    container = placed(request, container, appstruct)
    info = request.registry.content_types.get(type_name)
    if info is None or info not in types_addable_here(request, container):
        raise ContentError(_("Không thể thêm loại nội dung này vào đây."))
    obj = info.factory(title=appstruct.get("title", ""), creator=userid(request))
    apply_fields(obj, appstruct)
    try:
        container.add(obj, name)
    except (KeyError, ValueError) as e:
        raise ContentError(e.args[0]) from None
    workflow = workflow_of(request, obj)
    if workflow is not None:
        workflow.initialize(obj, userid(request))
    else:
        obj.history.append(history_entry("create", userid(request), None, None, ""))
    request.registry.notify(ObjectAdded(obj, request))
    return obj


def update(request, obj, appstruct):
    appstruct = dict(appstruct)
    target = placed(request, obj.__parent__, appstruct)
    apply_fields(obj, appstruct)
    obj.touch()
    obj.history.append(history_entry("edit", userid(request), None, None, ""))
    request.registry.notify(ObjectModified(obj, request))
    if target is not obj.__parent__:
        move(request, obj, target)


def remember_path(request, obj):
    """Keep `obj`'s current path so it redirects there after a move or rename."""
    root = request.root
    root.record_store("redirects")[resource_path(obj)] = obj.uid


def delete(request, obj):
    parent = obj.__parent__
    if parent is None:
        raise ContentError(_("Không thể xóa trang gốc."))
    request.registry.notify(ObjectRemoved(obj, request))
    parent.remove(obj.__name__)


def rename(request, obj, new_name):
    parent = obj.__parent__
    if new_name != obj.__name__:
        remember_path(request, obj)
    try:
        parent.rename(obj.__name__, new_name)
    except (KeyError, ValueError) as e:
        raise ContentError(e.args[0]) from None
    obj.history.append(history_entry("rename", userid(request), None, None, new_name))
    request.registry.notify(ObjectMoved(obj, request))


def move(request, obj, target):
    """Move `obj` into the container `target` (cut and paste)."""
    if not isinstance(target, Container):
        raise ContentError(_("Chỉ có thể dán vào một thư mục."))
    node = target
    while node is not None:
        if node is obj:
            raise ContentError(_("Không thể chuyển một thư mục vào chính nó."))
        node = node.__parent__
    if obj.type_info not in types_addable_here(request, target):
        raise ContentError(_("Thư mục đích không nhận loại nội dung này."))
    if obj.__parent__ is target:
        return
    remember_path(request, obj)
    obj.__parent__.remove(obj.__name__)
    name = obj.__name__ if obj.__name__ not in target else unique_name(target, obj.title)
    target.add(obj, name)
    obj.history.append(history_entry("move", userid(request), None, None, name))
    request.registry.notify(ObjectMoved(obj, request))


def transition(request, obj, transition_id, comment="", as_role=None):
    """Take a workflow transition; WorkflowError (a message) means nothing changed.

    `as_role` acts in a role the caller has proven some other way (the applicant
    of the tracking page), instead of the request's own roles.
    """
    workflow = workflow_of(request, obj)
    if workflow is None:
        raise WorkflowError(_("Mục này không có quy trình."))
    if as_role is None:
        roles = effective_roles(request.registry, obj, request.effective_principals_set)
    else:
        roles = {as_role}
    t = workflow.execute(
        obj,
        transition_id,
        roles,
        userid(request) if as_role is None else (userid(request) or as_role),
        comment,
        has_permission=lambda p: bool(request.has_permission(p, obj)),
    )
    if workflow.states[t.target].public and hasattr(obj, "publication_date"):
        if obj.publication_date is None:
            obj.publication_date = date.today()
    request.registry.notify(ObjectTransitioned(obj, t, request))
    return t


def available_transitions(request, obj, memo=None):
    """The transitions the user may take on `obj` now (`memo`: see
    `security.model.local_roles`, for a page that lists many)."""
    workflow = workflow_of(request, obj)
    if workflow is None:
        return []
    roles = effective_roles(request.registry, obj, request.effective_principals_set, memo)
    return workflow.available(obj, roles, lambda p: bool(request.has_permission(p, obj)))


def grantable_roles(request, container):
    """Roles that may be granted on `container`: the portal's everywhere, plus those
    a feature grants on containers of one type (the desk's on agencies, the
    intranet's on offices)."""
    registry = request.registry
    info = getattr(container, "type_info", None)
    extra = registry.container_roles.get(info.name, []) if info is not None else []
    return [*registry.grantable_roles, *extra]


def set_local_roles(request, container, principal, roles):
    """Grant `roles` (and only those) to `principal` on `container`."""
    unknown = set(roles) - set(grantable_roles(request, container))
    if unknown:
        raise ContentError(
            _(
                "Vai trò không được phép cấp: ${roles}",
                mapping={"roles": ", ".join(sorted(unknown))},
            )
        )
    container.set_local_roles(principal, roles)
    note = f"{principal}: {', '.join(sorted(roles)) or '—'}"
    container.history.append(history_entry("sharing", userid(request), None, None, note))
    request.registry.notify(LocalRolesChanged(container, request))


def set_block_inheritance(request, container, block):
    """Stop (or restore) the roles granted above `container` from reaching it."""
    container.block_inheritance = bool(block)
    note = "block" if block else "inherit"
    container.history.append(history_entry("sharing", userid(request), None, None, note))
    request.registry.notify(LocalRolesChanged(container, request))


def reorder(request, container, name, delta):
    try:
        container.move_child(name, delta)
    except ValueError as e:
        raise ContentError(e.args[0]) from None
    container.touch()
    request.registry.notify(ObjectModified(container, request))
