"""Tracking an application: found by its code plus the applicant's phone or e-mail,
then followed, supplied with more papers, withdrawn, its receipt printed."""

import colander
import deform
from pyramid.httpexceptions import HTTPForbidden, HTTPFound, HTTPNotFound
from pyramid.view import view_config

from content_types import Portal
from content_types.application import paper_validator
from content_types.i18n import _
from content_types.schemas import upload_widget
from workflows import WorkflowError

from .. import content as api
from ..i18n import flash_message, label, translate
from ..security.throttle import LoginThrottle
from ..services import APPLICANT, application_store, desk
from .apply import is_tracked, remember_tracked
from .files import file_response
from .forms import make_form, validate

PAGE = "portal:templates/tracking.pt"

# What each step means to the citizen, in plain words.
STORY = {
    "create": _("Hồ sơ được nộp trực tuyến."),
    **desk.MESSAGES,
}


def throttle(request):
    return LoginThrottle(request.root.record_store("tracking_throttle"), max_failures=5)


def find(request, code):
    store = application_store(request.root)
    return store.get(code) if store is not None and code else None


def may_follow(request, app):
    """The applicant who proved it here, or staff who may view the application."""
    return is_tracked(request, app.code) or bool(request.has_permission("view", app))


def tracked_application(request):
    app = find(request, request.params.get("ma", "").strip())
    if app is None or not may_follow(request, app):
        raise HTTPNotFound()
    return app


class SupplementSchema(colander.MappingSchema):
    comment = colander.SchemaNode(
        colander.String(),
        title=_("Ghi chú gửi cơ quan"),
        missing="",
        validator=colander.Length(max=2000),
        widget=deform.widget.TextAreaWidget(rows=2),
    )
    file_1 = colander.SchemaNode(
        deform.FileData(), title=_("Tệp bổ sung 1"), widget=upload_widget, validator=paper_validator
    )
    file_2 = colander.SchemaNode(
        deform.FileData(),
        title=_("Tệp bổ sung 2"),
        widget=upload_widget,
        validator=paper_validator,
        missing=colander.null,
    )
    file_3 = colander.SchemaNode(
        deform.FileData(),
        title=_("Tệp bổ sung 3"),
        widget=upload_widget,
        validator=paper_validator,
        missing=colander.null,
    )


def supplement_form(request, app):
    action = request.resource_path(request.root, "tra-cuu-bo-sung", query={"ma": app.code})
    return make_form(request, SupplementSchema, buttons=("submit",), action=action)


def status_values(request, app, form_html=None):
    workflow = api.workflow_of(request, app)
    story = [
        {
            "time": entry["time"],
            "text": translate(request, STORY.get(entry["action"], STORY["start"])),
            "comment": entry.get("comment", "")
            if entry["action"] in ("request_papers", "refuse", "ask_payment", "send_back")
            else "",
        }
        for entry in app.history
        if entry["action"] in STORY
    ]
    can_supply = app.workflow_state == "supplement_requested"
    can_withdraw = any(
        t.id == "withdraw"
        for t in workflow.available(app, {APPLICANT})
        if is_tracked(request, app.code)
    )
    if can_supply and form_html is None:
        form_html = supplement_form(request, app).render()
    return {
        "step": "status",
        "app": app,
        "state_title": label(request, workflow.state_of(app)),
        "story": list(reversed(story)),
        "supply_form": form_html if can_supply else None,
        "can_withdraw": can_withdraw,
        "page_title": translate(request, "Hồ sơ ${code}", code=app.code),
    }


@view_config(context=Portal, name="tra-cuu", permission="view", renderer=PAGE)
def tracking_view(context, request):
    code = request.params.get("ma", "").strip()[:60]
    request.response.cache_control.private = True  # an applicant's page, or a form
    if request.method == "GET":
        app = find(request, code)
        if app is not None and may_follow(request, app):
            return status_values(request, app)
        return {"step": "lookup", "code": code, "contact": "", "error": ""}
    contact = request.POST.get("lien-he", "").strip()[:120]
    values = {"step": "lookup", "code": code, "contact": contact, "error": ""}
    if not code or not contact:
        request.response.status = 400
        values["error"] = translate(
            request, "Xin nhập cả mã hồ sơ và số điện thoại hoặc thư điện tử đã khai khi nộp."
        )
        return values
    guard, address = throttle(request), request.client_addr or "-"
    wait = guard.locked_for(code, address)
    if wait:
        request.response.status = 429
        values["error"] = translate(
            request,
            "Bạn đã tra cứu sai nhiều lần; xin thử lại sau ${minutes} phút.",
            minutes=max(1, -(-wait // 60)),
        )
        return values
    app = find(request, code)
    if app is None or not app.matches_contact(contact):
        guard.failed(code, address)
        request.response.status = 404
        values["error"] = translate(
            request, "Không tìm thấy hồ sơ có mã và thông tin liên hệ này. Xin kiểm tra lại."
        )
        return values
    # a success writes nothing (failures simply expire), so lookups stay read-only
    remember_tracked(request, app.code)
    return HTTPFound(request.resource_path(context, "tra-cuu", query={"ma": app.code}))


@view_config(
    context=Portal, name="tra-cuu-bo-sung", permission="view", request_method="POST", renderer=PAGE
)
def supply_view(context, request):
    app = tracked_application(request)
    if not is_tracked(request, app.code):
        raise HTTPForbidden()
    form = supplement_form(request, app)
    try:
        appstruct = validate(form, request)
    except deform.ValidationFailure as failure:
        request.response.status = 400
        return status_values(request, app, failure.render())
    uploads = [
        appstruct[k] for k in ("file_1", "file_2", "file_3") if isinstance(appstruct[k], dict)
    ]
    try:
        api.transition(request, app, "supply", appstruct["comment"], as_role=APPLICANT)
    except WorkflowError as e:
        flash_message(request, e.args[0])
        return HTTPFound(request.resource_path(context, "tra-cuu", query={"ma": app.code}))
    desk.add_supplement(app, uploads)
    flash_message(request, "Đã gửi giấy tờ bổ sung.")
    return HTTPFound(request.resource_path(context, "tra-cuu", query={"ma": app.code}))


@view_config(context=Portal, name="tra-cuu-rut", permission="view", request_method="POST")
def withdraw_view(context, request):
    app = tracked_application(request)
    if not is_tracked(request, app.code):
        raise HTTPForbidden()
    try:
        api.transition(request, app, "withdraw", request.POST.get("comment", ""), as_role=APPLICANT)
        flash_message(request, "Đã rút hồ sơ.")
    except WorkflowError as e:
        flash_message(request, e.args[0])
    return HTTPFound(request.resource_path(context, "tra-cuu", query={"ma": app.code}))


@view_config(context=Portal, name="tra-cuu-tep", permission="view")
def paper_download(context, request):
    """A paper's file: for its applicant (through this page) and the staff concerned."""
    app = tracked_application(request)
    try:
        paper = app.papers[int(request.GET.get("giay", ""))]
        stored = paper.files[int(request.GET.get("tep", ""))]
    except (ValueError, IndexError):
        raise HTTPNotFound() from None
    return file_response(request, stored, private=True)


@view_config(
    context=Portal, name="bien-nhan", permission="view", renderer="portal:templates/receipt.pt"
)
def receipt_view(context, request):
    """The printable receipt (giấy tiếp nhận và hẹn trả kết quả)."""
    app = tracked_application(request)
    request.response.cache_control.private = True
    workflow = api.workflow_of(request, app)
    return {
        "app": app,
        "state_title": label(request, workflow.state_of(app)),
        "desk": desk.agency_by_uid(request, app.desk_uid),
        "agency": desk.agency_by_uid(request, app.agency_uid),
        "page_title": translate(request, "Giấy tiếp nhận hồ sơ ${code}", code=app.code),
    }
