"""The daily digest (`portal-admin CONFIG digest`, run by cron): each member of
staff gets one mail listing what waits for them in the intranet."""

from pyramid_mailer import get_mailer
from pyramid_mailer.message import Message

from ..catalog.queries import _intersect, docids_with
from ..security.model import user_principals

KINDS = ("OutgoingDocument", "IncomingDocument")
LISTED = 20


def waiting_for(root, user):
    """(count, the first documents by due date) waiting for `user`."""
    catalog = root.catalog
    principals = user_principals(user, root.principals)
    docids = _intersect(
        docids_with(catalog["actors"], principals),
        docids_with(catalog["allowed"], principals),
        docids_with(catalog["type"], KINDS),
    )
    first = list(catalog["due"].sort(docids, limit=LISTED))
    return len(docids), catalog.resolve(first)


def send_digests(root, request):
    """One mail per member of staff with something waiting; how many were sent."""
    mailer = get_mailer(request)
    sender = request.registry.settings.get("mail.default_sender", "no-reply@localhost")
    base = request.registry.settings.get("portal.base_url", "").rstrip("/")
    sent = 0
    for user in root.principals.users.values():
        if user.disabled or not user.email:
            continue
        count, documents = waiting_for(root, user)
        if not count:
            continue
        lines = [f"Kính gửi {user.name},", "", f"Có {count} văn bản đang chờ anh/chị xử lý:", ""]
        for document in documents:
            deadline = getattr(document, "deadline", None)
            due = f" (hạn {deadline.strftime('%d/%m/%Y')})" if deadline else ""
            lines.append(f"- {document.title}{due}")
        if base:
            lines += ["", f"Xem tại {base}/noi-bo/@@cong-viec"]
        subject = f"Văn bản chờ xử lý: {count}"
        mailer.send_immediately(
            Message(subject, sender=sender, recipients=[user.email], body="\n".join(lines))
        )
        sent += 1
    return sent
