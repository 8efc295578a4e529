"""The password policy: what a new password must be, and one-time passwords.

`password_policy_error(password, login)` is the single rule used wherever a
password is chosen (the change-password page, the administrator's pages, the
`portal-admin` commands): at least 10 characters (at most 200, the longest the
login form takes), neither the login nor containing it (ignoring case and
Vietnamese diacritics), and not in the list of common passwords shipped beside
this module.
"""

import re
import secrets
from functools import lru_cache
from pathlib import Path

import colander

from content_types.i18n import _
from content_types.slug import fold

MIN_LENGTH = 10
MAX_LENGTH = 200
COMMON_PASSWORDS = Path(__file__).with_name("common_passwords.txt")

# One-time passwords: letters and digits a person cannot misread (no 0/O, 1/l/I).
ONE_TIME_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789"
ONE_TIME_LENGTH = 12

_SEPARATORS = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=1)
def common_passwords():
    """The shipped list, read once on first use, lower-cased."""
    lines = COMMON_PASSWORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(
        line.strip().lower() for line in lines if line.strip() and not line.startswith("#")
    )


def _contains_login(password, login):
    login = fold(login).strip()
    if not login:
        return False
    folded = fold(password)
    if login in folded:
        return True
    # `nguyen.van.an` hides in `NguyenVanAn2025` too
    bare = _SEPARATORS.sub("", login)
    return len(bare) >= 3 and bare in _SEPARATORS.sub("", folded)


def password_policy_error(password, login=""):
    """None when `password` may be used by the account `login`, else the reason
    (a translation string in Vietnamese; `.interpolate()` gives plain text)."""
    password = password or ""
    if len(password) < MIN_LENGTH:
        return _("Mật khẩu phải có ít nhất ${min} ký tự.", mapping={"min": MIN_LENGTH})
    if len(password) > MAX_LENGTH:
        return _("Mật khẩu không được dài quá ${max} ký tự.", mapping={"max": MAX_LENGTH})
    if _contains_login(password, login):
        return _("Mật khẩu không được chứa tên đăng nhập.")
    common = common_passwords()
    if password.lower() in common or fold(password) in common:
        return _("Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác.")
    return None


def policy_validator(login):
    """A colander validator applying the policy for the account `login`."""

    def check(node, value):
        error = password_policy_error(value, login)
        if error is not None:
            raise colander.Invalid(node, error)

    return check


def one_time_password(login=""):
    """A random password to hand over once; it always meets the policy."""
    while True:
        candidate = "".join(secrets.choice(ONE_TIME_ALPHABET) for _i in range(ONE_TIME_LENGTH))
        if password_policy_error(candidate, login) is None:
            return candidate
