"""What waits for the user in the intranet: documents to review, sign, number, send,
register, assign or handle, earliest deadline first; read from the catalog's
`actors` index a page at a time."""

from datetime import date

from pyramid.view import view_config

from content_types.document import URGENCIES, Intranet

from .. import content as api
from ..catalog import queries
from ..i18n import label, translate
from .content import page_number

PAGE_SIZE = 50
KINDS = ("OutgoingDocument", "IncomingDocument")


def waiting_docids(request, limit):
    """docids of the documents the user may act on now, by due date, at most `limit`.

    Starts from the small set the `actors` index names for the user's principals
    rather than from everything the user may view; the page checks view per row.
    """
    catalog = queries.catalog_of(request)
    mine = queries.docids_with(catalog["actors"], request.effective_principals_set)
    docids = queries._intersect(mine, queries.docids_with(catalog["type"], KINDS))
    return catalog["due"].sort(docids, limit=limit)


def urgency_class(request, document, today):
    deadline = getattr(document, "deadline", None)
    if deadline is None or document.workflow_state == "done":
        return ""
    if today > deadline:
        return "overdue"
    calendar = request.registry.work_calendar
    return "due-soon" if calendar.working_days_between(today, deadline) <= 2 else ""


@view_config(
    context=Intranet, name="cong-viec", permission="view", renderer="portal:templates/inbox.pt"
)
def inbox_view(context, request):
    request.response.cache_control.private = True
    catalog = queries.catalog_of(request)
    page = page_number(request)
    rows, more = [], False
    for n, docid in enumerate(waiting_docids(request, page * PAGE_SIZE + 1)):
        if n < (page - 1) * PAGE_SIZE:
            continue
        if len(rows) == PAGE_SIZE:
            more = True
            break
        document = catalog.get(docid)
        if not request.has_permission("view", document):
            continue
        # the index names who holds a guarding role; the workflow has the last word
        steps = api.available_transitions(request, document)
        rows.append(
            {
                "doc": document,
                "incoming": document.type_info.name == "IncomingDocument",
                "steps": [label(request, t) for t in steps],
                "state": label(request, api.workflow_of(request, document).state_of(document)),
                "urgency": translate(request, URGENCIES.get(document.urgency, "")),
                "class": urgency_class(request, document, date.today()),
            }
        )
    return {
        "rows": rows,
        "page": page,
        "more": more,
        "page_title": translate(request, "Công việc chờ tôi"),
    }
