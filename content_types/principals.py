"""Users and groups, stored in the database beside the content."""

from BTrees.OOBTree import OOBTree
from persistent import Persistent

from .base import now


class User(Persistent):
    """A staff account. The password is only ever stored as a hash.

    An account is never deleted: a disabled one keeps its login, so what it
    wrote and did stays attributed. The class attributes are the defaults
    of accounts stored before those fields existed.
    """

    agency = ""  # uid of the Agency the user works for
    must_change_password = False  # set with a one-time password
    password_changed = None
    disabled = False
    disabled_by = ""
    disabled_at = None
    account_log = ()  # ({"time", "actor", "action"}, ...), oldest first

    def __init__(self, login, name, email="", password_hash="", roles=(), groups=(), agency=""):
        self.login = login
        self.name = name
        self.email = email
        self.agency = agency
        self.password_hash = password_hash
        self.roles = tuple(sorted(set(roles)))
        self.groups = tuple(sorted(set(groups)))
        self.disabled = False
        self.must_change_password = False
        self.created = now()

    @property
    def principal(self):
        return f"user:{self.login}"

    def record(self, action, actor):
        """Note an administrative `action` on the account (create, edit, disable, …)."""
        self.account_log = (*self.account_log, {"time": now(), "actor": actor, "action": action})

    def set_password_hash(self, password_hash, one_time, actor):
        """A new password: `one_time` when an administrator chose it, so the user
        must change it at the next login."""
        self.password_hash = password_hash
        self.must_change_password = bool(one_time)
        self.password_changed = now()
        self.record("reset-password" if one_time else "change-password", actor)

    def disable(self, actor):
        self.disabled = True
        self.disabled_by = actor
        self.disabled_at = now()
        self.record("disable", actor)

    def enable(self, actor):
        self.disabled = False
        self.record("enable", actor)


class Group(Persistent):
    def __init__(self, id, title, roles=()):
        self.id = id
        self.title = title
        self.roles = tuple(sorted(set(roles)))

    @property
    def principal(self):
        return f"group:{self.id}"


class Principals(Persistent):
    """All users and groups, each in its own BTree keyed by id."""

    def __init__(self):
        self.users = OOBTree()
        self.groups = OOBTree()

    def add_user(self, user):
        if user.login in self.users:
            raise KeyError(f"Tên đăng nhập “{user.login}” đã có người dùng.")
        self.users[user.login] = user
        return user

    def add_group(self, group):
        if group.id in self.groups:
            raise KeyError(f"Nhóm “{group.id}” đã có.")
        self.groups[group.id] = group
        return group

    def user_with_email(self, email):
        """The account using `email` (compared lower-cased), or None."""
        email = (email or "").strip().lower()
        if not email:
            return None
        for user in self.users.values():
            if (user.email or "").lower() == email:
                return user
        return None
