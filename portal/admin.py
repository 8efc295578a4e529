"""`portal-admin CONFIG COMMAND`: administer a Cổng database from the shell."""

import argparse
import getpass
import sys
from pathlib import Path

from content_types.service import APPLICATIONS_NAME

from .resources import open_site


class AdminError(Exception):
    """Ends the command with one readable line and a non-zero exit."""


def load_app(config_uri):
    from pyramid.paster import get_app, setup_logging

    if not Path(config_uri).exists():
        raise AdminError(f"Không thấy tệp cấu hình {config_uri}.")
    setup_logging(config_uri)
    return get_app(config_uri)


def cmd_demo(registry, args):
    from .demo import load_demo, site_is_empty

    with open_site(registry) as (root, request):
        if args.if_empty and not site_is_empty(root):
            print("Cơ sở dữ liệu đã có nội dung; bỏ qua dữ liệu mẫu.")
            return
        load_demo(request, root)
    print("Đã tạo trang mẫu.")


def cmd_demo_directory(registry, args):
    from .demo import act_as
    from .demo.province import load_directory
    from .directory import ensure_directory

    with open_site(registry) as (root, request):
        if len(ensure_directory(request, root)):
            raise AdminError("Danh bạ đã có cơ quan; không tạo thêm dữ liệu mẫu.")
        managers = [u for u in root.principals.users.values() if "Manager" in u.roles]
        act_as(request, managers[0] if managers else None)
        directory = load_directory(request, root)
        count = len(directory.codes)
    print(f"Đã tạo danh bạ mẫu: {count} cơ quan.")


def cmd_demo_services(registry, args):
    from datetime import date

    from .demo import act_as
    from .demo.services import load_services
    from .directory import find_directory
    from .services import ensure_services

    with open_site(registry) as (root, request):
        services = ensure_services(request, root)
        if len(services) > 1:
            raise AdminError("Danh mục dịch vụ công đã có thủ tục; không tạo thêm dữ liệu mẫu.")
        directory = find_directory(root)
        if directory is None or not len(directory):
            raise AdminError("Cần có danh bạ cơ quan trước (lệnh demo-directory).")
        managers = [u for u in root.principals.users.values() if "Manager" in u.roles]
        act_as(request, managers[0] if managers else None)
        procedures = load_services(request, root, date.today())
        count = len(services[APPLICATIONS_NAME])
    print(f"Đã tạo {len(procedures)} thủ tục và {count} hồ sơ mẫu.")


def cmd_demo_intranet(registry, args):
    from datetime import date

    from .demo import act_as
    from .demo.intranet import demo_loaded, load_intranet
    from .directory import agency_by_code

    with open_site(registry) as (root, request):
        if demo_loaded(root):
            raise AdminError("Đã có dữ liệu mẫu nội bộ; không tạo thêm.")
        if any(agency_by_code(request, code) is None for code in ("vpubnd", "stp", "stttt")):
            raise AdminError("Cần có danh bạ cơ quan trước (lệnh demo-directory).")
        managers = [u for u in root.principals.users.values() if "Manager" in u.roles]
        act_as(request, managers[0] if managers else None)
        counts = load_intranet(request, root, date.today())
    incoming = counts["paper"] + counts["copies"]
    print(
        f"Đã tạo {counts['offices']} văn phòng, {counts['users']} tài khoản, "
        f"{counts['outgoing']} văn bản đi và {incoming} văn bản đến mẫu."
    )


def cmd_digest(registry, args):
    from .intranet.digest import send_digests

    with open_site(registry) as (root, request):
        sent = send_digests(root, request)
    print(f"Đã gửi {sent} thư tổng hợp công việc.")


def cmd_create_admin(registry, args):
    from content_types.principals import User

    from .security.password_policy import password_policy_error
    from .security.passwords import hash_password

    password = args.password or getpass.getpass("Mật khẩu: ")
    refused = password_policy_error(password, args.login)
    if refused is not None:
        raise AdminError(refused.interpolate())
    with open_site(registry) as (root, request):
        users = root.principals
        if args.login in users.users:
            raise AdminError(f"Đã có người dùng “{args.login}”.")
        users.add_user(
            User(
                args.login,
                args.name or args.login,
                args.email or "",
                hash_password(password),
                roles=("Manager",),
            )
        )
    print(f"Đã tạo quản trị viên “{args.login}”.")


def cmd_pack(registry, args):
    db = registry._zodb_databases[""]
    db.pack(days=args.days)
    print("Đã nén cơ sở dữ liệu.")


def cmd_workflow_graph(registry, args):
    workflows = registry.workflows
    if args.name not in workflows:
        raise AdminError(f"Không có quy trình “{args.name}”. Có: {', '.join(sorted(workflows))}.")
    svg = workflows[args.name].to_svg()
    Path(args.output or f"{args.name}.svg").write_text(svg, encoding="utf-8")
    print(f"Đã vẽ quy trình vào {args.output or args.name + '.svg'}.")


def parser():
    p = argparse.ArgumentParser(prog="portal-admin", description="Quản trị Cổng thông tin.")
    p.add_argument("config", help="tệp cấu hình, ví dụ development.ini")
    sub = p.add_subparsers(dest="command", required=True)
    d = sub.add_parser("demo", help="tạo trang mẫu")
    d.add_argument("--if-empty", action="store_true", help="chỉ khi cơ sở dữ liệu chưa có nội dung")
    d.set_defaults(func=cmd_demo)
    sub.add_parser(
        "demo-directory",
        help="tạo danh bạ cơ quan mẫu (chỉ khi danh bạ còn trống)",
        description="Tạo danh bạ mẫu của tỉnh (23 sở, ngành; 8 huyện; 286 xã, phường, "
        "thị trấn) khi danh bạ còn trống. Danh bạ đã có cơ quan thì không thay đổi gì "
        "và thoát với mã 1.",
    ).set_defaults(func=cmd_demo_directory)
    sub.add_parser(
        "demo-services",
        help="tạo thủ tục hành chính và hồ sơ mẫu (chỉ khi danh mục còn trống)",
        description="Tạo khoảng 60 thủ tục hành chính gắn với các cơ quan trong danh bạ, "
        "tài khoản cán bộ một cửa mẫu và vài trăm hồ sơ trải qua các tháng gần đây. "
        "Danh mục đã có thủ tục thì không thay đổi gì và thoát với mã 1.",
    ).set_defaults(func=cmd_demo_services)
    sub.add_parser(
        "demo-intranet",
        help="tạo văn phòng, cán bộ và văn bản đi, đến mẫu của ba cơ quan (chỉ một lần)",
        description="Tạo văn phòng nội bộ của Văn phòng UBND tỉnh, Sở Tư pháp, Sở Thông tin "
        "và Truyền thông với các phòng, cán bộ đủ các vai trò và vài trăm văn bản đi, đến "
        "trong năm trước và năm nay. Cần có danh bạ mẫu; đã có dữ liệu thì thoát với mã 1.",
    ).set_defaults(func=cmd_demo_intranet)
    sub.add_parser(
        "digest",
        help="gửi mỗi cán bộ một thư tổng hợp văn bản đang chờ họ (chạy hằng ngày bằng cron)",
    ).set_defaults(func=cmd_digest)
    a = sub.add_parser("create-admin", help="tạo tài khoản quản trị")
    a.add_argument("login")
    a.add_argument("--password")
    a.add_argument("--name")
    a.add_argument("--email")
    a.set_defaults(func=cmd_create_admin)
    k = sub.add_parser("pack", help="nén cơ sở dữ liệu")
    k.add_argument("--days", type=int, default=0)
    k.set_defaults(func=cmd_pack)
    g = sub.add_parser("workflow-graph", help="vẽ quy trình thành tệp SVG")
    g.add_argument("name")
    g.add_argument("-o", "--output")
    g.set_defaults(func=cmd_workflow_graph)
    return p


def main(argv=None):
    args = parser().parse_args(argv)
    try:
        app = load_app(args.config)
        try:
            args.func(app.registry, args)
        finally:
            for db in app.registry._zodb_databases.values():
                db.close()  # writes the FileStorage index, so the next start need not rebuild it
    except AdminError as e:
        print(f"Lỗi: {e}", file=sys.stderr)
        return 1
    except Exception as e:  # one readable line, never a traceback, for the operator
        print(f"Lỗi: {type(e).__name__}: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())


def run():
    sys.exit(main())
