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
from .format import child_href, format_date

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
    # Sort first and test the few docids read: the actors index also names the one-stop
    # desk's applications, rarely waiting for the same person. If one is, sort again
    # among documents only.
    first = list(catalog["due"].sort(mine, limit=limit))
    kinds = [queries.docids_with(catalog["type"], [kind]) for kind in KINDS]
    if all(any(docid in docids for docids in kinds) for docid in first):
        return first
    return catalog["due"].sort(queries.among(catalog["type"], KINDS, mine), limit=limit)


class Rows:
    """Writes the list's rows: the inbox's hot loop. The few messages every row
    repeats are translated once, and each office's path and title are read once.
    Values are escaped."""

    def __init__(self, request, today):
        self.request = request
        self.today = today
        self.calendar = request.registry.work_calendar
        self.texts = {}
        self.offices = {}
        self.roles = {}  # the local roles of each office, read once

    def text(self, message):
        found = self.texts.get(message)
        if found is None:
            found = self.texts[message] = escape(translate(self.request, message))
        return found

    def office(self, document):
        """(path, escaped title) of the document's container."""
        parent = document.__parent__
        found = self.offices.get(id(parent))
        if found is None:
            path = self.request.resource_path(parent)
            found = self.offices[id(parent)] = (path, escape(parent.title))
        return found

    def row(self, document):
        request = self.request
        steps = [
            label(request, t)
            for t in api.available_transitions(request, document, self.roles)
            if t.inbox
        ]
        state = label(request, api.workflow_of(request, document).state_of(document))
        base, office = self.office(document)
        css = self.urgency_class(document)
        deadline = getattr(document, "deadline", None)
        due = format_date(deadline) if deadline else ""
        if css:
            due += f' <strong class="badge {css}">{self.text(BADGES[css])}</strong>'
        return (
            f'<tr class="{css}"><th scope="row"><a href="{child_href(base, document)}">'
            f'{escape(document.title)}</a> <span class="meta">{office} · {escape(state)}'
            f"</span></th><td>{self.text(KIND_TITLES[document.type_info.name])}</td>"
            f"<td>{escape(', '.join(steps))}</td>"
            f"<td>{self.text(URGENCIES.get(document.urgency, ''))}</td>"
            f"<td>{due}</td></tr>"
        )

    def urgency_class(self, document):
        deadline = getattr(document, "deadline", None)
        if deadline is None or document.workflow_state == "done":
            return ""
        return self.calendar.deadline_class(self.today, deadline)


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
    writer = Rows(request, today_of(request))
    for n, docid in enumerate(waiting_docids(request, page * PAGE_SIZE + 1)):
        if n < (page - 1) * PAGE_SIZE:
            continue
        if len(rows) == PAGE_SIZE:
            more = True
            break
        document = catalog.get(docid)  # who may act may view (a test keeps it so)
        rows.append(writer.row(document))
    return {
        "rows": rows,
        "rows_html": "".join(rows),
        "page": page,
        "more": more,
        "page_title": translate(request, "Công việc chờ tôi"),
    }
