"""Staff accounts: the administrators' list, creation one by one or from a CSV
file, editing, disabling and password resets; every user's own password change,
which a one-time password forces before anything else."""

import re
from urllib.parse import quote, urlencode

import colander
import deform
from pyramid.events import ContextFound, subscriber
from pyramid.httpexceptions import HTTPForbidden, HTTPFound, HTTPNotFound
from pyramid.renderers import render_to_response
from pyramid.security import NO_PERMISSION_REQUIRED, remember
from pyramid.view import view_config

from content_types import Portal
from content_types.email import OfficialEmailNode, gov_domain, lower_strip, official_email_error
from content_types.principals import User
from content_types.schemas import strip, upload_checks
from content_types.slug import fold, sort_key

from ..csvfile import CsvFileError, read_table
from ..directory import agency_by_code, agency_choices
from ..i18n import _, flash_message, translate
from ..security import SESSION_COOKIE
from ..security.model import user_roles
from ..security.password_policy import (
    MIN_LENGTH,
    one_time_password,
    policy_validator,
)
from ..security.passwords import check_password, hash_password
from ..security.roles import ADMINS
from ..security.throttle import throttle_for
from .auth import safe_target
from .content import page_number, process_form
from .forms import make_form, validate

LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{2,49}$")
MANAGER = "Manager"
NEVER_GRANTED = ("Anonymous", "Member", "Owner")  # given to everyone or computed
PAGE_SIZE = 50

CSV_COLUMNS = ("ten_dang_nhap", "ho_ten", "thu_dien_tu", "ma_co_quan")
CSV_MAX_BYTES = 512 * 1024
CSV_MAX_ROWS = 500  # each account costs one argon2 hash inside the request

# The pages a user holding a one-time password may still open.
CHANGE_PASSWORD = "doi-mat-khau"
OPEN_DURING_CHANGE = frozenset({CHANGE_PASSWORD, "dang-xuat", "ngon-ngu"})

LOG_ACTIONS = {
    "create": _("Tạo tài khoản"),
    "edit": _("Sửa thông tin"),
    "disable": _("Khóa tài khoản"),
    "enable": _("Mở khóa tài khoản"),
    "reset-password": _("Cấp mật khẩu dùng một lần"),
    "change-password": _("Đổi mật khẩu"),
}


# -- who may do what -----------------------------------------------------------------


def acting_manager(request):
    return f"role:{MANAGER}" in request.effective_principals_set


def assignable_roles(request):
    """(id, title) of the global roles this administrator may give: all but the
    computed ones, and Manager only from a Manager."""
    manager = acting_manager(request)
    return [
        (role, translate(request, title))
        for role, title in request.registry.roles.items()
        if role not in NEVER_GRANTED and (manager or role != MANAGER)
    ]


def account_from_params(request):
    """The account named by `?ten=`; a Site Administrator never acts on a Manager's
    (resetting its password would hand over the whole system)."""
    user = request.root.principals.users.get(request.params.get("ten", ""))
    if user is None:
        raise HTTPNotFound()
    if MANAGER in user_roles(user, request.root.principals) and not acting_manager(request):
        raise HTTPForbidden()
    return user


def actor(request):
    return request.identity.login


def account_url(request, user):
    return request.resource_path(request.root, "@@tai-khoan-sua", query={"ten": user.login})


# -- schemas -------------------------------------------------------------------------


def login_error(login):
    if not LOGIN.match(login or ""):
        return _(
            "Tên đăng nhập gồm 3–50 ký tự: chữ thường không dấu, chữ số, dấu chấm, "
            "dấu gạch dưới hoặc gạch ngang, bắt đầu bằng chữ hoặc số."
        )
    return None


def check_login(node, value):
    error = login_error(value)
    if error is not None:
        raise colander.Invalid(node, error)


@colander.deferred
def agency_widget(node, kw):
    request = kw["request"]
    values = [("", translate(request, "— Chọn cơ quan —")), *agency_choices(request)]
    return deform.widget.SelectWidget(values=values)


@colander.deferred
def agency_validator(node, kw):
    known = {uid for uid, _title in agency_choices(kw["request"])}

    def check(node, value):
        if value not in known:
            raise colander.Invalid(node, _("Hãy chọn một cơ quan trong danh bạ."))

    return check


@colander.deferred
def roles_widget(node, kw):
    return deform.widget.CheckboxChoiceWidget(values=assignable_roles(kw["request"]))


@colander.deferred
def roles_validator(node, kw):
    allowed = {role for role, _title in assignable_roles(kw["request"])}

    def check(node, value):
        if not set(value) <= allowed:
            raise colander.Invalid(node, _("Bạn không được giao vai trò này."))

    return check


class AccountSchema(colander.MappingSchema):
    name = colander.SchemaNode(
        colander.String(),
        title=_("Họ và tên"),
        preparer=strip,
        validator=colander.Length(1, 200),
    )
    email = OfficialEmailNode()
    agency = colander.SchemaNode(
        colander.String(), title=_("Cơ quan"), widget=agency_widget, validator=agency_validator
    )
    roles = colander.SchemaNode(
        colander.Set(),
        title=_("Vai trò trên toàn cổng"),
        description=_(
            "Mọi tài khoản đều là cán bộ; vai trò trong từng chuyên mục được giao ở trang "
            "phân quyền của chuyên mục."
        ),
        widget=roles_widget,
        validator=roles_validator,
        missing=(),
    )


class NewAccountSchema(AccountSchema):
    login = colander.SchemaNode(
        colander.String(),
        title=_("Tên đăng nhập"),
        description=_("Chữ thường không dấu, chữ số và . _ -, từ 3 đến 50 ký tự."),
        preparer=lower_strip,
        validator=check_login,
        insert_before="name",
    )


def unique_account(request, editing=None):
    """A schema validator: the login and the e-mail belong to no other account."""
    principals = request.root.principals

    def check(node, values):
        error = colander.Invalid(node)
        login = values.get("login")
        if login is not None and login in principals.users:
            error["login"] = _("Tên đăng nhập này đã có người dùng.")
        other = principals.user_with_email(values["email"])
        if other is not None and other is not editing:
            error["email"] = _(
                "Thư điện tử này đã dùng cho tài khoản “${login}”.", mapping={"login": other.login}
            )
        if error.children:
            raise error

    return check


# -- the list ------------------------------------------------------------------------


def matches(user, words):
    text = fold(f"{user.login} {user.name} {user.email}")
    return all(word in text for word in words)


def state_of(user):
    if user.disabled:
        return "disabled", _("Đã khóa")
    if user.must_change_password:
        return "must-change", _("Chờ đổi mật khẩu")
    return "active", _("Đang hoạt động")


STATES = {"hoat-dong": "active", "da-khoa": "disabled", "cho-doi": "must-change"}


@view_config(
    context=Portal,
    name="tai-khoan",
    permission="manage",
    renderer="portal:templates/accounts_list.pt",
)
def accounts_view(context, request):
    q = request.GET.get("q", "").strip()[:100]
    agency = request.GET.get("co_quan", "")[:64]
    state = request.GET.get("trang_thai", "")
    state = state if state in STATES else ""
    words = fold(q).split()
    users = [
        u
        for u in context.principals.users.values()
        if (not words or matches(u, words))
        and (not agency or u.agency == agency)
        and (not state or state_of(u)[0] == STATES[state])
    ]
    users.sort(key=lambda u: (sort_key(u.name), u.login))
    page = page_number(request)
    pages = max(1, -(-len(users) // PAGE_SIZE))
    page = min(page, pages)
    agencies = agency_choices(request)
    titles = dict(agencies)
    role_titles = {r: translate(request, t) for r, t in request.registry.roles.items()}
    rows = []
    for user in users[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]:
        state_id, state_title = state_of(user)
        rows.append(
            {
                "login": user.login,
                "name": user.name,
                "email": user.email,
                "agency": titles.get(user.agency, ""),
                "roles": ", ".join(role_titles.get(r, r) for r in user.roles),
                "state": state_id,
                "state_title": translate(request, state_title),
                "url": account_url(request, user),
            }
        )
    filters = {"q": q, "co_quan": agency, "trang_thai": state}

    def page_url(n):
        query = {k: v for k, v in filters.items() if v}
        query["trang"] = n
        return request.resource_path(context, "@@tai-khoan") + "?" + urlencode(query)

    return {
        "page_title": translate(request, "Tài khoản cán bộ"),
        "rows": rows,
        "total": len(users),
        "q": q,
        "agency": agency,
        "state": state,
        "agencies": agencies,
        "states": [
            ("hoat-dong", translate(request, "Đang hoạt động")),
            ("cho-doi", translate(request, "Chờ đổi mật khẩu")),
            ("da-khoa", translate(request, "Đã khóa")),
        ],
        "filtering": bool(q or agency or state),
        "page": page,
        "pages": pages,
        "prev_url": page_url(page - 1) if page > 1 else None,
        "next_url": page_url(page + 1) if page < pages else None,
    }


# -- one account ---------------------------------------------------------------------


def show_passwords(request, created, title):
    """The page that shows one-time passwords, the only time they are ever shown."""
    request.environ["portal.nocache"] = True
    response = render_to_response(
        "portal:templates/accounts_passwords.pt",
        {
            "page_title": title,
            "accounts": [
                {"login": u.login, "name": u.name, "password": p, "url": account_url(request, u)}
                for u, p in created
            ],
        },
        request=request,
    )
    response.cache_control.no_store = True
    response.cache_control.private = True
    return response


def add_account(request, login, name, email, agency, roles=()):
    """A new account with a one-time password; returns (user, password)."""
    password = one_time_password(login)
    user = User(login, name, email, hash_password(password), roles=roles, agency=agency)
    user.must_change_password = True
    user.record("create", actor(request))
    try:
        request.root.principals.add_user(user)
    except KeyError as e:
        raise ValueError(e.args[0]) from None
    return user, password


@view_config(
    context=Portal,
    name="tai-khoan-moi",
    permission="manage",
    renderer="portal:templates/form.pt",
)
def create_account_view(context, request):
    title = translate(request, "Tạo tài khoản")

    def save(values):
        created = add_account(
            request,
            values["login"],
            values["name"],
            values["email"],
            values["agency"],
            values["roles"],
        )
        return show_passwords(request, [created], translate(request, "Đã tạo tài khoản"))

    schema = NewAccountSchema(validator=unique_account(request))
    form = make_form(request, schema, buttons=("save", "cancel"))
    back = request.resource_path(context, "@@tai-khoan")
    return process_form(request, form, title, save, back)


def account_facts(request, user):
    state_id, state_title = state_of(user)
    disabled_by = request.root.principals.users.get(user.disabled_by)
    return {
        "login": user.login,
        "state": state_id,
        "state_title": translate(request, state_title),
        "created": getattr(user, "created", None),
        "password_changed": user.password_changed,
        "disabled": user.disabled,
        "disabled_at": user.disabled_at,
        "disabled_by": disabled_by.name if disabled_by is not None else user.disabled_by,
        "log": [
            {
                "time": e["time"],
                "actor": e["actor"] or "—",
                "action": translate(request, LOG_ACTIONS.get(e["action"], e["action"])),
            }
            for e in reversed(user.account_log)
        ],
    }


@view_config(
    context=Portal,
    name="tai-khoan-sua",
    permission="manage",
    renderer="portal:templates/accounts_edit.pt",
)
def edit_account_view(context, request):
    user = account_from_params(request)
    title = translate(request, "Tài khoản “${login}”", login=user.login)
    choosable = {role for role, _title in assignable_roles(request)}

    def save(values):
        roles = (set(user.roles) - choosable) | set(values["roles"])
        if user is request.identity and set(user.roles) & set(ADMINS) and not roles & set(ADMINS):
            raise ValueError(_("Bạn không thể tự bỏ quyền quản trị của chính mình."))
        user.name = values["name"]
        user.email = values["email"]
        user.agency = values["agency"]
        user.roles = tuple(sorted(roles))
        user.record("edit", actor(request))
        flash_message(request, "Đã lưu thay đổi.")
        return HTTPFound(account_url(request, user))

    schema = AccountSchema(validator=unique_account(request, editing=user))
    form = make_form(request, schema, buttons=("save", "cancel"))
    initial = {
        "name": user.name,
        "email": user.email,
        "agency": user.agency,
        "roles": [r for r in user.roles if r in choosable],
    }
    back = request.resource_path(context, "@@tai-khoan")
    result = process_form(request, form, title, save, back, initial)
    if isinstance(result, dict):
        result.update(account=account_facts(request, user), is_self=user is request.identity)
    return result


@view_config(context=Portal, name="tai-khoan-khoa", permission="manage", request_method="POST")
def account_state_view(context, request):
    """Disable or re-enable an account; the account and its work stay."""
    user = account_from_params(request)
    action = request.POST.get("action")
    if action == "khoa":
        if user is request.identity:
            flash_message(request, "Bạn không thể tự khóa tài khoản của chính mình.")
        elif not user.disabled:
            user.disable(actor(request))
            flash_message(request, "Đã khóa tài khoản “${login}”.", login=user.login)
    elif action == "mo-khoa":
        if user.disabled:
            user.enable(actor(request))
            flash_message(request, "Đã mở khóa tài khoản “${login}”.", login=user.login)
    else:
        raise HTTPNotFound()
    return HTTPFound(account_url(request, user))


@view_config(context=Portal, name="tai-khoan-dat-lai", permission="manage", request_method="POST")
def reset_password_view(context, request):
    """A new one-time password, shown once; the old password stops working."""
    user = account_from_params(request)
    password = one_time_password(user.login)
    user.set_password_hash(hash_password(password), one_time=True, actor=actor(request))
    return show_passwords(
        request,
        [(user, password)],
        translate(request, "Mật khẩu mới cho “${login}”", login=user.login),
    )


# -- many accounts from a CSV file ---------------------------------------------------


def read_csv(data):
    """[(line, fields in CSV_COLUMNS order, or None)] of the file's rows; CsvFileError
    for a file that is not UTF-8, lacks exactly CSV_COLUMNS, or has no row."""
    rows = read_table(data, CSV_COLUMNS, CSV_MAX_ROWS)
    return [(line, [r[c] for c in CSV_COLUMNS] if r else None) for line, r in rows]


def check_csv_file(node, value):
    fp = value["fp"]
    fp.seek(0)
    data = fp.read()
    fp.seek(0)
    if len(data) > CSV_MAX_BYTES:
        raise colander.Invalid(
            node,
            _(
                "Tệp CSV quá lớn; giới hạn là ${limit} KB.",
                mapping={"limit": CSV_MAX_BYTES // 1024},
            ),
        )
    try:
        read_csv(data)
    except CsvFileError as e:
        raise colander.Invalid(node, e.args[0]) from None


@colander.deferred
def csv_upload_widget(node, kw):
    return deform.widget.FileUploadWidget(kw["tmpstore"], accept=".csv,text/csv")


class ImportSchema(colander.MappingSchema):
    upload = colander.SchemaNode(
        deform.FileData(),
        title=_("Tệp CSV"),
        description=_(
            "Bảng mã UTF-8, phân cách bằng dấu phẩy, dòng đầu gồm đúng các cột "
            "ten_dang_nhap, ho_ten, thu_dien_tu, ma_co_quan."
        ),
        widget=csv_upload_widget,
        validator=upload_checks(check_csv_file),
    )


FIELD_TITLES = {
    "ten_dang_nhap": _("tên đăng nhập"),
    "ho_ten": _("họ tên"),
    "thu_dien_tu": _("thư điện tử"),
    "ma_co_quan": _("mã cơ quan"),
}


def check_rows(request, rows):
    """Every row with its values and the reasons it cannot be created (none when good)."""
    principals = request.root.principals
    domain = gov_domain(request.registry.settings)
    known_emails = {(u.email or "").lower(): u.login for u in principals.users.values()}
    logins_seen, emails_seen = {}, {}
    checked = []
    for line, fields in rows:
        errors = []
        row = {"line": line, "login": "", "name": "", "email": "", "agency": None, "errors": errors}
        checked.append(row)
        if fields is None:
            errors.append(_("Số cột của dòng này khác số cột của dòng tiêu đề."))
            continue
        login, name, email, code = (f.strip() for f in fields)
        login, email = login.lower(), email.lower()
        row.update(login=login, name=name, email=email, code=code)
        for column, value in zip(CSV_COLUMNS, (login, name, email, code), strict=True):
            if not value:
                errors.append(_("Thiếu ${field}.", mapping={"field": FIELD_TITLES[column]}))
        if login:
            if login_error(login) is not None:
                errors.append(
                    _(
                        "Tên đăng nhập “${login}” không hợp lệ (3–50 ký tự: chữ thường "
                        "không dấu, chữ số, . _ -).",
                        mapping={"login": login},
                    )
                )
            elif login in principals.users:
                errors.append(
                    _("Tên đăng nhập “${login}” đã có người dùng.", mapping={"login": login})
                )
            elif login in logins_seen:
                errors.append(
                    _(
                        "Tên đăng nhập “${login}” trùng với dòng ${line}.",
                        mapping={"login": login, "line": logins_seen[login]},
                    )
                )
            logins_seen.setdefault(login, line)
        if name and len(name) > 200:
            errors.append(_("Họ tên dài quá 200 ký tự."))
        if email:
            problem = official_email_error(email, domain)
            if problem is not None:
                errors.append(problem)
            elif email in known_emails:
                errors.append(
                    _(
                        "Thư điện tử ${email} đã dùng cho tài khoản “${login}”.",
                        mapping={"email": email, "login": known_emails[email]},
                    )
                )
            elif email in emails_seen:
                errors.append(
                    _(
                        "Thư điện tử ${email} trùng với dòng ${line}.",
                        mapping={"email": email, "line": emails_seen[email]},
                    )
                )
            emails_seen.setdefault(email, line)
        if code:
            row["agency"] = agency_by_code(request, code)
            if row["agency"] is None:
                errors.append(
                    _("Không có cơ quan mang mã “${code}” trong danh bạ.", mapping={"code": code})
                )
    return checked


def import_form(request):
    form = make_form(request, ImportSchema)
    form.buttons = [
        deform.Button(name="kiem-tra", title=_("Kiểm tra tệp"), css_class="btn-primary"),
        deform.Button(name="tao", title=_("Tạo các tài khoản"), css_class="btn-secondary"),
    ]
    return form


@view_config(
    context=Portal,
    name="tai-khoan-nhap",
    permission="manage",
    renderer="portal:templates/accounts_import.pt",
)
def import_accounts_view(context, request):
    """A dry run lists every bad row; the real run creates every account or none."""
    form = import_form(request)
    values = {
        "page_title": translate(request, "Tạo tài khoản từ tệp CSV"),
        "columns": CSV_COLUMNS,
        "max_rows": CSV_MAX_ROWS,
        "rows": None,
        "bad": [],
        "dry_run": True,
    }
    if request.method != "POST":
        return dict(values, form=form.render())
    try:
        appstruct = validate(form, request)
    except deform.ValidationFailure as failure:
        request.response.status = 400
        return dict(values, form=failure.render())
    fp = appstruct["upload"]["fp"]
    fp.seek(0)
    rows = check_rows(request, read_csv(fp.read()))
    for row in rows:
        row["errors"] = [translate(request, e) for e in row["errors"]]
    bad = [row for row in rows if row["errors"]]
    dry_run = "tao" not in request.POST
    values.update(form=form.render(), rows=rows, bad=bad, dry_run=dry_run)
    if bad:
        request.response.status = 200 if dry_run else 400
        if not dry_run:
            request.tm.doom()
        return values
    if dry_run:
        return values
    try:
        created = [
            add_account(request, r["login"], r["name"], r["email"], r["agency"].uid) for r in rows
        ]
    except ValueError as e:
        request.tm.doom()
        request.response.status = 400
        return dict(values, error=translate(request, e.args[0]))
    return show_passwords(
        request,
        created,
        translate(request, "Đã tạo ${count} tài khoản", count=len(created)),
    )


# -- one's own password --------------------------------------------------------------


@colander.deferred
def new_password_validator(node, kw):
    return policy_validator(kw["request"].identity.login)


@colander.deferred
def current_password_check(node, kw):
    """The current password must be right, the new one new and typed twice alike;
    wrong guesses count against the login throttle like failed logins."""
    request = kw["request"]
    user = request.identity

    def check(form_node, values):
        error = colander.Invalid(form_node)
        throttle = throttle_for(request)
        wait = throttle.locked_for(user.login, request.client_addr)
        if wait:
            error["current_password"] = _(
                "Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau khoảng ${minutes} phút.",
                mapping={"minutes": max(1, -(-wait // 60))},
            )
        elif not check_password(user, values["current_password"]):
            throttle.failed(user.login, request.client_addr)
            error["current_password"] = _("Mật khẩu hiện tại không đúng.")
        elif values["new_password"] == values["current_password"]:
            error["new_password"] = _("Mật khẩu mới phải khác mật khẩu hiện tại.")
        if values["confirm_password"] != values["new_password"]:
            error["confirm_password"] = _("Hai lần nhập mật khẩu mới không khớp nhau.")
        if error.children:
            raise error

    return check


def password_node(title, **kw):
    return colander.SchemaNode(
        colander.String(),
        title=title,
        widget=deform.widget.PasswordWidget(),
        validator=kw.pop("validator", colander.Length(1, 200)),
        **kw,
    )


class ChangePasswordSchema(colander.MappingSchema):
    validator = current_password_check
    current_password = password_node(_("Mật khẩu hiện tại"))
    new_password = password_node(
        _("Mật khẩu mới"),
        description=_(
            "Ít nhất ${min} ký tự, không chứa tên đăng nhập, không phải mật khẩu phổ biến.",
            mapping={"min": MIN_LENGTH},
        ),
        validator=new_password_validator,
    )
    confirm_password = password_node(_("Nhập lại mật khẩu mới"))
    came_from = colander.SchemaNode(
        colander.String(), widget=deform.widget.HiddenWidget(), missing=""
    )


@view_config(
    context=Portal,
    name=CHANGE_PASSWORD,
    permission=NO_PERMISSION_REQUIRED,
    renderer="portal:templates/accounts_password.pt",
)
def change_password_view(context, request):
    user = request.identity
    if user is None:
        raise HTTPForbidden()  # anonymous: the forbidden view sends them to log in
    request.environ["portal.nocache"] = True

    def save(values):
        user.set_password_hash(hash_password(values["new_password"]), False, user.login)
        headers = remember(request, user.login)  # a fresh session after the change
        flash_message(request, "Đã đổi mật khẩu.")
        return HTTPFound(safe_target(request, values["came_from"]), headers=headers)

    form = make_form(request, ChangePasswordSchema, buttons=("save",))
    came_from = request.params.get("came_from", "")
    result = process_form(
        request,
        form,
        translate(request, "Đổi mật khẩu"),
        save,
        request.application_url + "/",
        {"came_from": came_from},
    )
    if isinstance(result, dict):
        result["forced"] = user.must_change_password
    return result


@subscriber(ContextFound)
def require_password_change(event):
    """While an account holds a one-time password, every page but a few leads to
    the change-password page. Only requests with a session are looked at, so
    anonymous and cached pages pay nothing."""
    request = event.request
    if SESSION_COOKIE not in request.cookies or request.path_info.startswith("/static/"):
        return
    user = request.identity
    if user is None or not user.must_change_password:
        return
    if isinstance(request.context, Portal) and request.view_name in OPEN_DURING_CHANGE:
        return
    target = request.application_url + "/" + CHANGE_PASSWORD
    if request.method in ("GET", "HEAD"):
        target += "?came_from=" + quote(request.path_qs, safe="/")
    raise HTTPFound(target)
