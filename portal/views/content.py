"""Generic views for every content type: view, add, edit, delete, transitions, history."""

import deform
from pyramid.httpexceptions import HTTPForbidden, HTTPFound, HTTPNotFound
from pyramid.security import NO_PERMISSION_REQUIRED
from pyramid.view import view_config

from content_types import Container, File, Folder, Image, Item, NewsItem, Page, Portal
from workflows import WorkflowError

from .. import content as api
from ..catalog import queries
from ..i18n import _, flash_message, label, translate
from .forms import make_form, validate


def page_number(request):
    try:
        return max(1, min(10_000, int(request.GET.get("trang", 1))))
    except ValueError:
        return 1


def state_title(request, obj):
    workflow = api.workflow_of(request, obj)
    state = workflow.state_of(obj) if workflow else None
    return label(request, state) if state else ""


def item_info(request, obj):
    """What listings and the object's own page show about its state and actions.

    Anonymous visitors hold no role that acts on content, so their pages skip
    the permission checks (the toolbar is not shown to them).
    """
    if request.identity is None:
        return {
            "state": obj.workflow_state,
            "state_title": "",
            "transitions": [],
            "can_edit": False,
            "can_delete": False,
            "can_history": False,
            "addable": [],
            "can_contents": False,
        }
    return {
        "state": obj.workflow_state,
        "state_title": state_title(request, obj),
        "transitions": api.available_transitions(request, obj),
        "can_edit": bool(request.has_permission("edit", obj)),
        "can_delete": bool(request.has_permission("delete", obj)) and obj.__parent__ is not None,
        "can_history": bool(request.has_permission("view history", obj)),
        "addable": api.types_user_may_add(request, obj)
        if isinstance(obj, Container) and request.has_permission("add", obj)
        else [],
        "can_contents": isinstance(obj, Container)
        and bool(request.has_permission("view contents", obj)),
    }


@view_config(context=Portal, permission="view", renderer="portal:templates/home.pt")
def home(context, request):
    news = queries.recent(request, types=("NewsItem",), limit=13)
    return {"lead": news[:1], "news": news[1:], "info": item_info(request, context)}


def folder_listing(request, container, sort="effective", size=20):
    """The children the user may view: an ordered folder (short, shown in the
    navigation) in its own order, a large store a catalog page at a time."""
    if container.ordered:
        visible = [c for c in container.values() if request.has_permission("view", c)]
        return queries.Page(visible, len(visible), 1, max(1, len(visible)))
    return queries.children(request, container, sort=sort, page=page_number(request), size=size)


@view_config(context=Folder, permission="view", renderer="portal:templates/folder.pt")
def folder_view(context, request):
    return {"listing": folder_listing(request, context), "info": item_info(request, context)}


@view_config(context=Page, permission="view", renderer="portal:templates/page.pt")
@view_config(context=NewsItem, permission="view", renderer="portal:templates/news.pt")
@view_config(context=File, permission="view", renderer="portal:templates/file.pt")
@view_config(context=Image, permission="view", renderer="portal:templates/image.pt")
def item_view(context, request):
    return {"info": item_info(request, context)}


def process_form(request, form, title, save, back, initial=None):
    """Show `form`, or validate the POST and `save(appstruct)` → redirect.

    Invalid input redisplays the form with each field's error; a refused
    change (ValueError) redisplays it with the message, and nothing is kept.
    """
    if request.method == "POST":
        if "cancel" in request.POST:
            return HTTPFound(back)
        try:
            return save(validate(form, request))
        except deform.ValidationFailure as failure:
            return {"form": failure.render(), "page_title": title}
        except ValueError as e:
            request.tm.doom()
            request.response.status = 400
            error = translate(request, e.args[0]) if e.args else ""
            return {"form": form.render(request.POST), "page_title": title, "error": error}
    return {"form": form.render(initial or {}), "page_title": title}


@view_config(context=Container, name="them", permission="add", renderer="portal:templates/form.pt")
def add_view(context, request):
    type_name = request.params.get("loai", "")
    info = request.registry.content_types.get(type_name)
    if info is None or info not in api.types_addable_here(request, context):
        raise HTTPNotFound()
    if info not in api.types_user_may_add(request, context):
        raise HTTPForbidden()

    def save(appstruct):
        obj = api.create(request, context, type_name, appstruct)
        flash_message(request, "Đã thêm “${title}”.", title=obj.title)
        return HTTPFound(request.resource_path(obj))

    form = make_form(request, info.schema, buttons=("save", "cancel"))
    title = translate(request, "Thêm ${type}", type=label(request, info).lower())
    return process_form(request, form, title, save, request.resource_path(context))


def edit_values(obj, schema):
    values = {}
    for node in schema().children:
        value = getattr(obj, node.name, None)
        if isinstance(node.typ, deform.FileData) or value is None:
            continue
        values[node.name] = value
    return values


@view_config(context=Item, name="sua", permission="edit", renderer="portal:templates/form.pt")
def edit_view(context, request):
    info = context.type_info
    if info is None or info.schema is None:
        raise HTTPNotFound()

    def save(appstruct):
        api.update(request, context, appstruct)
        flash_message(request, "Đã lưu thay đổi.")
        return HTTPFound(request.resource_path(context))

    form = make_form(request, info.schema, buttons=("save", "cancel"), editing=True)
    title = translate(request, "Sửa “${title}”", title=context.title)
    back = request.resource_path(context)
    return process_form(request, form, title, save, back, edit_values(context, info.schema))


@view_config(context=Item, name="xoa", permission="delete", renderer="portal:templates/delete.pt")
def delete_view(context, request):
    if context.__parent__ is None:
        raise HTTPNotFound()
    count = len(context) if isinstance(context, Container) else 0
    if request.method == "POST":
        parent = context.__parent__
        if "cancel" in request.POST:
            return HTTPFound(request.resource_path(context))
        api.delete(request, context)
        flash_message(request, "Đã xóa “${title}”.", title=context.title)
        return HTTPFound(request.resource_path(parent))
    return {
        "children": count,
        "page_title": translate(request, "Xóa “${title}”", title=context.title),
    }


@view_config(context=Item, name="chuyen", permission=NO_PERMISSION_REQUIRED, request_method="POST")
def transition_view(context, request):
    """The workflow's own guard decides: a Reviewer may publish a draft it cannot view."""
    try:
        t = api.transition(
            request, context, request.POST.get("transition", ""), request.POST.get("comment", "")
        )
    except WorkflowError as e:
        request.tm.doom()  # a step refused part-way (by what it had to do) keeps nothing
        if not request.has_permission("view", context):
            raise HTTPForbidden() from None
        flash_message(request, e.args[0])
        return HTTPFound(request.resource_path(context))
    flash_message(request, "Đã thực hiện “${action}”.", action=label(request, t))
    if request.has_permission("view", context):
        return HTTPFound(request.resource_path(context))
    return HTTPFound(request.resource_path(context.__parent__))


@view_config(
    context=Item, name="lich-su", permission="view history", renderer="portal:templates/history.pt"
)
def history_view(context, request):
    return {
        "entries": list(reversed(history_entries(request, context))),
        "page_title": translate(request, "Lịch sử “${title}”", title=context.title),
    }


def history_entries(request, context):
    """The object's history in the visitor's words, oldest first."""
    workflow = api.workflow_of(request, context)
    states = workflow.states if workflow else {}
    actions = {
        key: translate(request, text)
        for key, text in (
            ("create", _("Tạo mới")),
            ("edit", _("Sửa")),
            ("rename", _("Đổi tên")),
            ("move", _("Chuyển chỗ")),
            ("sharing", _("Phân quyền")),
            ("progress", _("Báo cáo tiến độ")),
        )
    }
    if workflow:
        actions.update({t.id: label(request, t) for t in workflow.transitions.values()})
    return [
        {
            "action": actions.get(e["action"], e["action"]),
            "actor": e.get("actor") or "—",
            "time": e["time"],
            "from": label(request, states[e["from"]]) if e.get("from") in states else "",
            "to": label(request, states[e["to"]]) if e.get("to") in states else "",
            "comment": e.get("comment", ""),
        }
        for e in context.history
    ]
