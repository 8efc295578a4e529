"""Scaling out by changing only the URI: two apps share one real ZEO server."""

import socket
import subprocess
import sys
import time

import pytest
from conftest import SETTINGS, csrf_from, login
from fn_support import add, upload
from webtest import TestApp

from portal import main
from portal.resources import open_site

pytestmark = pytest.mark.xdist_group("zeo")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port, process, seconds=20):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"runzeo exited: {process.stderr.read().decode(errors='replace')}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("the ZEO server did not start")


@pytest.fixture
def zeo_server(tmp_path):
    port = free_port()
    config = tmp_path / "zeo.conf"
    config.write_text(
        f"<zeo>\n  address 127.0.0.1:{port}\n</zeo>\n"
        f"<filestorage 1>\n  path {tmp_path / 'Data.fs'}\n"
        f"  blob-dir {tmp_path / 'blobs'}\n</filestorage>\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "ZEO.runzeo", "-C", str(config)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for(port, process)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def zeo_app(zeo_server, tmp_path):
    """`zeo_app('a')`: an application whose only difference is the ZEO URI."""
    apps = []

    def make(name):
        cache = tmp_path / f"client-{name}"
        cache.mkdir()
        uri = f"zeo://127.0.0.1:{zeo_server}?blob_dir={cache}&shared_blob_dir=false&wait_timeout=10"
        app = main({}, **dict(SETTINGS, **{"zodbconn.uri": uri}))
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.registry._zodb_databases[""].close()


def eventually(check, seconds=5):
    """ZEO delivers invalidations asynchronously: poll briefly."""
    deadline = time.monotonic() + seconds
    while True:
        result = check()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(0.05)


def test_write_through_one_app_read_through_another(zeo_app):
    from content_types.principals import User
    from portal.security.passwords import hash_password

    writer_app = zeo_app("a")
    storage = writer_app.registry._zodb_databases[""].storage
    assert type(storage).__name__ == "ClientStorage"
    with open_site(writer_app.registry) as (root, request):
        root.principals.add_user(
            User("quanly", "Quản Lý", "", hash_password("quanly-matkhau"), roles=("Manager",))
        )

    writer = login(
        TestApp(writer_app, extra_environ={"REMOTE_ADDR": "10.0.0.5"}), "quanly", "quanly-matkhau"
    )
    add(writer, "/", "Folder", title="Tin từ máy chủ ZEO")
    add(
        writer,
        "/tin-tu-may-chu-zeo",
        "File",
        title="Tệp qua ZEO",
        upload=upload("zeo.txt", "dữ liệu".encode()),
    )
    page = writer.get("/tin-tu-may-chu-zeo")
    writer.post(
        "/tin-tu-may-chu-zeo/@@chuyen",
        {"transition": "publish", "csrf_token": csrf_from(page)},
        status=302,
    )
    page = writer.get("/tin-tu-may-chu-zeo/tep-qua-zeo")
    writer.post(
        "/tin-tu-may-chu-zeo/tep-qua-zeo/@@chuyen",
        {"transition": "publish", "csrf_token": csrf_from(page)},
        status=302,
    )

    reader_app = zeo_app("b")
    reader = TestApp(reader_app, extra_environ={"REMOTE_ADDR": "10.0.0.6"})
    assert "Tin từ máy chủ ZEO" in reader.get("/").text  # navigation shows the new top folder
    assert "Tệp qua ZEO" in reader.get("/tin-tu-may-chu-zeo/").text
    download = reader.get("/tin-tu-may-chu-zeo/tep-qua-zeo/@@tai-ve")
    assert download.body == "dữ liệu".encode()  # the blob travelled through the server
    # the reader's login works too: users live in the shared database
    login(
        TestApp(reader_app, extra_environ={"REMOTE_ADDR": "10.0.0.7"}), "quanly", "quanly-matkhau"
    )

    # a later write through the first app reaches the second one's (cached) pages
    add(writer, "/tin-tu-may-chu-zeo", "Page", title="Trang viết sau")
    page = writer.get("/tin-tu-may-chu-zeo/trang-viet-sau")
    writer.post(
        "/tin-tu-may-chu-zeo/trang-viet-sau/@@chuyen",
        {"transition": "publish", "csrf_token": csrf_from(page)},
        status=302,
    )
    assert eventually(lambda: "Trang viết sau" in reader.get("/tin-tu-may-chu-zeo/").text)
