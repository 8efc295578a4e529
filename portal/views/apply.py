"""Applying online: the citizen fills the form for a procedure, checks a summary,
submits once, and gets a receipt with the application's code."""

from pyramid.httpexceptions import HTTPFound, HTTPNotFound
from pyramid.view import view_config

from content_types import Procedure
from content_types.application import application_schema

from ..content import ContentError
from ..i18n import _, translate
from ..services import application_store, desk
from .content import process_form
from .forms import make_form

TRACKED = "tracked"  # session key: codes this visitor has proven they may see
DRAFTS = "drafts"  # session key: the filled forms this visitor may confirm


def remember_tracked(request, code):
    codes = request.session.get(TRACKED, [])
    if codes[:1] == [code]:
        return  # already the latest: the session (and its cookie) stays as it is
    request.session[TRACKED] = [code, *[c for c in codes if c != code]][:10]


def is_tracked(request, code):
    return code in request.session.get(TRACKED, ())


def owns_draft(request, token):
    """Only the visitor who filled a form sees its summary and confirms it."""
    return bool(token) and token in request.session.get(DRAFTS, ())


def online_procedure(context):
    if not context.accepts_online:
        raise HTTPNotFound()
    return context


@view_config(
    context=Procedure,
    name="nop-truc-tuyen",
    permission="view",
    renderer="portal:templates/apply.pt",
)
def apply_view(context, request):
    procedure = online_procedure(context)
    store = application_store(request.root)
    token = request.GET.get("ban-nhap", "")
    draft = store.drafts.get(token) if owns_draft(request, token) else None
    if draft is not None and draft.procedure_uid == procedure.uid:
        return summary(request, procedure, token, draft)
    case_index = request.params.get("truong-hop", "")
    case = procedure.case(case_index)
    if procedure.cases and case is None:
        return {"step": "case", "procedure": procedure, "page_title": procedure.title}
    agencies = desk.receiving_agencies(request, procedure)
    schema = application_schema(procedure.papers_for(case), agencies)
    query = {"truong-hop": case_index} if case is not None else {}
    action = request.resource_path(procedure, "@@nop-truc-tuyen", query=query)
    form = make_form(request, schema, buttons=("check",), action=action)

    def save(appstruct):
        token = desk.make_draft(request, procedure, case_index if case else None, appstruct)
        request.session[DRAFTS] = [token, *request.session.get(DRAFTS, [])][:5]
        return HTTPFound(
            request.resource_path(procedure, "@@nop-truc-tuyen", query={"ban-nhap": token})
        )

    values = process_form(request, form, procedure.title, save, request.resource_path(procedure))
    if isinstance(values, dict):
        values.update(step="form", procedure=procedure, case=case)
    return values


def summary(request, procedure, token, draft):
    agency = dict(desk.receiving_agencies(request, procedure)).get(draft.values.get("agency"))
    return {
        "step": "summary",
        "procedure": procedure,
        "case": procedure.case(draft.case_index),
        "draft": draft,
        "token": token,
        "agency": agency,
        "page_title": translate(request, _("Kiểm tra trước khi nộp")),
    }


@view_config(context=Procedure, name="nop-ho-so", permission="view", request_method="POST")
def submit_view(context, request):
    """One application per confirmed draft, however many times the button is pressed."""
    procedure = online_procedure(context)
    token = request.POST.get("token", "")
    try:
        if not owns_draft(request, token):
            raise ContentError(_("Phiên nộp hồ sơ đã hết hạn; xin điền lại tờ khai."))
        app, _created = desk.submit(request, procedure, token)
    except ContentError as e:
        request.tm.doom()
        request.session.flash(translate(request, e.args[0]))
        return HTTPFound(request.resource_path(procedure, "@@nop-truc-tuyen"))
    remember_tracked(request, app.code)
    return HTTPFound(receipt_url(request, app))


def receipt_url(request, app):
    return request.resource_path(request.root, "bien-nhan", query={"ma": app.code})
