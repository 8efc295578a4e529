"""Folder contents: list, rename, cut and paste, delete, reorder."""

from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

from content_types import Container
from content_types.slug import slugify

from .. import content as api
from ..i18n import flash_message, label, translate
from .content import folder_listing, state_title

CLIPBOARD = "clipboard"


def selected(context, request):
    names = request.POST.getall("chon")
    return [context[n] for n in names if n in context]


def clipboard_objects(request):
    catalog = request.root.catalog
    objs = []
    for uid in request.session.get(CLIPBOARD, []):
        docid = catalog.docids.get(uid)
        obj = catalog.get(docid) if docid is not None else None
        if obj is not None:
            objs.append(obj)
    return objs


@view_config(
    context=Container,
    name="noi-dung",
    permission="view contents",
    renderer="portal:templates/contents.pt",
)
def contents_view(context, request):
    listing = folder_listing(request, context, sort="modified", size=50)
    rows = [
        {
            "obj": obj,
            "state": state_title(request, obj),
            "type": label(request, obj.type_info),
            "can_edit": bool(request.has_permission("edit", obj)),
            "can_delete": bool(request.has_permission("delete", obj)),
        }
        for obj in listing.items
    ]
    return {
        "rows": rows,
        "listing": listing,
        "clipboard": clipboard_objects(request),
        "can_reorder": context.ordered and bool(request.has_permission("edit", context)),
        "can_paste": bool(request.has_permission("add", context)),
        "page_title": translate(request, "Nội dung của “${title}”", title=context.title),
    }


@view_config(context=Container, name="noi-dung", permission="view contents", request_method="POST")
def contents_action(context, request):
    action = request.POST.get("action", "")
    back = HTTPFound(request.resource_path(context, "@@noi-dung"))
    if action == "doi-ten":
        obj = context.get(request.POST.get("ten", ""))
        new = request.POST.get("ten_moi", "").strip()
        if obj is None or not request.has_permission("edit", obj):
            flash_message(request, "Không thể đổi tên mục này.")
            return back
        if slugify(new) != new:
            flash_message(
                request,
                "Tên chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ “${example}”.",
                example=slugify(new),
            )
            return back
        try:
            api.rename(request, obj, new)
        except api.ContentError as e:
            flash_message(request, e.args[0])
            return back
        flash_message(request, "Đã đổi tên thành “${name}”.", name=new)
    elif action == "cat":
        objs = [o for o in selected(context, request) if request.has_permission("delete", o)]
        request.session[CLIPBOARD] = [o.uid for o in objs]
        flash_message(request, "Đã cắt ${n} mục; mở thư mục đích và chọn “Dán”.", n=len(objs))
    elif action == "dan":
        if not request.has_permission("add", context):
            flash_message(request, "Bạn không có quyền thêm vào thư mục này.")
            return back
        moved = 0
        for obj in clipboard_objects(request):
            if not request.has_permission("delete", obj):
                continue
            try:
                api.move(request, obj, context)
            except api.ContentError as e:
                flash_message(
                    request,
                    "“${title}”: ${reason}",
                    title=obj.title,
                    reason=translate(request, e.args[0]),
                )
                continue
            moved += 1
        request.session[CLIPBOARD] = []
        flash_message(request, "Đã dán ${n} mục.", n=moved)
    elif action == "xoa":
        objs = [o for o in selected(context, request) if request.has_permission("delete", o)]
        for obj in objs:
            api.delete(request, obj)
        flash_message(request, "Đã xóa ${n} mục.", n=len(objs))
    elif action in ("len", "xuong"):
        if not request.has_permission("edit", context) or not context.ordered:
            flash_message(request, "Không thể sắp xếp thư mục này.")
            return back
        name = request.POST.get("ten", "")
        if name in context:
            api.reorder(request, context, name, -1 if action == "len" else 1)
    else:
        flash_message(request, "Thao tác không hợp lệ.")
    return back
