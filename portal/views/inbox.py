"""What waits for the user in the intranet: documents to review, sign, number, send,
register, assign or handle, earliest deadline first; read from the catalog's
`actors` index a page at a time."""

from html import escape

from pyramid.view import view_config

from content_types.document import URGENCIES, Intranet

from .. import content as api
from ..cache import private_page
from ..catalog import queries
from ..i18n import _, label, translate
from ..workdays import today as today_of
from .content import page_number
from .format import format_date

PAGE_SIZE = 50
BADGES = {"overdue": _("Quá hạn"), "due-soon": _("Sắp đến hạn")}
KIND_TITLES = {"IncomingDocument": _("Văn bản đến"), "OutgoingDocument": _("Văn bản đi")}
KINDS = ("OutgoingDocument", "IncomingDocument")


def waiting_docids(request, limit):
    """docids of the documents the user may act on now, by due date, at most `limit`.

    Starts from the small set the `actors` index names for the user's principals
    rather than from everything the user may view: whoever may take a step of a
    document may view it in that state (tests/test_intranet.py checks the maps).
    """
    catalog = queries.catalog_of(request)
    mine = queries.docids_with(catalog["actors"], request.effective_principals_set)
    docids = queries._intersect(mine, queries.docids_with(catalog["type"], KINDS))
    return catalog["due"].sort(docids, limit=limit)


def row_html(request, document, today):
    """One row of the list, written here: the inbox's hot loop. Values are escaped."""
    steps = [label(request, t) for t in api.available_transitions(request, document) if t.inbox]
    state = label(request, api.workflow_of(request, document).state_of(document))
    kind = KIND_TITLES[document.type_info.name]
    css = urgency_class(request, document, today)
    deadline = getattr(document, "deadline", None)
    due = format_date(deadline) if deadline else ""
    if css:
        badge = translate(request, BADGES[css])
        due += f' <strong class="badge {css}">{escape(badge)}</strong>'
    return (
        f'<tr class="{css}"><th scope="row"><a href="{escape(request.resource_path(document))}">'
        f'{escape(document.title)}</a> <span class="meta">{escape(document.__parent__.title)}'
        f" · {escape(state)}</span></th><td>{escape(translate(request, kind))}</td>"
        f"<td>{escape(', '.join(steps))}</td>"
        f"<td>{escape(translate(request, URGENCIES.get(document.urgency, '')))}</td>"
        f"<td>{due}</td></tr>"
    )


def urgency_class(request, document, today):
    deadline = getattr(document, "deadline", None)
    if deadline is None or document.workflow_state == "done":
        return ""
    return request.registry.work_calendar.deadline_class(today, deadline)


@view_config(
    context=Intranet,
    name="cong-viec",
    permission="view",
    renderer="portal:templates/inbox.pt",
    decorator=private_page,
)
def inbox_view(context, request):
    request.response.cache_control.private = True
    catalog = queries.catalog_of(request)
    page = page_number(request)
    rows, more = [], False
    today = today_of(request)
    for n, docid in enumerate(waiting_docids(request, page * PAGE_SIZE + 1)):
        if n < (page - 1) * PAGE_SIZE:
            continue
        if len(rows) == PAGE_SIZE:
            more = True
            break
        document = catalog.get(docid)  # who may act may view (a test keeps it so)
        rows.append(row_html(request, document, today))
    return {
        "rows": rows,
        "rows_html": "".join(rows),
        "page": page,
        "more": more,
        "page_title": translate(request, "Công việc chờ tôi"),
    }
