"""The intranet's pages: the offices a user may enter, an office's documents, one
outgoing document with its route."""

from datetime import datetime, timezone

from pyramid.httpexceptions import HTTPForbidden, HTTPFound, HTTPNotFound
from pyramid.view import view_config

from content_types.document import (
    AUTHORITIES,
    CONFIDENTIALITY,
    DOCUMENT_TYPES,
    URGENCIES,
    AssignSchema,
    HandOverSchema,
    IncomingDocument,
    Intranet,
    Office,
    OutgoingDocument,
    ProgressSchema,
    Unit,
)
from workflows import WorkflowError

from .. import content as api
from ..catalog import SearchError, queries
from ..i18n import flash_message, label, translate
from ..intranet import flow
from ..workdays import today
from .content import history_entries, item_info, page_number, process_form
from .files import file_response
from .forms import make_form


@view_config(context=Intranet, permission="view", renderer="portal:templates/intranet.pt")
def intranet_view(context, request):
    request.response.cache_control.private = True
    offices = [o for o in context.values() if request.has_permission("view", o)]
    return {"info": item_info(request, context), "offices": sorted(offices, key=lambda o: o.title)}


@view_config(context=Office, permission="view", renderer="portal:templates/office.pt")
def office_view(context, request):
    request.response.cache_control.private = True
    kind = "IncomingDocument" if request.GET.get("loai") == "den" else "OutgoingDocument"
    listing = queries.children(
        request, context, types=(kind,), sort="modified", page=page_number(request)
    )
    workflow = request.registry.workflows["incoming" if kind == "IncomingDocument" else "outgoing"]
    return {
        "info": item_info(request, context),
        "incoming": kind == "IncomingDocument",
        "listing": listing,
        "states": {sid: label(request, s) for sid, s in workflow.states.items()},
        "units": context.units(),
    }


@view_config(context=OutgoingDocument, permission="view", renderer="portal:templates/outgoing.pt")
def outgoing_view(context, request):
    request.response.cache_control.private = True
    office = context.__parent__
    unit = office.get(context.unit) if context.unit else None
    return {
        "info": item_info(request, context),
        "type_title": DOCUMENT_TYPES.get(context.doc_type, ""),
        "urgency": translate(request, URGENCIES.get(context.urgency, "")),
        "confidentiality": translate(request, CONFIDENTIALITY.get(context.confidentiality, "")),
        "authority": context.signer_authority if context.signer_authority in AUTHORITIES else "",
        "unit": unit,
        "route": history_entries(request, context),
        "recipients": [a for a in (request.agency_by_uid(u) for u in context.recipients) if a],
    }


@view_config(context=Unit, permission="view", renderer="portal:templates/unit.pt")
def unit_view(context, request):
    request.response.cache_control.private = True
    users = request.root.principals.users
    members = [users[m] for m in context.members if m in users]
    return {
        "info": item_info(request, context),
        "members": members,
        "head": users.get(context.head),
    }


def step_form(context, request, schema, apply, transition, title):
    """A form that records what a step needs, then takes the step (all or nothing)."""
    if transition not in {t.id for t in api.available_transitions(request, context)}:
        raise HTTPForbidden()
    form = make_form(request, schema, buttons=("save", "cancel"))

    def save(appstruct):
        comment = appstruct.pop("comment", "")
        apply(appstruct)
        try:
            api.transition(request, context, transition, comment)
        except WorkflowError as e:
            raise ValueError(e.args[0]) from None
        flash_message(request, "Đã thực hiện “${action}”.", action=translate(request, title))
        return HTTPFound(request.resource_path(context))

    return process_form(
        request, form, translate(request, title), save, request.resource_path(context)
    )


@view_config(
    context=IncomingDocument,
    name="phan-cong",
    permission="view",
    renderer="portal:templates/form.pt",
)
def assign_view(context, request):
    """The agency head names the lead unit, coordinating units and the deadline."""
    calendar = request.registry.work_calendar

    def apply(values):
        context.lead_unit = values["lead_unit"]
        context.coordinating_units = [
            u for u in values["coordinating_units"] if u != values["lead_unit"]
        ]
        context.deadline = calendar.add_working_days(today(request), values["days"])

    return step_form(context, request, AssignSchema, apply, "assign", "Phân công xử lý")


@view_config(
    context=IncomingDocument,
    name="giao-viec",
    permission="view",
    renderer="portal:templates/form.pt",
)
def hand_over_view(context, request):
    """The lead unit's head gives the document to one of the unit's officers."""

    def apply(values):
        context.assignee = values["assignee"]

    return step_form(context, request, HandOverSchema, apply, "assign_officer", "Giao chuyên viên")


@view_config(context=IncomingDocument, permission="view", renderer="portal:templates/incoming.pt")
def incoming_view(context, request):
    request.response.cache_control.private = True
    office = context.__parent__
    steps = {t.id for t in api.available_transitions(request, context)}
    return {
        "info": dict(
            item_info(request, context),
            transitions=[
                t for t in item_info(request, context)["transitions"] if t.id not in FORM_STEPS
            ],
        ),
        "type_title": DOCUMENT_TYPES.get(context.doc_type, ""),
        "urgency": translate(request, URGENCIES.get(context.urgency, "")),
        "confidentiality": translate(request, CONFIDENTIALITY.get(context.confidentiality, "")),
        "lead": office.get(context.lead_unit) if context.lead_unit else None,
        "coordinating": [office.get(u) for u in context.coordinating_units if office.get(u)],
        "can_assign": "assign" in steps,
        "can_hand_over": "assign_officer" in steps,
        "can_report": "complete" in steps,
        "route": history_entries(request, context),
    }


# Steps taken through their own form, not the toolbar's buttons.
FORM_STEPS = {"assign", "assign_officer"}


@view_config(context=OutgoingDocument, name="tep", permission="view")
@view_config(context=IncomingDocument, name="tep", permission="view")
def attachment_download(context, request):
    """One attachment, for those who may view the document; the download is logged."""
    try:
        stored = context.attachments[int(request.subpath[0])]
    except (IndexError, ValueError):
        raise HTTPNotFound() from None
    entry_time = datetime.now(timezone.utc)
    login = request.identity.login if request.identity is not None else ""
    flow.office_of(context).record(entry_time, login, "download", context, stored.filename)
    return file_response(request, stored, as_attachment=True, private=True)


@view_config(
    context=Intranet,
    name="tim-kiem",
    permission="view",
    renderer="portal:templates/intranet_search.pt",
)
def intranet_search(context, request):
    """Documents by number and symbol, summary or attached text, with or without
    diacritics; only those the user may view ever appear."""
    request.response.cache_control.private = True
    q = request.GET.get("q", "").strip()[:200]
    error, results = "", None
    if q:
        try:
            results = queries.search(
                request,
                q,
                page=page_number(request),
                types=("OutgoingDocument", "IncomingDocument"),
            )
        except SearchError as e:
            error = translate(request, e.args[0])
    return {
        "q": q,
        "error": error,
        "listing": results,
        "page_title": translate(request, "Tìm văn bản"),
    }


@view_config(
    context=IncomingDocument, name="bao-cao", permission="view", renderer="portal:templates/form.pt"
)
def progress_view(context, request):
    """The officer handling the document records how far it has got."""
    if "complete" not in {t.id for t in api.available_transitions(request, context)}:
        raise HTTPForbidden()
    form = make_form(request, ProgressSchema, buttons=("save", "cancel"))

    def save(appstruct):
        flow.report_progress(request, context, appstruct["note"])
        flash_message(request, "Đã ghi tiến độ xử lý.")
        return HTTPFound(request.resource_path(context))

    title = translate(request, "Báo cáo tiến độ")
    return process_form(request, form, title, save, request.resource_path(context))
