"""The one-stop desk's rules: turning a confirmed form into an application, and
what each step does to its dates and tells the applicant."""

import secrets
from datetime import date

from persistent.list import PersistentList

from content_types.application import Draft, Paper, paper_field
from content_types.file import read_upload
from content_types.i18n import _

from ..content import ContentError, create
from ..directory import agency_by_uid
from ..mail import send_after_commit
from . import application_store

APPLICANT_FIELDS = (
    "applicant_name",
    "id_number",
    "organisation",
    "phone",
    "email",
    "address",
    "note",
)
# Transitions after which nothing more happens to an application.
CLOSING = {"refuse", "withdraw", "cancel", "return_result"}


def today(request):
    """The working day of the request; the demo sets `portal.today` to replay the past."""
    return request.environ.get("portal.today") or date.today()


def receiving_agencies(request, procedure):
    """(uid, title) of the agencies a citizen may apply to for `procedure`."""
    found = []
    for uid in procedure.executing:
        agency = agency_by_uid(request, uid)
        if agency is not None:
            found.append((agency.uid, agency.title))
    return found


def desk_of(request, procedure, agency_uid):
    """The agency whose desk receives: the procedure's desk, else the chosen agency."""
    return agency_by_uid(request, procedure.desk or agency_uid)


def make_draft(request, procedure, case_index, appstruct):
    """Keep the filled form (and its files) until the citizen confirms; the token."""
    store = application_store(request.root)
    store.purge_drafts()
    case = procedure.case(case_index)
    papers = []
    for i, paper in enumerate(procedure.papers_for(case)):
        upload = appstruct.get(paper_field(i))
        if not isinstance(upload, dict):
            continue
        data, filename = read_upload(upload)
        stored = Paper(paper["name"])
        stored.add(data, filename)
        papers.append(stored)
    values = {k: appstruct.get(k, "") for k in APPLICANT_FIELDS}
    agencies = receiving_agencies(request, procedure)
    values["agency"] = appstruct.get("agency") or (agencies[0][0] if agencies else "")
    token = secrets.token_urlsafe(18)
    store.drafts[token] = Draft(procedure.uid, case_index, values, papers)
    return token


def submit(request, procedure, token):
    """The application made from draft `token`: (application, created). A token
    already used gives the application it made (a second click); an unknown one
    raises ContentError."""
    store = application_store(request.root)
    done = store.submitted.get(token)
    if done is not None:
        return store.get(done[0]), False
    draft = store.drafts.get(token)
    if draft is None or draft.procedure_uid != procedure.uid:
        raise ContentError(_("Phiên nộp hồ sơ đã hết hạn; xin điền lại tờ khai."))
    values = dict(draft.values)
    agency_uid = values.pop("agency")
    desk = desk_of(request, procedure, agency_uid)
    if desk is None or not desk.exchange_id:
        raise ContentError(
            _("Cơ quan tiếp nhận chưa có mã định danh nên chưa nhận hồ sơ trực tuyến.")
        )
    case = procedure.case(draft.case_index)
    code = store.next_code(desk.exchange_id, today(request))
    values.update(
        procedure_uid=procedure.uid,
        procedure_code=procedure.code,
        field=procedure.field,
        level=procedure.level,
        case_name=case["name"] if case else "",
        days=procedure.time_limit(case),
        desk_uid=desk.uid,
        agency_uid=agency_uid,
        papers=PersistentList(draft.papers),
        title=procedure.title,
        code=code,
    )
    app = create(request, store, "Application", values, name=code)
    del store.drafts[token]
    store.submitted[token] = (code, app.submitted)
    notify_applicant(request, app, "submit")
    return app, True


def add_supplement(app, uploads):
    """Files the applicant sends after a request for more papers."""
    paper = Paper(_("Giấy tờ bổ sung"), supplement=True)
    for upload in uploads:
        data, filename = read_upload(upload)
        paper.add(data, filename)
    app.papers.append(paper)


def after_transition(request, app, transition):
    """Dates each step sets, computed once in working days and then kept."""
    calendar = request.registry.work_calendar
    day = today(request)
    tid = transition.id
    if tid == "receive" and app.due is None:
        app.received_on = day
        app.due = calendar.add_working_days(day, app.days)
    elif tid == "request_papers":
        app.requested = app.history[-1]["comment"]
        if app.due is not None and app.paused_on is None:
            app.paused_on = day
    elif tid == "supply" and app.paused_on is not None:
        # the clock stood still from the request to the day the papers came
        app.due = calendar.add_working_days(
            app.due, calendar.working_days_between(app.paused_on, day)
        )
        app.paused_on = None
    elif tid == "approve":
        app.result_on = day
    if tid in CLOSING:
        app.finished_on = day
    notify_applicant(request, app, tid)


MESSAGES = {
    "submit": _("Hồ sơ đã được gửi tới bộ phận một cửa và đang chờ tiếp nhận."),
    "receive": _("Bộ phận một cửa đã tiếp nhận hồ sơ."),
    "request_papers": _("Cơ quan yêu cầu bổ sung giấy tờ; xin gửi bổ sung qua trang tra cứu."),
    "supply": _("Giấy tờ bổ sung đã được gửi tới cơ quan."),
    "start": _("Hồ sơ đang được xử lý."),
    "propose": _("Kết quả xử lý đã được trình lãnh đạo cơ quan."),
    "approve": _("Lãnh đạo cơ quan đã duyệt; kết quả sẵn sàng để trả."),
    "send_back": _("Lãnh đạo cơ quan yêu cầu xử lý tiếp."),
    "ask_payment": _("Xin nộp phí, lệ phí để nhận kết quả."),
    "return_result": _("Kết quả đã được trả."),
    "refuse": _("Hồ sơ bị từ chối."),
    "withdraw": _("Hồ sơ đã được rút theo yêu cầu của người nộp."),
    "cancel": _("Hồ sơ đã bị hủy."),
}


def notify_applicant(request, app, action):
    translate = request.localizer.translate
    lines = [
        translate(_("Kính gửi ${name},", mapping={"name": app.applicant_name})),
        "",
        translate(
            _(
                "Hồ sơ ${code} (${procedure}):",
                mapping={"code": app.code, "procedure": app.title},
            )
        ),
        translate(MESSAGES.get(action, MESSAGES["start"])),
    ]
    comment = app.history[-1]["comment"] if app.history else ""
    if comment and action != "submit":
        lines += ["", comment]
    if app.due is not None:
        lines.append(
            translate(_("Hẹn trả kết quả: ${date}", mapping={"date": app.due.strftime("%d/%m/%Y")}))
        )
    lines += [
        "",
        translate(
            _(
                "Tra cứu hồ sơ tại ${url} với mã hồ sơ và số điện thoại hoặc thư điện tử đã khai.",
                mapping={"url": request.application_url + "/tra-cuu"},
            )
        ),
    ]
    subject = translate(_("Hồ sơ ${code}", mapping={"code": app.code}))
    send_after_commit(request, [app.email], subject, "\n".join(lines))
