"""Fixtures: the application and the demo are built once per test session; each
test gets its own DemoStorage layer on top, so tests never see each other's writes."""

import re
from contextlib import contextmanager

import pytest
from webtest import TestApp
from ZODB import DB
from ZODB.DemoStorage import DemoStorage
from ZODB.FileStorage import FileStorage

from portal import main
from portal.demo import load_demo
from portal.resources import bootstrap_database, open_site

SETTINGS = {
    "zodbconn.uri": "memory://",
    "retry.attempts": "3",
    "tm.manager_hook": "pyramid_tm.explicit_manager",
    "portal.title": "Cổng thông tin điện tử tỉnh Hòa Bình Xanh",
    "portal.gov_domain": "hoabinhxanh.gov.vn",
    "portal.session_secret": "test-secret",
    "portal.mailer": "testing",
    "portal.upload_max_bytes": str(2 * 1024 * 1024),
    "portal.page_cache": "true",
    "pyramid.default_locale_name": "vi",
}

# Demo users: login -> development password (see README)
PASSWORDS = {
    login: f"{login}-matkhau"
    for login in ("admin", "quantri", "bientap", "duyet", "congtac", "canbo")
}


@pytest.fixture(scope="session")
def wsgi_app():
    return main({}, **SETTINGS)


@pytest.fixture(scope="session")
def base_storage(wsgi_app, tmp_path_factory):
    """A FileStorage holding the demo site, shared read-only by every test."""
    where = tmp_path_factory.mktemp("base")
    storage = FileStorage(str(where / "Data.fs"), blob_dir=str(where / "blobs"))
    registry = wsgi_app.registry
    saved = registry._zodb_databases[""]
    registry._zodb_databases[""] = DB(storage)
    bootstrap_database(registry)
    with open_site(registry) as (root, request):
        load_demo(request, root, intranet=False)  # intranet tests build their own offices
    registry._zodb_databases[""] = saved
    return storage


@contextmanager
def demo_layer(wsgi_app, base_storage):
    """A database of its own for the app while the block runs: the demo underneath."""
    registry = wsgi_app.registry
    saved = registry._zodb_databases[""]
    database = DB(DemoStorage(base=base_storage, close_base_on_close=False))
    registry._zodb_databases[""] = database
    registry.page_cache.clear()
    registry.fragment_cache.clear()
    if registry.private_cache is not None:
        registry.private_cache.clear()
    registry.getUtility(_mailer_iface()).outbox.clear()
    try:
        yield database
    finally:
        registry._zodb_databases[""] = saved
        database.close()


@pytest.fixture
def db(wsgi_app, base_storage):
    """This test's own database: the demo underneath, its writes on top."""
    with demo_layer(wsgi_app, base_storage) as database:
        yield database


def _mailer_iface():
    from pyramid_mailer.interfaces import IMailer

    return IMailer


@pytest.fixture
def site(wsgi_app, db):
    """Open the site for direct model access: `with site() as (root, request): ...`."""
    return lambda: open_site(wsgi_app.registry)


@pytest.fixture
def app(wsgi_app, db):
    """An anonymous browser."""
    return TestApp(wsgi_app, extra_environ={"REMOTE_ADDR": "10.0.0.1"})


def csrf_from(response):
    match = re.search(r'name="csrf_token" value="([^"]+)"', response.text)
    assert match, "the page has no CSRF token"
    return match.group(1)


def login(testapp, user, password=None):
    page = testapp.get("/dang-nhap")
    form = page.forms["deform"]
    form["login"] = user
    form["password"] = password or PASSWORDS[user]
    result = form.submit("signin")
    assert result.status_int == 302, result.text[:500]
    return testapp


@pytest.fixture
def browser_for(wsgi_app, db):
    """`browser_for('bientap')`: a TestApp logged in as that demo user."""

    def make(user):
        return login(TestApp(wsgi_app, extra_environ={"REMOTE_ADDR": "10.0.0.2"}), user)

    return make
