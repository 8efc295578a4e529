"""The demo site: a fictitious province with sections, pages, news and one user per role."""

from datetime import date, timedelta

from content_types import Directory, ServiceCatalog
from content_types.principals import User
from content_types.service import APPLICATIONS_NAME

from .. import content as api
from ..security.passwords import hash_password
from .data import NEWS, PAGES, SECTIONS, SUB_SITE_NEWS, SUB_SITE_PAGE, USERS
from .images import upload
from .province import load_directory

GUIDE = (
    "Hướng dẫn sử dụng Cổng thông tin (bản mẫu)\n\n"
    "1. Tìm kiếm: gõ từ khóa có dấu hoặc không dấu vào ô tìm kiếm.\n"
    "2. Tin tức và thông báo được sắp xếp mới nhất trước.\n"
)


def site_is_empty(root):
    """No accounts and no content (the directory and service catalog the portal
    creates may be there, empty but for the application store)."""
    if len(root.principals.users):
        return False
    return all(
        (isinstance(c, Directory) and len(c) == 0)
        or (isinstance(c, ServiceCatalog) and list(c.keys()) == [APPLICATIONS_NAME])
        for c in root.values()
    )


def act_as(request, user):
    """Let the content API record `user` as the actor of what follows."""
    request.environ["portal.identity"] = user
    request.environ.pop("portal.principals", None)


def load_demo(request, root, today=None, intranet=True):
    """Fill an empty site: users, sections, pages and news in every workflow state, the
    directory, the public services and (unless `intranet` is false, as for the test
    suite's shared base, whose intranet tests build their own offices) the intranet."""
    today = today or date.today()
    request.root = request.context = root
    users = {}
    for login, name, email, roles in USERS:
        users[login] = root.principals.add_user(
            User(login, name, email, hash_password(f"{login}-matkhau"), roles=roles)
        )
    act_as(request, users["admin"])
    sections = {}
    for name, title, description, ordered in SECTIONS:
        values = {"title": title, "description": description, "ordered": ordered}
        sections[name] = api.create(request, root, "Folder", values, name=name)
        api.transition(request, sections[name], "publish")
    if "danh-ba" in root:  # the directory goes after the news sections
        api.reorder(request, root, "danh-ba", root.keys().index("thong-bao"))
    for section, title, description, body in PAGES:
        values = {"title": title, "description": description, "body": body}
        api.transition(request, api.create(request, sections[section], "Page", values), "publish")
    about = sections["gioi-thieu"]
    guide = {"title": "Hướng dẫn sử dụng", "description": "Tệp hướng dẫn ngắn cho người dùng."}
    guide["file"] = upload("guide", GUIDE.encode(), "huong-dan-su-dung.txt", "text/plain")
    api.transition(request, api.create(request, about, "File", guide), "publish")
    view = {"title": "Toàn cảnh sông Ngọc", "description": "Tranh vẽ minh họa cầu Đồng Tâm."}
    view["image"] = upload("bridge")
    api.transition(request, api.create(request, about, "Image", view), "publish")
    published = sum(1 for entry in NEWS if entry[5] == "published")
    # spread over the last 60 days, both sections mixed; the first item is the newest
    ages = iter(k * 11 % published * 60 for k in range(published))
    for section, title, lead, body, source, state, author, picture in NEWS:
        act_as(request, users[author])
        values = {"title": title, "lead": lead, "body": body, "source": source}
        if state == "published":  # the others get their date when they are published
            values["publication_date"] = today - timedelta(days=next(ages) // published)
        if picture:
            values["image"] = upload(picture)
            values["image_caption"] = f"Ảnh minh họa: {title.lower()}"
        item = api.create(request, sections[section], "NewsItem", values)
        if state in ("pending", "published"):
            api.transition(request, item, "submit")
        if state == "published":
            act_as(request, users["duyet"])
            api.transition(request, item, "publish")
    act_as(request, users["admin"])
    load_directory(request, root)
    load_sub_site(request, root["danh-ba"]["so-thong-tin-va-truyen-thong"], users)
    from .services import load_services  # it uses act_as, defined here

    act_as(request, users["admin"])
    load_services(request, root, today)
    if intranet:
        from .intranet import load_intranet

        act_as(request, users["admin"])
        load_intranet(request, root, today)
    act_as(request, None)
    return root


def load_sub_site(request, agency, users):
    """One agency's own section, so the demo shows what a sub-site looks like; its
    editor `bientap.stttt` is an Editor there only."""
    act_as(request, users["admin"])
    news = api.create(
        request,
        agency,
        "Folder",
        {"title": "Tin hoạt động", "ordered": False},
        name="tin-hoat-dong",
    )
    about = api.create(request, agency, "Page", SUB_SITE_PAGE, name="gioi-thieu")
    for obj in (news, about):
        api.transition(request, obj, "publish")
    editor = request.root.principals.add_user(
        User(
            "bientap.stttt",
            "Đỗ Thanh Biên",
            "bientap@stttt.hoabinhxanh.gov.vn",
            hash_password("bientap.stttt-matkhau"),
            agency=agency.uid,
        )
    )
    api.set_local_roles(request, agency, editor.principal, ["Editor"])
    act_as(request, editor)
    for title, lead in SUB_SITE_NEWS:
        item = api.create(request, news, "NewsItem", {"title": title, "lead": lead})
        api.transition(request, item, "submit")
        act_as(request, users["duyet"])
        api.transition(request, item, "publish")
        act_as(request, editor)
