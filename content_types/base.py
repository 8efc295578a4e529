"""Persistent base classes shared by every content type."""

import uuid
from datetime import datetime, timezone

from BTrees.Length import Length
from BTrees.OOBTree import OOBTree
from persistent import Persistent
from persistent.list import PersistentList
from persistent.mapping import PersistentMapping

from .i18n import _
from .slug import RESERVED_NAMES, unique_name


def now():
    return datetime.now(timezone.utc)


def nearest(obj, cls):
    """`obj` or its closest ancestor that is a `cls`, or None."""
    node = obj
    while node is not None and not isinstance(node, cls):
        node = node.__parent__
    return node


class Item(Persistent):
    """A resource in the tree: named, parented, identified and dated.

    `type_info` (a `content_types.registry.TypeInfo`) is set on each concrete
    class by the registry so a type's facts sit beside its class.
    """

    type_info = None
    __name__ = None
    __parent__ = None
    title = ""
    description = ""
    workflow_state = None

    def __init__(self, title="", creator=None, **fields):
        self.uid = uuid.uuid4().hex
        self.created = self.modified = now()
        self.creator = creator
        self.title = title
        self.history = PersistentList()
        # local roles: principal id ('user:x' or 'group:y') -> set of role ids
        self.local_roles = PersistentMapping()
        self.block_inheritance = False
        for key, value in fields.items():
            setattr(self, key, value)

    def touch(self):
        self.modified = now()

    def set_local_roles(self, principal, roles):
        roles = sorted(set(roles))
        if roles:
            self.local_roles[principal] = roles
        else:
            self.local_roles.pop(principal, None)

    def searchable_text(self):
        return " ".join(filter(None, [self.title, self.description]))


class Container(Item):
    """An item holding children in a BTree with a conflict-safe count.

    Ordered containers (those shown in navigation) also keep the order of
    their children in a short list; unordered ones (news, documents) never
    keep such a list, so adding to a large container stays cheap.
    """

    ordered = False

    def __init__(self, title="", creator=None, ordered=None, **fields):
        super().__init__(title, creator, **fields)
        self._children = OOBTree()
        self._count = Length()
        if ordered is not None:
            self.ordered = ordered
        self._order = PersistentList() if self.ordered else None

    def __getitem__(self, name):
        return self._children[name]

    def get(self, name, default=None):
        return self._children.get(name, default)

    def __contains__(self, name):
        return name in self._children

    def __len__(self):
        return self._count()

    def __iter__(self):
        return iter(self.keys())

    def keys(self):
        if self._order is not None:
            return list(self._order)
        return self._children.keys()

    def values(self):
        return [self._children[name] for name in self.keys()]

    def items(self):
        return [(name, self._children[name]) for name in self.keys()]

    def check_name(self, name):
        if not name or name in RESERVED_NAMES or name.startswith("@@"):
            raise ValueError(_("Tên không hợp lệ."))
        if "/" in name or name != name.strip():
            raise ValueError(_("Tên không được chứa dấu / hoặc khoảng trắng ở đầu, cuối."))
        if name in self._children:
            raise KeyError(_("Đã có mục tên “${name}” trong thư mục này.", mapping={"name": name}))

    def add(self, obj, name=None):
        """Store `obj` under `name` (a slug of its title when omitted)."""
        name = name or unique_name(self, obj.title)
        self.check_name(name)
        obj.__name__ = name
        obj.__parent__ = self
        self._children[name] = obj
        self._count.change(1)
        if self._order is not None:
            self._order.append(name)
        return name

    def remove(self, name):
        obj = self._children.pop(name)
        self._count.change(-1)
        if self._order is not None:
            self._order.remove(name)
        return obj

    def rename(self, old, new):
        if old == new:
            return self._children[old]
        self.check_name(new)
        obj = self._children.pop(old)
        self._children[new] = obj
        obj.__name__ = new
        if self._order is not None:
            self._order[self._order.index(old)] = new
        return obj

    def set_ordered(self, flag):
        """Switch between an explicit order (navigation) and none (large stores)."""
        flag = bool(flag)
        if flag == (self._order is not None):
            return
        self.ordered = flag
        self._order = PersistentList(self._children.keys()) if flag else None

    def move_child(self, name, delta):
        """Move a child `delta` places up (negative) or down in the order."""
        if self._order is None:
            raise ValueError(_("Thư mục này không sắp thứ tự."))
        i = self._order.index(name)
        j = max(0, min(len(self._order) - 1, i + delta))
        self._order.insert(j, self._order.pop(i))
