"""Public services: the procedure catalog, online applications and the one-stop desk."""

from content_types import Agency
from content_types.application import Application, ApplicationStore
from content_types.i18n import _
from content_types.service import APPLICATIONS_NAME, ServiceCatalog
from content_types.slug import sort_key

from ..catalog.queries import _intersect, catalog_of, docids_with, filtered
from ..catalog.subscribers import root_of
from ..events import LocalRolesChanged, ObjectAdded, ObjectTransitioned
from ..security.model import local_roles
from ..workdays import calendar_from_settings

SERVICES_NAME = "dich-vu-cong"

# Roles of the one-stop desk (shared/DOMAIN.md, "The people and their roles").
DESK_ROLES = {
    "DeskOfficer": _("Cán bộ một cửa"),
    "Officer": _("Chuyên viên"),
    "AgencyHead": _("Lãnh đạo cơ quan"),
}
APPLICANT = "Applicant"


def find_services(root):
    found = root.get(SERVICES_NAME)
    return found if isinstance(found, ServiceCatalog) else None


def application_store(root):
    services = find_services(root)
    store = services.get(APPLICATIONS_NAME) if services is not None else None
    return store if isinstance(store, ApplicationStore) else None


def ensure_services(request, root):
    """The catalog and its private application store, created the first time."""
    services = find_services(root)
    if services is None:
        services = ServiceCatalog(
            "Dịch vụ công",
            description="Thủ tục hành chính, nộp hồ sơ trực tuyến và tra cứu kết quả.",
        )
        root.add(services, SERVICES_NAME)
        request.registry.notify(ObjectAdded(services, request))
    if application_store(root) is None:
        store = ApplicationStore("Hồ sơ trực tuyến")
        services.add(store, APPLICATIONS_NAME)
        request.registry.notify(ObjectAdded(store, request))
    return services


def _agency(catalog, uid):
    docid = catalog.docids.get(uid) if uid else None
    found = catalog.get(docid) if docid is not None else None
    return found if isinstance(found, Agency) else None


def application_roles(app):
    """The desk's DeskOfficers and the executing agency's Officers and AgencyHeads
    hold those roles on the application, wherever it is stored."""
    catalog = root_of(app).catalog
    found = {}
    for uid, wanted in (
        (app.desk_uid, {"DeskOfficer"}),
        (app.agency_uid, {"Officer", "AgencyHead"}),
    ):
        agency = _agency(catalog, uid)
        if agency is None:
            continue
        for principal, roles in local_roles(agency).items():
            held = set(roles) & wanted
            if held:
                found.setdefault(principal, set()).update(held)
    return found


def applications_of_agency(request, agency):
    """Applications received or carried out by `agency` (whoever may view them)."""
    catalog = catalog_of(request)
    docids = docids_with(catalog["facets"], [f"agency:{agency.uid}", f"desk:{agency.uid}"])
    return catalog.resolve(docids)


def procedures_of(request, agency):
    """Published procedures `agency` carries out, in alphabetical order."""
    catalog = catalog_of(request)
    found = _intersect(
        filtered(request, types=["Procedure"]),
        docids_with(catalog["facets"], [f"agency:{agency.uid}"]),
    )
    return sorted(catalog.resolve(found), key=lambda p: sort_key(p.title))


def reindex_applications(event):
    """Roles granted on an agency change who may view its applications."""
    from ..catalog.subscribers import subtree

    request = event.request
    catalog = catalog_of(request)
    for node in subtree(event.object):
        if isinstance(node, Agency):
            for app in applications_of_agency(request, node):
                catalog.reindex(app, request.registry)


def on_transition(event):
    if isinstance(event.object, Application):
        from .desk import after_transition

        after_transition(event.request, event.object, event.transition)


def includeme(config):
    registry = config.registry
    registry.work_calendar = calendar_from_settings(config.get_settings())
    for role, title in DESK_ROLES.items():
        config.add_role(role, title)
        on_agencies = registry.container_roles.setdefault("Agency", [])
        if role not in on_agencies:
            on_agencies.append(role)
    config.add_role(APPLICANT, _("Người nộp hồ sơ"))
    config.add_role_provider(Application, application_roles)
    config.add_subscriber(on_transition, ObjectTransitioned)
    config.add_subscriber(reindex_applications, LocalRolesChanged)
