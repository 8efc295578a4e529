"""Staff accounts: the password policy, one-time passwords and the forced change,
the administrators' pages (one by one and from CSV), disabling, and who may do it
(DOMAIN.md "The people and their roles": accounts are run by Site Administrator
and Manager; "Agencies": official business uses the province's gov.vn mailboxes)."""

import re
import unicodedata

import pytest
from conftest import PASSWORDS, csrf_from, login
from webtest import TestApp, Upload

from content_types.slug import RESERVED_NAMES
from portal import content as api
from portal.demo import act_as
from portal.security.password_policy import (
    ONE_TIME_ALPHABET,
    common_passwords,
    one_time_password,
    password_policy_error,
)
from portal.security.passwords import check_password

HEADER = "ten_dang_nhap,ho_ten,thu_dien_tu,ma_co_quan"
GOOD_PASSWORD = "Sông Đà mùa nước 2025"
ADMIN_PAGES = [
    "/tai-khoan",
    "/tai-khoan-moi",
    "/tai-khoan-nhap",
    "/tai-khoan-sua?ten=canbo",
]


@pytest.fixture
def agencies(site):
    """Two test agencies of the directory: code → uid."""
    found = {}
    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        for title, code in (
            ("Sở Thử Tài Khoản", "t-acc-so"),
            ("Huyện Thử Tài Khoản", "t-acc-huyen"),
        ):
            values = {
                "title": title,
                "kind": "department",
                "email": f"{code}@hoabinhxanh.gov.vn",
                "code": code,
            }
            found[code] = api.create(request, root["danh-ba"], "Agency", values).uid
    return found


@pytest.fixture
def admin(browser_for):
    return browser_for("admin")


def one_time_passwords(page):
    """{login: password} from a page that shows one-time passwords."""
    rows = re.findall(
        r"<code>([^<]+)</code></a></th>\s*<td>[^<]*</td>\s*"
        r'<td><code class="one-time-password">([^<]+)</code>',
        page.text,
    )
    return dict(rows)


def create_account(browser, agency, login_name="nguyen.van.an", name="Nguyễn Văn An", **extra):
    form = browser.get("/tai-khoan-moi").forms["deform"]
    form["login"] = login_name
    form["name"] = name
    form["email"] = extra.pop("email", f"{login_name}@hoabinhxanh.gov.vn")
    form["agency"] = agency
    if "roles" in extra:  # deform names each role's box "checkbox"
        form["checkbox"] = extra.pop("roles")
    for key, value in extra.items():
        form[key] = value
    return form.submit("save")


def roles_offered(form):
    boxes = [tag for tag in re.findall(r"<input[^>]*>", form.text) if 'name="checkbox"' in tag]
    return [re.search(r'value="([^"]+)"', tag).group(1) for tag in boxes]


def form_to(page, name):
    """The form on `page` that posts to the view `name`."""
    found = [f for f in page.forms.values() if f.action.endswith(name)]
    assert len(found) == 1, [f.action for f in page.forms.values()]
    return found[0]


def new_browser(wsgi_app, address="10.0.0.5"):
    return TestApp(wsgi_app, extra_environ={"REMOTE_ADDR": address})


def try_login(browser, user, password):
    form = browser.get("/dang-nhap").forms["deform"]
    form["login"], form["password"] = user, password
    return form.submit("signin", status="*")


def change_password(browser, current, new, confirm=None):
    form = browser.get("/doi-mat-khau").forms["deform"]
    form["current_password"] = current
    form["new_password"] = new
    form["confirm_password"] = new if confirm is None else confirm
    return form.submit("save", status="*")


def errors_of(page):
    return re.findall(r'class="invalid-feedback" id="error-[^"]+">\s*([^<]+?)\s*</p>', page.text)


def stored_user(site, user):
    with site() as (root, request):
        u = root.principals.users.get(user)
        return None if u is None else dict(vars(u), login=u.login)


def import_csv(browser, data, button="kiem-tra", status="*", filename="tai-khoan.csv"):
    form = browser.get("/tai-khoan-nhap").forms["deform"]
    form["upload"] = Upload(filename, data, "text/csv")
    return form.submit(button, status=status)


def to_cp1258(text):
    """Windows-1258 as Vietnamese Windows writes it: a letter (ê, ơ, ă …) and
    its tone as a separate combining mark."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tone = [c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323"]
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tone))
            out.append((base + "".join(tone)).encode("cp1258"))
    return b"".join(out)


def csv_bytes(*lines, header=HEADER, encoding="utf-8"):
    text = "\r\n".join([header, *lines]) + "\r\n"
    return to_cp1258(text) if encoding == "cp1258" else text.encode(encoding)


# -- the policy ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "password, user, reason",
    [
        ("ngan-qua", "canbo", "ít nhất 10 ký tự"),
        ("", "canbo", "ít nhất 10 ký tự"),
        ("x" * 201, "canbo", "không được dài quá 200"),
        ("canbo-matkhau", "canbo", "không được chứa tên đăng nhập"),
        ("CANBO2025-so-mot", "canbo", "không được chứa tên đăng nhập"),
        ("NguyễnVănAn@2025", "nguyen.van.an", "không được chứa tên đăng nhập"),  # folded
        ("nguyen.van.an", "nguyen.van.an", "không được chứa tên đăng nhập"),
        ("matkhau123456", "canbo", "quá phổ biến"),
        ("Password123", "canbo", "quá phổ biến"),
        ("ANHYEUEM2025", "canbo", "quá phổ biến"),
        ("mậtkhẩu123456", "canbo", "quá phổ biến"),  # the same word with diacritics
        ("1234567890", "canbo", "quá phổ biến"),
        ("qwertyuiop", "canbo", "quá phổ biến"),
        ("iloveyou2024", "canbo", "quá phổ biến"),
    ],
)
def test_policy_refuses_with_a_vietnamese_reason(password, user, reason):
    error = password_policy_error(password, user)
    assert error is not None
    assert reason in error.interpolate()


@pytest.mark.parametrize("password", [GOOD_PASSWORD, "ca-bo-tinh-2025!", "x7#Lq9-vPz2m"])
def test_policy_accepts_a_good_password(password):
    assert password_policy_error(password, "canbo") is None


def test_common_list_is_shipped_loaded_once_and_lower_case():
    words = common_passwords()
    assert isinstance(words, frozenset)
    assert common_passwords() is words
    assert 500 <= len(words) <= 2000
    assert all(w == w.lower() for w in words)
    assert {"matkhau", "anhyeuem", "iloveyou", "password", "1234567890"} <= words


def test_one_time_passwords_are_long_unambiguous_random_and_valid():
    made = {one_time_password("canbo") for _ in range(50)}
    assert len(made) == 50
    for password in made:
        assert len(password) >= 12
        assert set(password) <= set(ONE_TIME_ALPHABET)
        assert password_policy_error(password, "canbo") is None
    assert not set("0O1lI") & set(ONE_TIME_ALPHABET)


def test_view_names_are_reserved():
    for name in ("tai-khoan", "tai-khoan-moi", "tai-khoan-nhap", "doi-mat-khau"):
        assert name in RESERVED_NAMES


# -- creating an account, the one-time password, the forced change -----------------------


def test_created_account_gets_a_one_time_password_that_forces_the_change(
    admin, agencies, site, wsgi_app
):
    result = create_account(admin, agencies["t-acc-so"], roles=["Editor"])
    assert result.status_int == 200
    assert "no-store" in result.headers["Cache-Control"]
    assert "chỉ hiển thị ở trang này" in result.text
    otp = one_time_passwords(result)["nguyen.van.an"]
    assert len(otp) >= 12
    stored = stored_user(site, "nguyen.van.an")
    assert stored["must_change_password"] is True
    assert stored["agency"] == agencies["t-acc-so"]
    assert stored["roles"] == ("Editor",)
    assert stored["password_hash"].startswith("$argon2") and otp not in stored["password_hash"]
    # the edit page never shows it again
    assert otp not in admin.get("/tai-khoan-sua?ten=nguyen.van.an").text

    user = new_browser(wsgi_app)
    logged = try_login(user, "nguyen.van.an", otp)
    assert logged.status_int == 302
    assert "/doi-mat-khau" in logged.location
    # every other page leads to the change page, remembering where it was going
    for path in ("/", "/tin-tuc/", "/tim-kiem?q=x", "/tin-tuc/@@them?loai=NewsItem"):
        moved = user.get(path, status=302)
        assert "/doi-mat-khau" in moved.location, path
    assert "came_from=/tin-tuc/" in user.get("/tin-tuc/", status=302).location
    token = csrf_from(user.get("/doi-mat-khau"))
    posted = user.post("/tin-tuc/@@chuyen", {"csrf_token": token, "transition": "x"}, status=302)
    assert posted.location.endswith("/doi-mat-khau")
    # …but the change page itself, the language switch and static files stay open
    page = user.get("/doi-mat-khau")
    assert "mật khẩu dùng một lần" in page.text
    user.get("/@@ngon-ngu?lang=vi&came_from=/doi-mat-khau", status=302)
    user.get("/static/css/portal.css", status=200)

    # the policy applies on the change page
    for new, message in (
        ("ngan", "ít nhất 10 ký tự"),
        ("matkhau2025", "quá phổ biến"),
        ("nguyen.van.an-2025", "không được chứa tên đăng nhập"),
    ):
        refused = change_password(user, otp, new)
        assert message in " ".join(errors_of(refused)), new
    mismatch = change_password(user, otp, GOOD_PASSWORD, GOOD_PASSWORD + "x")
    assert "không khớp" in " ".join(errors_of(mismatch))
    assert stored_user(site, "nguyen.van.an")["must_change_password"] is True

    done = change_password(user, otp, GOOD_PASSWORD)
    assert done.status_int == 302
    home = done.follow()
    assert "Đã đổi mật khẩu." in home.text
    assert user.get("/tin-tuc/").status_int == 200  # free to go on
    assert stored_user(site, "nguyen.van.an")["must_change_password"] is False

    # the one-time password worked once: now only the new password opens the account
    assert try_login(new_browser(wsgi_app, "10.0.0.6"), "nguyen.van.an", otp).status_int == 400
    again = try_login(new_browser(wsgi_app, "10.0.0.6"), "nguyen.van.an", GOOD_PASSWORD)
    assert again.status_int == 302 and "/doi-mat-khau" not in again.location


def test_logout_stays_open_during_the_forced_change(admin, agencies, wsgi_app):
    otp = one_time_passwords(create_account(admin, agencies["t-acc-so"]))["nguyen.van.an"]
    user = new_browser(wsgi_app)
    try_login(user, "nguyen.van.an", otp)
    token = csrf_from(user.get("/doi-mat-khau"))
    user.post("/dang-xuat", {"csrf_token": token}, status=302)
    assert "Đăng xuất" not in user.get("/").text


def test_anonymous_pages_are_untouched_by_the_check(app, admin, agencies):
    create_account(admin, agencies["t-acc-so"])  # an account that must change exists
    first = app.get("/")
    assert "public" in first.headers["Cache-Control"]
    assert "Set-Cookie" not in first.headers
    assert app.get("/tin-tuc/").status_int == 200


def test_login_form_takes_the_login_in_any_case(wsgi_app, db):
    browser = new_browser(wsgi_app)
    assert try_login(browser, "CanBo", PASSWORDS["canbo"]).status_int == 302
    assert "Đăng xuất" in browser.get("/").text


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("email", "nguyenvanan@gmail.com", "Không được dùng hộp thư miễn phí (gmail.com)"),
        ("email", "an@hoabinh.com.vn", "phải thuộc tên miền hoabinhxanh.gov.vn"),
        ("email", "quantri@hoabinhxanh.gov.vn", "đã dùng cho tài khoản “quantri”"),
        ("login", "Ab", "Tên đăng nhập gồm 3–50 ký tự"),
        ("login", "nguyễn", "Tên đăng nhập gồm 3–50 ký tự"),
        ("login", "bientap", "đã có người dùng"),
    ],
)
def test_create_form_refuses_bad_values(admin, agencies, site, field, value, message):
    values = {"login_name": "tran.thi.b", "email": "tran.thi.b@hoabinhxanh.gov.vn"}
    values["login_name" if field == "login" else field] = value
    result = create_account(admin, agencies["t-acc-so"], **values)
    assert result.status_int == 200
    assert any(message in e for e in errors_of(result)), errors_of(result)
    assert "one-time-password" not in result.text
    assert stored_user(site, "tran.thi.b") is None


def test_create_form_requires_an_agency_of_the_directory(admin, agencies, site):
    form = admin.get("/tai-khoan-moi").forms["deform"]
    options = [value for value, *_ in form["agency"].options]
    assert agencies["t-acc-so"] in options and agencies["t-acc-huyen"] in options
    assert "Bắt buộc nhập" in errors_of(create_account(admin, ""))
    form = admin.get("/tai-khoan-moi").forms["deform"]
    form["login"], form["name"] = "nguyen.van.an", "Nguyễn Văn An"
    form["email"] = "nguyen.van.an@hoabinhxanh.gov.vn"
    form["agency"].force_value("khong-co-co-quan-nay")
    assert "Hãy chọn một cơ quan trong danh bạ." in errors_of(form.submit("save"))
    assert stored_user(site, "nguyen.van.an") is None


def test_site_administrator_cannot_hand_out_manager(browser_for, agencies, site):
    quantri = browser_for("quantri")
    form = quantri.get("/tai-khoan-moi").forms["deform"]
    offered = set(roles_offered(form))
    assert "Site Administrator" in offered and "Editor" in offered
    assert "Manager" not in offered and "Owner" not in offered and "Member" not in offered
    # a forged request asking for Manager is refused too
    page = quantri.get("/tai-khoan-moi")
    forged = quantri.post(
        "/tai-khoan-moi",
        [
            ("csrf_token", csrf_from(page)),
            ("__formid__", "deform"),
            ("login", "ke.gian"),
            ("name", "Kẻ Gian"),
            ("email", "ke.gian@hoabinhxanh.gov.vn"),
            ("agency", agencies["t-acc-so"]),
            ("__start__", "roles:sequence"),
            ("checkbox", "Manager"),
            ("__end__", "roles:sequence"),
            ("save", "save"),
        ],
    )
    assert "Bạn không được giao vai trò này." in errors_of(forged)
    assert stored_user(site, "ke.gian") is None
    # and the Manager's own account is out of a Site Administrator's reach
    quantri.get("/tai-khoan-sua?ten=admin", status=403)
    token = csrf_from(quantri.get("/tai-khoan"))
    quantri.post("/tai-khoan-dat-lai", {"csrf_token": token, "ten": "admin"}, status=403)
    quantri.post(
        "/tai-khoan-khoa", {"csrf_token": token, "ten": "admin", "action": "khoa"}, status=403
    )
    assert stored_user(site, "admin")["disabled"] is False


def test_manager_may_hand_out_manager(admin):
    form = admin.get("/tai-khoan-moi").forms["deform"]
    assert "Manager" in roles_offered(form)


# -- editing, resetting, disabling ---------------------------------------------------------


def test_edit_keeps_the_login_and_records_the_change(admin, agencies, site):
    form = admin.get("/tai-khoan-sua?ten=canbo").forms["deform"]
    assert "login" not in form.fields
    form["name"] = "Vũ Đức Cán (Sở Thử)"
    form["agency"] = agencies["t-acc-huyen"]
    saved = form.submit("save", status=302)
    assert "Đã lưu thay đổi." in saved.follow().text
    stored = stored_user(site, "canbo")
    assert stored["name"] == "Vũ Đức Cán (Sở Thử)"
    assert stored["agency"] == agencies["t-acc-huyen"]
    assert stored["account_log"][-1]["action"] == "edit"
    assert stored["account_log"][-1]["actor"] == "admin"
    assert check_password(
        type("U", (), {"password_hash": stored["password_hash"]})(), "canbo-matkhau"
    )


def test_an_administrator_cannot_drop_their_own_admin_role(browser_for, agencies, site):
    quantri = browser_for("quantri")
    form = quantri.get("/tai-khoan-sua?ten=quantri").forms["deform"]
    form["agency"] = agencies["t-acc-so"]
    for box in form.fields["checkbox"]:
        box.checked = False
    refused = form.submit("save", status=400)
    assert "Bạn không thể tự bỏ quyền quản trị của chính mình." in refused.text
    assert stored_user(site, "quantri")["roles"] == ("Site Administrator",)


def test_reset_gives_a_new_one_time_password_and_the_old_one_stops(admin, site, wsgi_app):
    open_session = login(new_browser(wsgi_app, "10.0.0.8"), "canbo")
    assert "Đăng xuất" in open_session.get("/").text
    page = admin.get("/tai-khoan-sua?ten=canbo")
    result = form_to(page, "@@tai-khoan-dat-lai").submit()
    assert result.status_int == 200
    assert "no-store" in result.headers["Cache-Control"]
    otp = one_time_passwords(result)["canbo"]
    assert stored_user(site, "canbo")["must_change_password"] is True
    assert try_login(new_browser(wsgi_app), "canbo", PASSWORDS["canbo"]).status_int == 400
    logged = try_login(new_browser(wsgi_app, "10.0.0.7"), "canbo", otp)
    assert logged.status_int == 302 and "/doi-mat-khau" in logged.location
    # the session opened with the old password has ended
    assert "Đăng xuất" not in open_session.get("/").text


def test_disable_stops_login_and_an_open_session_and_keeps_the_history(admin, site, wsgi_app):
    editor = login(new_browser(wsgi_app, "10.0.0.9"), "bientap")
    assert "Đăng xuất" in editor.get("/").text
    with site() as (root, request):
        authored = [o.uid for o in root["tin-tuc"].values() if o.creator == "bientap"]
    assert authored

    page = admin.get("/tai-khoan-sua?ten=bientap")
    disabled = admin.post(
        "/tai-khoan-khoa",
        {"csrf_token": csrf_from(page), "ten": "bientap", "action": "khoa"},
        status=302,
    )
    assert "Đã khóa tài khoản “bientap”." in disabled.follow().text

    # the open session is anonymous now
    assert "Đăng xuất" not in editor.get("/").text
    refused = editor.get("/tin-tuc/@@them?loai=NewsItem", status=302)
    assert "/dang-nhap" in refused.location
    assert try_login(new_browser(wsgi_app), "bientap", PASSWORDS["bientap"]).status_int == 400

    stored = stored_user(site, "bientap")
    assert stored["disabled"] is True and stored["disabled_by"] == "admin"
    assert stored["disabled_at"] is not None
    with site() as (root, request):
        still = [o.uid for o in root["tin-tuc"].values() if o.creator == "bientap"]
    assert still == authored  # what the user wrote stays, still theirs
    listing = admin.get("/tai-khoan", {"trang_thai": "da-khoa"})
    assert ">bientap<" in listing.text and ">canbo<" not in listing.text

    page = admin.get("/tai-khoan-sua?ten=bientap")
    assert "Khóa lúc" in page.text
    admin.post(
        "/tai-khoan-khoa",
        {"csrf_token": csrf_from(page), "ten": "bientap", "action": "mo-khoa"},
        status=302,
    )
    assert stored_user(site, "bientap")["disabled"] is False
    assert try_login(new_browser(wsgi_app), "bientap", PASSWORDS["bientap"]).status_int == 302
    actions = [e["action"] for e in stored_user(site, "bientap")["account_log"]]
    assert actions[-2:] == ["disable", "enable"]


def test_an_administrator_cannot_disable_their_own_account(admin, site):
    page = admin.get("/tai-khoan-sua?ten=admin")
    assert 'value="khoa"' not in page.text
    result = admin.post(
        "/tai-khoan-khoa", {"csrf_token": csrf_from(page), "ten": "admin", "action": "khoa"}
    )
    assert "Bạn không thể tự khóa tài khoản của chính mình." in result.follow().text
    assert stored_user(site, "admin")["disabled"] is False


# -- one's own password --------------------------------------------------------------------


def test_a_user_changes_their_own_password(browser_for, site, wsgi_app):
    canbo = browser_for("canbo")
    wrong = change_password(canbo, "khong-dung-dau", GOOD_PASSWORD)
    assert "Mật khẩu hiện tại không đúng." in errors_of(wrong)
    same = change_password(canbo, PASSWORDS["canbo"], PASSWORDS["canbo"])
    assert errors_of(same)  # refused: not new (and it holds the login)
    done = change_password(canbo, PASSWORDS["canbo"], GOOD_PASSWORD)
    assert done.status_int == 302
    assert "Đã đổi mật khẩu." in done.follow().text
    assert "Đăng xuất" in canbo.get("/").text  # still logged in, on a fresh session
    assert try_login(new_browser(wsgi_app), "canbo", PASSWORDS["canbo"]).status_int == 400
    assert try_login(new_browser(wsgi_app, "10.0.0.4"), "canbo", GOOD_PASSWORD).status_int == 302
    assert stored_user(site, "canbo")["account_log"][-1]["action"] == "change-password"


def test_wrong_current_passwords_count_against_the_login_throttle(browser_for, site):
    canbo = browser_for("canbo")
    for _ in range(5):
        assert "Mật khẩu hiện tại không đúng." in errors_of(
            change_password(canbo, "doan-mo-mat-khau", GOOD_PASSWORD)
        )
    locked = change_password(canbo, PASSWORDS["canbo"], GOOD_PASSWORD)
    assert any("Bạn đã nhập sai quá nhiều lần" in e for e in errors_of(locked))
    with site() as (root, request):
        assert check_password(root.principals.users["canbo"], PASSWORDS["canbo"])


def test_change_password_page_needs_a_login(app):
    refused = app.get("/doi-mat-khau", status=302)
    assert "/dang-nhap?came_from=/doi-mat-khau" in refused.location


# -- who may see the administrators' pages ---------------------------------------------------


@pytest.mark.parametrize("path", ADMIN_PAGES)
def test_editor_gets_403_and_anonymous_the_login_page(browser_for, app, path):
    browser_for("bientap").get(path, status=403)
    refused = app.get(path, status=302)
    assert "/dang-nhap?came_from=" in refused.location


def test_editor_cannot_post_admin_actions(browser_for, site):
    editor = browser_for("bientap")
    token = csrf_from(editor.get("/"))
    editor.post(
        "/tai-khoan-khoa", {"csrf_token": token, "ten": "canbo", "action": "khoa"}, status=403
    )
    editor.post("/tai-khoan-dat-lai", {"csrf_token": token, "ten": "canbo"}, status=403)
    assert stored_user(site, "canbo")["disabled"] is False


def test_site_administrator_sees_the_list(browser_for):
    page = browser_for("quantri").get("/tai-khoan")
    for user in ("admin", "quantri", "bientap", "duyet", "congtac", "canbo"):
        assert f"<code>{user}</code>" in page.text
    assert "Quản trị hệ thống" in page.text and "Biên tập viên" in page.text
    assert page.text.count("Đang hoạt động</span>") >= 6


def test_post_without_csrf_token_is_refused(admin, agencies, site):
    refused = admin.post("/tai-khoan-khoa", {"ten": "canbo", "action": "khoa"}, status=400)
    assert "Biểu mẫu đã hết hạn" in refused.text
    admin.post("/tai-khoan-dat-lai", {"ten": "canbo", "csrf_token": "sai"}, status=400)
    form = admin.get("/tai-khoan-moi").forms["deform"]
    form["csrf_token"] = "gia-mao"
    form["login"], form["name"] = "gia.mao", "Giả Mạo"
    form["email"], form["agency"] = "gia.mao@hoabinhxanh.gov.vn", agencies["t-acc-so"]
    form.submit("save", status=400)
    stored = stored_user(site, "canbo")
    assert stored["disabled"] is False and stored["must_change_password"] is False
    assert stored_user(site, "gia.mao") is None


# -- the list ------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["nguyen van quan", "NGUYỄN VĂN QUẢN", "quản", "quantri.he"])
def test_list_filter_ignores_diacritics_and_case(admin, query):
    page = admin.get("/tai-khoan", {"q": query})
    assert "<code>admin</code>" in page.text
    assert "<code>bientap</code>" not in page.text


def test_list_filters_by_agency_and_pages(admin, agencies, site):
    from content_types.principals import User

    with site() as (root, request):
        for n in range(55):
            root.principals.add_user(
                User(f"can.bo.{n:02}", f"Cán Bộ Thử {n:02}", agency=agencies["t-acc-huyen"])
            )
    page = admin.get("/tai-khoan", {"co_quan": agencies["t-acc-huyen"]})
    assert "Có <strong>55</strong> tài khoản." in page.text
    assert "<code>canbo</code>" not in page.text
    assert page.text.count("Huyện Thử Tài Khoản</td>") == 50
    second = page.click(href="trang=2")
    assert second.text.count("Huyện Thử Tài Khoản</td>") == 5
    assert f"co_quan={agencies['t-acc-huyen']}" in second.request.url


# -- many accounts from CSV ------------------------------------------------------------------


def count_users(site):
    with site() as (root, request):
        return len(root.principals.users)


def test_csv_dry_run_reports_every_bad_row_with_its_line(admin, agencies, site):
    before = count_users(site)
    data = csv_bytes(
        "le.van.a,Lê Văn A,le.van.a@hoabinhxanh.gov.vn,t-acc-so",  # line 2: good
        ",Không Tên,khong.ten@hoabinhxanh.gov.vn,t-acc-so",  # 3: no login
        "tran.b,Trần B,tran.b@gmail.com,t-acc-so",  # 4: free mail
        "pham.c,Phạm C,pham.c@hoabinhxanh.gov.vn,khong-co",  # 5: unknown agency
        "bientap,Trùng Tên,trung.ten@hoabinhxanh.gov.vn,t-acc-so",  # 6: login taken
        "",  # 7: blank, skipped
        "le.van.a,Lê Văn A Hai,le.van.a2@hoabinhxanh.gov.vn,t-acc-huyen",  # 8: dup login
        "do.d,Đỗ D,le.van.a@hoabinhxanh.gov.vn,t-acc-so",  # 9: dup e-mail
        "vu.e,Vũ E,thu-sai,t-acc-so",  # 10: bad e-mail
        "ngo.f,Ngô F,ngo.f@hoabinhxanh.gov.vn",  # 11: a column short
    )
    result = import_csv(admin, data)
    assert result.status_int == 200
    rows = dict(
        re.findall(
            r'<th scope="row">(\d+)</th>\s*<td><code>[^<]*</code></td>\s*<td><ul>(.*?)</ul>',
            result.text,
            re.S,
        )
    )
    assert sorted(rows, key=int) == ["3", "4", "5", "6", "8", "9", "10", "11"]
    assert "Thiếu tên đăng nhập." in rows["3"]
    assert "Không được dùng hộp thư miễn phí (gmail.com)" in rows["4"]
    assert "Không có cơ quan mang mã “khong-co” trong danh bạ." in rows["5"]
    assert "Tên đăng nhập “bientap” đã có người dùng." in rows["6"]
    assert "Tên đăng nhập “le.van.a” trùng với dòng 2." in rows["8"]
    assert "Thư điện tử le.van.a@hoabinhxanh.gov.vn trùng với dòng 2." in rows["9"]
    assert "Địa chỉ thư điện tử không hợp lệ." in rows["10"]
    assert "Số cột của dòng này khác số cột của dòng tiêu đề." in rows["11"]
    assert "Có <span>8</span> dòng có lỗi" in result.text
    assert count_users(site) == before


def test_csv_real_run_with_one_bad_row_creates_nothing(admin, agencies, site):
    before = count_users(site)
    data = csv_bytes(
        "le.van.a,Lê Văn A,le.van.a@hoabinhxanh.gov.vn,t-acc-so",
        "tran.b,Trần B,tran.b@yahoo.com.vn,t-acc-so",
    )
    result = import_csv(admin, data, button="tao", status=400)
    assert "Chưa tạo tài khoản nào" in result.text
    assert "Không được dùng hộp thư miễn phí (yahoo.com.vn)" in result.text
    assert "one-time-password" not in result.text
    assert count_users(site) == before
    assert stored_user(site, "le.van.a") is None


def test_csv_dry_run_then_real_run_creates_all_with_one_time_passwords(
    admin, agencies, site, wsgi_app
):
    before = count_users(site)
    data = b"\xef\xbb\xbf" + csv_bytes(  # Excel's "CSV UTF-8" starts with a BOM
        "le.van.a,Lê Văn A,Le.Van.A@hoabinhxanh.gov.vn,t-acc-so",
        '"Tran.B","Trần Thị B, phó phòng",tran.b@sothu.hoabinhxanh.gov.vn,t-acc-huyen',
        "dang.c,Đặng C,dang.c@hoabinhxanh.gov.vn,t-acc-so",
    )
    checked = import_csv(admin, data)
    assert "Tệp hợp lệ: <span>3</span> tài khoản sẵn sàng để tạo." in checked.text
    assert count_users(site) == before  # a dry run writes nothing

    created = import_csv(admin, data, button="tao")
    assert created.status_int == 200
    assert "no-store" in created.headers["Cache-Control"]
    assert "chỉ hiển thị ở trang này" in created.text
    passwords = one_time_passwords(created)
    assert set(passwords) == {"le.van.a", "tran.b", "dang.c"}
    assert len(set(passwords.values())) == 3
    assert count_users(site) == before + 3
    b = stored_user(site, "tran.b")
    assert b["name"] == "Trần Thị B, phó phòng"
    assert b["email"] == "tran.b@sothu.hoabinhxanh.gov.vn"
    assert b["agency"] == agencies["t-acc-huyen"]
    assert b["roles"] == () and b["must_change_password"] is True
    logged = try_login(new_browser(wsgi_app), "dang.c", passwords["dang.c"])
    assert logged.status_int == 302 and "/doi-mat-khau" in logged.location


@pytest.mark.parametrize(
    "data, message",
    [
        (
            csv_bytes(
                "nguyen.an,Nguyễn Ân,nguyen.an@hoabinhxanh.gov.vn,t-acc-so", encoding="cp1258"
            ),
            "Tệp không ở bảng mã UTF-8",
        ),
        (
            csv_bytes(
                "nguyen.an,Nguyễn Ân,nguyen.an@hoabinhxanh.gov.vn,t-acc-so", encoding="utf-16"
            ),
            "bảng mã UTF-16",
        ),
        (
            csv_bytes(
                "nguyen.an,Nguyen An,nguyen.an@hoabinhxanh.gov.vn,t-acc-so", encoding="utf-16-le"
            ),
            "bảng mã UTF-16",
        ),
        (
            csv_bytes(
                "nguyen.an,Nguyễn Ân,nguyen.an@hoabinhxanh.gov.vn",
                header="ten_dang_nhap,ho_ten,thu_dien_tu",
            ),
            "Dòng tiêu đề phải có đúng các cột: ten_dang_nhap, ho_ten, thu_dien_tu, ma_co_quan. Thiếu: ma_co_quan.",
        ),
        (
            csv_bytes("a,b,c,d,e", header=HEADER + ",chuc_vu"),
            "Thừa hoặc lạ: chuc_vu.",
        ),
        (
            csv_bytes("a;b;c;d", header=HEADER.replace(",", ";")),
            "Dòng tiêu đề phải có đúng các cột",
        ),
        (
            csv_bytes("a,b,c,d", header="login,ho_ten,thu_dien_tu,ma_co_quan"),
            "Thiếu: ten_dang_nhap. Thừa hoặc lạ: login.",
        ),
        (csv_bytes(), "Tệp chỉ có dòng tiêu đề, chưa có dòng dữ liệu nào."),
    ],
    ids=[
        "cp1258",
        "utf-16",
        "utf-16-no-bom",
        "missing",
        "extra",
        "semicolons",
        "misnamed",
        "empty",
    ],
)
def test_csv_in_another_encoding_or_with_other_columns_gets_one_message(
    admin, agencies, site, data, message
):
    before = count_users(site)
    for button in ("kiem-tra", "tao"):
        result = import_csv(admin, data, button=button, status=400)
        errors = errors_of(result)
        assert len(errors) == 1, errors
        assert message in errors[0]
        assert "Các dòng có lỗi" not in result.text  # nothing read beyond that
    assert count_users(site) == before


def test_csv_columns_may_come_in_any_order(admin, agencies, site):
    data = csv_bytes(
        "t-acc-so,hoang.g@hoabinhxanh.gov.vn,Hoàng G,hoang.g",
        header="ma_co_quan,thu_dien_tu,ho_ten,ten_dang_nhap",
    )
    created = import_csv(admin, data, button="tao", status=200)
    assert set(one_time_passwords(created)) == {"hoang.g"}
    assert stored_user(site, "hoang.g")["name"] == "Hoàng G"


def test_csv_too_large_is_refused(admin, agencies):
    line = "x" * 1000
    data = csv_bytes(*[line] * 600)
    result = import_csv(admin, data, status=400)
    assert any("Tệp CSV quá lớn" in e for e in errors_of(result))


def test_csv_page_is_accessible(admin):
    from test_i18n_a11y import assert_accessible

    for path in ("/tai-khoan", "/tai-khoan-nhap", "/tai-khoan-moi", "/tai-khoan-sua?ten=canbo"):
        assert_accessible(admin.get(path))
