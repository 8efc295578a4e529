"""The agency directory: lookups, agency codes, pages, exports and imports."""

from content_types import Agency, Directory
from content_types.agency import directory_of
from content_types.slug import numbered, slugify, sort_key

from ..catalog.queries import by_uid, catalog_of, docids_with
from ..content import ContentError
from ..events import ObjectAdded, ObjectModified, ObjectMoved, ObjectRemoved

DIRECTORY_NAME = "danh-ba"


def find_directory(root):
    directory = root.get(DIRECTORY_NAME)
    return directory if isinstance(directory, Directory) else None


def all_agencies(request):
    """Every agency, in Vietnamese alphabetical order (agencies are public)."""
    catalog = catalog_of(request)
    agencies = catalog.resolve(docids_with(catalog["type"], ["Agency"]))
    agencies.sort(key=lambda a: sort_key(a.title))
    return agencies


def agency_choices(request):
    """(uid, title) of every agency, for select widgets."""
    return [(a.uid, a.title) for a in all_agencies(request)]


def agency_by_uid(request, uid):
    found = by_uid(request, uid)
    return found if isinstance(found, Agency) else None


def agency_by_code(request, code):
    directory = find_directory(request.root)
    uid = directory.codes.get(code) if directory is not None and code else None
    return agency_by_uid(request, uid) if uid else None


def unique_code(directory, agency):
    base = slugify(agency.short_name or agency.title, max_length=40)
    return numbered(base, directory.codes.__contains__)


def sync_code(agency):
    """Claim the agency's code in its directory (made from its name when blank)."""
    directory = directory_of(agency)
    if directory is None:
        return
    old = getattr(agency, "claimed_code", "")
    if not agency.code:
        agency.code = unique_code(directory, agency)
    if old == agency.code:
        return
    try:
        directory.claim_code(agency.code, agency.uid)
    except KeyError as e:
        raise ContentError(e.args[0]) from None
    if old:
        directory.release_code(old, agency.uid)
    agency.claimed_code = agency.code


def agencies_below(obj):
    todo = [obj]
    while todo:
        node = todo.pop()
        if isinstance(node, Agency):
            yield node
            todo.extend(node.sub_agencies())


def on_added(event):
    for agency in agencies_below(event.object):
        sync_code(agency)


def on_modified(event):
    if isinstance(event.object, Agency):
        sync_code(event.object)


def on_removed(event):
    directory = directory_of(event.object)
    if directory is None:
        return
    for agency in agencies_below(event.object):
        directory.release_code(getattr(agency, "claimed_code", ""), agency.uid)


def includeme(config):
    config.add_request_method(agency_choices, "agency_choices", reify=True)
    config.add_request_method(agency_by_uid, "agency_by_uid")
    config.add_subscriber(on_added, ObjectAdded)
    config.add_subscriber(on_added, ObjectMoved)
    config.add_subscriber(on_modified, ObjectModified)
    config.add_subscriber(on_removed, ObjectRemoved)


def ensure_directory(request, root):
    """The site's directory, created (and indexed) the first time it is needed."""
    directory = find_directory(root)
    if directory is None:
        directory = Directory(
            "Danh bạ cơ quan",
            description="Địa chỉ, điện thoại, thư điện tử công vụ của các cơ quan trong tỉnh.",
        )
        root.add(directory, DIRECTORY_NAME)
        request.registry.notify(ObjectAdded(directory, request))
    return directory
