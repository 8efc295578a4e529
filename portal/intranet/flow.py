"""What each step of a document's route does besides changing its state: numbers,
dates, and the incoming copy an office on this portal receives."""

from persistent.list import PersistentList
from transaction.interfaces import NoTransaction

from content_types.document import IncomingDocument, OutgoingDocument
from content_types.i18n import _
from workflows import WorkflowError, history_entry

from ..directory import agency_by_uid
from ..events import ObjectAdded
from ..workdays import today
from . import office_of
from .numbering import give_number


def after_transition(request, document, tid):
    day = today(request)
    queue_notice(request, document)
    step(request, document, tid, day)
    entry = document.history[-1]
    detail = " · ".join(filter(None, [entry["comment"], audit_detail(document, tid)]))
    office_of(document).record(entry["time"], entry["actor"], tid, document, detail)


def audit_detail(document, tid):
    """What the audit log adds to a step: the number given, who was assigned."""
    if tid in ("number", "register"):
        return f"số {document.number:02d}/{document.year}"
    if tid == "assign":
        units = ", ".join([document.lead_unit, *document.coordinating_units])
        return f"{units}; hạn {document.deadline:%d/%m/%Y}"
    if tid == "assign_officer":
        return document.assignee
    return ""


def step(request, document, tid, day):
    if tid in ("number", "register"):
        give_number(request, document, day)
    elif isinstance(document, OutgoingDocument) and tid == "sign":
        document.signed_by = document.history[-1]["actor"]  # the seam for a digital signature
    elif isinstance(document, OutgoingDocument) and tid == "dispatch":
        document.dispatched_on = day
        deliver(request, document, day)
    elif isinstance(document, IncomingDocument) and tid == "assign" and not document.lead_unit:
        raise WorkflowError(_("Hãy phân công qua biểu mẫu “Phân công xử lý”."))
    elif isinstance(document, IncomingDocument) and tid == "assign_officer":
        if not document.assignee:
            raise WorkflowError(_("Hãy chọn chuyên viên qua biểu mẫu “Giao chuyên viên”."))
        document.handed_over_on = day
    elif isinstance(document, IncomingDocument) and tid == "complete":
        document.finished_on = day


def deliver(request, document, day):
    """Each recipient agency on this portal gets the document waiting for its clerk.
    Confidential documents never travel electronically (DOMAIN.md)."""
    from . import ensure_office

    if document.confidential:
        return
    sender = office_of(document)
    for uid in document.recipients:
        agency = agency_by_uid(request, uid)
        if agency is None or agency.uid == sender.agency_uid:
            continue
        office = ensure_office(request, agency)
        copy = IncomingDocument(
            document.title,
            issuer_name=sender.title,
            source_symbol=document.symbol,
            source_date=document.issued_on,
            doc_type=document.doc_type,
            electronic=True,
            urgency=document.urgency,
            confidentiality=document.confidentiality,
            source_uid=document.uid,
            attachment_text=document.attachment_text,
            body=document.body,
        )
        if document.attachments:
            copy.attachments = PersistentList(document.attachments)  # the same files
        office.add(copy)
        request.registry.workflows["incoming"].initialize(copy, None)
        request.registry.notify(ObjectAdded(copy, request))
        queue_notice(request, copy)


def queue_notice(request, document):
    """Mail whoever the document waits for, once the request's changes are final.
    Scripts (the demo) run outside the request's transaction and send nothing."""
    try:
        current = request.tm.get()
    except NoTransaction:
        return
    current.addBeforeCommitHook(notify_actors, (request, document))


def notify_actors(request, document):
    """Tell the people in whose inbox the document now lands (mail leaves after the
    commit). Runs just before the commit, once the step's own changes are made."""
    from ..mail import send_after_commit
    from ..security.model import principals_acting

    users = request.root.principals.users
    logins = {p[5:] for p in principals_acting(request.registry, document) if p.startswith("user:")}
    acting = request.identity.login if request.identity is not None else None
    recipients = sorted(users[x].email for x in logins if x in users and x != acting)
    if not recipients:
        return
    translate = request.localizer.translate
    subject = translate(_("Văn bản chờ xử lý: ${title}", mapping={"title": document.title}))
    body = "\n".join(
        [
            translate(_("Có văn bản mới chờ bạn xử lý trong hệ thống nội bộ:")),
            "",
            document.title,
            request.resource_url(document),
        ]
    )
    send_after_commit(request, recipients, subject, body)


def report_progress(request, document, note):
    """A note on the route and in the audit log; the state does not change."""
    login = request.identity.login if request.identity is not None else None
    entry = history_entry("progress", login, document.workflow_state, document.workflow_state, note)
    document.history.append(entry)
    document.touch()
    office_of(document).record(entry["time"], login, "progress", document, note)
