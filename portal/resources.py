"""The root factory, creating the site root on first start, and scripted access."""

from contextlib import contextmanager

import transaction
from pyramid_zodbconn import get_connection

from content_types import Portal

from .catalog import PortalCatalog

ROOT_KEY = "portal"


def root_factory(request):
    return get_connection(request).root()[ROOT_KEY]


def make_portal(title):
    portal = Portal(title)
    portal.catalog = PortalCatalog()
    portal.record_store("login_throttle")
    return portal


@contextmanager
def open_zodb_root(registry, name=""):
    """The database's root mapping inside one transaction, committed on success."""
    db = registry._zodb_databases[name]
    tm = transaction.TransactionManager(explicit=True)
    conn = db.open(transaction_manager=tm)
    try:
        with tm:
            yield conn.root()
    finally:
        conn.close()


def bootstrap_database(registry):
    """Create the Portal root, its agency directory and service catalog in an empty
    database, and add indexes later features need to an older one (idempotent)."""
    from .directory import ensure_directory, find_directory
    from .services import application_store, ensure_services

    with open_zodb_root(registry) as zroot:
        if ROOT_KEY not in zroot:
            zroot[ROOT_KEY] = make_portal(registry.settings.get("portal.title", "Cổng thông tin"))
        root = zroot[ROOT_KEY]
        root.catalog.add_missing_indexes(registry)
        if find_directory(root) is not None and application_store(root) is not None:
            return
    with open_site(registry) as (root, request):
        ensure_directory(request, root)
        ensure_services(request, root)


@contextmanager
def open_site(registry):
    """(root, request) for scripts: one transaction, a request bound to the registry."""
    from pyramid.scripting import prepare

    env = prepare(registry=registry)
    try:
        with open_zodb_root(registry) as zroot:
            request = env["request"]
            root = zroot[ROOT_KEY]
            request.root = request.context = root
            yield root, request
    finally:
        env["closer"]()


def site_root(request):
    """The Portal, also before traversal has set `request.root`."""
    root = getattr(request, "root", None)
    return root if root is not None else root_factory(request)
