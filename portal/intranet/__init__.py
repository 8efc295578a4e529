"""The intranet (`/noi-bo`): an office per agency, its units and its documents."""

from content_types import Agency
from content_types.base import nearest
from content_types.document import IncomingDocument, Intranet, Office, OutgoingDocument, Unit
from content_types.i18n import _
from content_types.slug import slugify

from ..events import ObjectAdded, ObjectModified, ObjectTransitioned

INTRANET_NAME = "noi-bo"

# Roles of the intranet (shared/DOMAIN.md, "The people and their roles"); Officer and
# AgencyHead are the desk's roles too, granted here on the office.
OFFICE_ROLES = ("Clerk", "Officer", "UnitHead", "AgencyHead")
ROLE_TITLES = {
    "Clerk": _("Văn thư"),
    "UnitHead": _("Lãnh đạo đơn vị"),
    "ProvinceLeader": _("Lãnh đạo tỉnh"),
    # computed from an incoming document, never granted
    "Assignee": _("Người được giao xử lý"),
    "Coordinator": _("Đơn vị phối hợp"),
}


# Roles that view every document of an office in every state (both workflows' maps say
# so; a test keeps it true): pages listing many documents need not ask for each one.
VIEWS_EVERY_DOCUMENT = frozenset({"Clerk", "AgencyHead", "Site Administrator", "Manager"})


def sees_every_document(request, office):
    from ..security.model import effective_roles

    held = effective_roles(request.registry, office, request.effective_principals_set)
    return bool(held & VIEWS_EVERY_DOCUMENT)


def find_intranet(root):
    found = root.get(INTRANET_NAME)
    return found if isinstance(found, Intranet) else None


def ensure_intranet(request, root):
    intranet = find_intranet(root)
    if intranet is None:
        intranet = Intranet("Nội bộ", description="Văn bản đi, văn bản đến của các cơ quan.")
        root.add(intranet, INTRANET_NAME)
        request.registry.notify(ObjectAdded(intranet, request))
    return intranet


def ensure_office(request, agency):
    """The office of `agency` under /noi-bo, named by the agency's code."""
    intranet = ensure_intranet(request, request.root)
    name = slugify(agency.code or agency.title)
    office = intranet.get(name)
    if office is None:
        issuer = (agency.short_name or agency.code).replace(" ", "").upper()
        office = Office(agency.title, agency_uid=agency.uid, issuer=issuer)
        intranet.add(office, name)
        request.registry.notify(ObjectAdded(office, request))
    return office


def office_of(obj):
    return nearest(obj, Office)


def unit_in(office, name):
    unit = office.get(name) if office is not None and name else None
    return unit if isinstance(unit, Unit) else None


def document_roles(document):
    """Rights that follow a document wherever it is: the head of its drafting (or
    lead) unit, the officer it was given to, the members of coordinating units."""
    office = office_of(document)
    found = {}

    def give(login, role):
        if login:
            found.setdefault(f"user:{login}", set()).add(role)

    unit = unit_in(office, getattr(document, "unit", "") or getattr(document, "lead_unit", ""))
    if unit is not None:
        give(unit.head, "UnitHead")
    give(getattr(document, "assignee", ""), "Assignee")
    for name in getattr(document, "coordinating_units", ()):
        coordinating = unit_in(office, name)
        for member in coordinating.members if coordinating is not None else ():
            give(member, "Coordinator")
    return found


def on_transition(event):
    document, tid = event.object, event.transition.id
    if not isinstance(document, (OutgoingDocument, IncomingDocument)):
        return
    from . import flow

    flow.after_transition(event.request, document, tid)


def reindex_unit_documents(event):
    """A unit's head or members decide who acts on its documents."""
    if not isinstance(event.object, Unit):
        return
    from ..catalog.subscribers import subtree

    office = office_of(event.object)
    catalog = event.request.root.catalog
    for node in subtree(office):
        if isinstance(node, (OutgoingDocument, IncomingDocument)):
            catalog.reindex(node, event.request.registry)


def includeme(config):
    registry = config.registry
    for role, title in ROLE_TITLES.items():
        if role not in registry.roles:
            config.add_role(role, title)
    registry.container_roles.setdefault("Office", []).extend(OFFICE_ROLES)
    registry.container_roles.setdefault("Intranet", []).append("ProvinceLeader")
    config.add_role_provider(OutgoingDocument, document_roles)
    config.add_role_provider(IncomingDocument, document_roles)
    config.add_subscriber(on_transition, ObjectTransitioned)
    config.add_subscriber(reindex_unit_documents, ObjectModified)


__all__ = ["Agency", "ensure_intranet", "ensure_office", "find_intranet", "office_of"]
