"""Users and groups, stored in the database beside the content."""

from BTrees.OOBTree import OOBTree
from persistent import Persistent

from .base import now


class User(Persistent):
    """A staff account. The password is only ever stored as a hash."""

    def __init__(self, login, name, email="", password_hash="", roles=(), groups=()):
        self.login = login
        self.name = name
        self.email = email
        self.password_hash = password_hash
        self.roles = tuple(sorted(set(roles)))
        self.groups = tuple(sorted(set(groups)))
        self.disabled = False
        self.must_change_password = False
        self.created = now()

    @property
    def principal(self):
        return f"user:{self.login}"


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
