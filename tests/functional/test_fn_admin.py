"""`portal-admin` from the shell: demo, create-admin, pack, workflow-graph, and its errors."""

import re
import subprocess
from pathlib import Path

import pytest
from ZODB import DB
from ZODB.FileStorage import FileStorage

from portal.security.passwords import check_password

ROOT = Path(__file__).resolve().parents[2]
ADMIN = ROOT / ".venv" / "bin" / "portal-admin"

pytestmark = pytest.mark.xdist_group("admin")


@pytest.fixture
def ini(tmp_path):
    """development.ini with its database moved to a temporary directory."""
    text = (ROOT / "development.ini").read_text(encoding="utf-8")
    uri = f"file://{tmp_path}/Data.fs?blobstorage_dir={tmp_path}/blobs"
    text, count = re.subn(r"(?m)^zodbconn\.uri\s*=.*$", f"zodbconn.uri = {uri}", text)
    assert count == 1
    path = tmp_path / "test.ini"
    path.write_text(text, encoding="utf-8")
    return path


def admin(*args, cwd=None):
    return subprocess.run(
        [str(ADMIN), *map(str, args)], capture_output=True, text=True, timeout=60, cwd=cwd
    )


def read_portal(ini_path):
    """The Portal root as the commands left it (read after they exited)."""
    where = ini_path.parent
    storage = FileStorage(str(where / "Data.fs"), blob_dir=str(where / "blobs"), read_only=True)
    db = DB(storage)
    conn = db.open()
    return conn.root()["portal"], db


def assert_one_error_line(result):
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Lỗi:")
    assert "Traceback" not in result.stderr


def test_demo_if_empty_twice_then_create_admin(ini):
    first = admin(ini, "demo", "--if-empty")
    assert first.returncode == 0, first.stderr
    assert "Đã tạo trang mẫu." in first.stdout
    second = admin(ini, "demo", "--if-empty")
    assert second.returncode == 0, second.stderr
    assert "bỏ qua" in second.stdout and "Đã tạo trang mẫu" not in second.stdout

    created = admin(
        ini, "create-admin", "x", "--password", "mot-mat-khau-dai", "--name", "Quản trị X"
    )
    assert created.returncode == 0, created.stderr
    assert "Đã tạo quản trị viên “x”." in created.stdout

    again = admin(ini, "create-admin", "x", "--password", "mot-mat-khau-dai")
    assert_one_error_line(again)
    assert "Đã có người dùng" in again.stderr

    packed = admin(ini, "pack")
    assert packed.returncode == 0 and "Đã nén" in packed.stdout

    root, db = read_portal(ini)
    try:
        user = root.principals.users["x"]
        assert "Manager" in user.roles
        assert check_password(user, "mot-mat-khau-dai")
        assert not check_password(user, "sai")
        news = root["tin-tuc"]
        assert len(news) >= 1  # the demo was loaded exactly once
        titles = [item.title for item in news.values()]
        assert len(titles) == len(set(titles))
    finally:
        db.close()


@pytest.mark.parametrize(
    "password, reason",
    [
        ("ngan", "10 ký tự"),
        ("matkhau123456", "quá phổ biến"),
        ("quantrivien-2026", "tên đăng nhập"),
    ],
)
def test_weak_password_is_refused(ini, password, reason):
    result = admin(ini, "create-admin", "quantrivien", "--password", password)
    assert_one_error_line(result)
    assert reason in result.stderr
    root, db = read_portal(ini)
    try:
        assert "quantrivien" not in root.principals.users
    finally:
        db.close()


def test_workflow_graph_writes_svg(ini, tmp_path):
    out = tmp_path / "f.svg"
    result = admin(ini, "workflow-graph", "publication", "-o", out)
    assert result.returncode == 0, result.stderr
    svg = out.read_text(encoding="utf-8")
    assert "<svg" in svg and "</svg>" in svg
    for label in ("Riêng tư", "Chờ duyệt", "Đã đăng", "Gửi duyệt"):
        assert label in svg


def test_unknown_workflow_is_an_error(ini, tmp_path):
    result = admin(ini, "workflow-graph", "khong-co", "-o", tmp_path / "g.svg")
    assert_one_error_line(result)
    assert "publication" in result.stderr  # names the ones that exist
    assert not (tmp_path / "g.svg").exists()


def test_missing_ini_is_an_error(tmp_path):
    result = admin(tmp_path / "khong-co.ini", "demo")
    assert_one_error_line(result)
    assert "khong-co.ini" in result.stderr


def test_demo_directory_fills_an_empty_directory_once(ini):
    first = admin(ini, "demo-directory")
    assert first.returncode == 0, first.stderr
    assert "317 cơ quan" in first.stdout
    second = admin(ini, "demo-directory")
    assert_one_error_line(second)
    assert "đã có cơ quan" in second.stderr
    root, db = read_portal(ini)
    try:
        assert len(root["danh-ba"].codes) == 317
    finally:
        db.close()
