"""The demo site: a fictitious province with sections, pages, news and one user per role."""

from datetime import date, timedelta

from content_types.principals import User

from .. import content as api
from ..security.passwords import hash_password
from .data import NEWS, PAGES, SECTIONS, USERS


def site_is_empty(root):
    return len(root) == 0 and len(root.principals.users) == 0


def act_as(request, user):
    """Let the content API record `user` as the actor of what follows."""
    request.environ["portal.identity"] = user
    request.environ.pop("portal.principals", None)


def load_demo(request, root, today=None):
    today = today or date.today()
    request.root = root
    request.context = root
    users = {}
    for login, name, email, roles in USERS:
        users[login] = root.principals.add_user(
            User(login, name, email, hash_password(f"{login}-matkhau"), roles=roles)
        )
    act_as(request, users["admin"])
    sections = {}
    for name, title, description, ordered in SECTIONS:
        folder = api.create(request, root, "Folder", {"title": title, "description": description}, name=name)
        if not ordered:
            folder.ordered = False
            folder._order = None
        api.transition(request, folder, "publish")
        sections[name] = folder
    for section, title, description, body in PAGES:
        page = api.create(request, sections[section], "Page", {"title": title, "description": description, "body": body})
        api.transition(request, page, "publish")
    for i, (section, title, lead, body, source, state, author) in enumerate(NEWS):
        act_as(request, users[author])
        appstruct = {
            "title": title,
            "lead": lead,
            "body": body,
            "source": source,
            "publication_date": today - timedelta(days=i) if state == "published" else None,
        }
        item = api.create(request, sections[section], "NewsItem", appstruct)
        if state in ("pending", "published"):
            api.transition(request, item, "submit")
        if state == "published":
            act_as(request, users["duyet"])
            api.transition(request, item, "publish")
    act_as(request, None)
    return root
