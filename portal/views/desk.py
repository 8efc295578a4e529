"""The one-stop desk for staff: what waits for them, each application with its
actions, the official forms to print, and the register per agency and month."""

from datetime import date

from pyramid.view import view_config

from content_types import Application, ApplicationStore
from content_types.slug import sort_key

from ..cache import private_page
from ..catalog import queries
from ..directory import agency_by_uid
from ..i18n import label, translate
from ..workdays import today as today_of
from .content import item_info, page_number

OPEN_STATES = (
    "waiting",
    "received",
    "supplement_requested",
    "supplement_sent",
    "processing",
    "approval",
    "result_ready",
    "payment",
)
TABS = {
    "cho-toi": "Chờ tôi xử lý",
    "dang-xu-ly": "Tất cả hồ sơ đang giải quyết",
    "tat-ca": "Tất cả hồ sơ",
}
PAGE_SIZE = 50


def urgency(request, app, today):
    """overdue / due-soon (within two working days) / '' for an open application."""
    if app.due is None or app.finished_on is not None or app.result_on is not None:
        return ""
    if app.paused_on is not None:
        return ""
    return request.registry.work_calendar.deadline_class(today, app.due)


@view_config(
    context=ApplicationStore,
    permission="view",
    renderer="portal:templates/desk.pt",
    decorator=private_page,
)
def desk_view(context, request):
    request.response.cache_control.private = True
    tab = request.GET.get("loai", "cho-toi")
    tab = tab if tab in TABS else "cho-toi"
    catalog = queries.catalog_of(request)
    states = None if tab == "tat-ca" else OPEN_STATES
    docids = queries.filtered(request, parent=context, types=["Application"], states=states)
    if tab == "cho-toi":  # those on which the user can take a step now
        mine = queries.docids_with(catalog["actors"], request.effective_principals_set)
        docids = queries._intersect(docids, mine)
    today = today_of(request)
    page = page_number(request)
    listing = queries._page_of(catalog, docids, "due", False, page, PAGE_SIZE)
    apps = listing.items
    workflow = request.registry.workflows["one_stop"]
    rows = [
        {
            "app": a,
            "state": label(request, workflow.state_of(a)),
            "urgency": urgency(request, a, today),
        }
        for a in apps
    ]
    return {
        "info": item_info(request, context),
        "tab": tab,
        "tabs": {k: translate(request, v) for k, v in TABS.items()},
        "rows": rows,
        "listing": listing,
        "page_title": translate(request, "Bàn làm việc một cửa"),
    }


@view_config(context=Application, permission="view", renderer="portal:templates/application.pt")
def application_view(context, request):
    request.response.cache_control.private = True
    return {
        "info": item_info(request, context),
        "urgency": urgency(request, context, today_of(request)),
        "desk": agency_by_uid(request, context.desk_uid),
        "agency": agency_by_uid(request, context.agency_uid),
    }


# The official forms of the one-stop desk, one template each.
FORMS = {
    "phieu-bo-sung": ("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "request_papers"),
    "phieu-tu-choi": ("Phiếu từ chối tiếp nhận, giải quyết hồ sơ", "refuse"),
    "phieu-xin-loi": ("Phiếu xin lỗi và hẹn lại ngày trả kết quả", None),
    "phieu-kiem-soat": ("Phiếu kiểm soát quá trình giải quyết hồ sơ", None),
}


def last_comment(app, action):
    for entry in reversed(list(app.history)):
        if entry["action"] == action:
            return entry.get("comment", "")
    return ""


def new_date(request, app):
    """The apology's new date: asked in the query string, else two working days on."""
    try:
        return date.fromisoformat(request.GET.get("ngay-moi", ""))
    except ValueError:
        calendar = request.registry.work_calendar
        return calendar.add_working_days(max(app.due or date.today(), date.today()), 2)


def official_form(context, request):
    name = request.view_name
    title, action = FORMS[name]
    request.response.cache_control.private = True
    workflow = request.registry.workflows["one_stop"]
    actions = {t.id: label(request, t) for t in workflow.transitions.values()}
    actions["create"] = translate(request, "Nộp hồ sơ")
    return {
        "form_name": name,
        "page_title": translate(request, title),
        "reason": last_comment(context, action) if action else "",
        "new_date": new_date(request, context) if name == "phieu-xin-loi" else None,
        "desk": agency_by_uid(request, context.desk_uid),
        "agency": agency_by_uid(request, context.agency_uid),
        "actions": actions,
        "states": {sid: label(request, s) for sid, s in workflow.states.items()},
    }


for _name in FORMS:
    view_config(
        context=Application,
        name=_name,
        permission="view",
        renderer="portal:templates/desk_form.pt",
    )(official_form)


def months_back(today, count=24):
    year, month = today.year, today.month
    for _i in range(count):
        yield f"{year:04d}-{month:02d}"
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)


@view_config(
    context=ApplicationStore,
    name="so-theo-doi",
    permission="view",
    renderer="portal:templates/desk_register.pt",
)
def register_view(context, request):
    """The register of applications of one agency and month, by code."""
    request.response.cache_control.private = True
    catalog = queries.catalog_of(request)
    facets = catalog["facets"]
    month = request.GET.get("thang", "") or date.today().strftime("%Y-%m")
    agency_uid = request.GET.get("co-quan", "")
    visible = queries.filtered(request, parent=context, types=["Application"])
    sets = [visible, queries.docids_with(facets, [f"month:{month}"])]
    if agency_uid:
        sets.append(queries.docids_with(facets, [f"agency:{agency_uid}", f"desk:{agency_uid}"]))
    apps = sorted(catalog.resolve(queries._intersect(*sets)), key=lambda a: a.code)
    # agencies the user sees applications of, for the filter
    agencies = {}
    for value in (k[7:] for k in facets._fwd_index.keys(min="agency:", max="agency:\uffff")):
        if len(queries._intersect(visible, queries.docids_with(facets, [f"agency:{value}"]))):
            agency = agency_by_uid(request, value)
            if agency is not None:
                agencies[value] = agency.title
    workflow = request.registry.workflows["one_stop"]
    return {
        "apps": apps,
        "month": month,
        "months": list(months_back(date.today())),
        "agency_uid": agency_uid,
        "agencies": sorted(agencies.items(), key=lambda kv: sort_key(kv[1])),
        "states": {sid: label(request, s) for sid, s in workflow.states.items()},
        "page_title": translate(request, "Sổ theo dõi hồ sơ"),
    }
