"""The site root."""

from BTrees.Length import Length
from BTrees.OOBTree import OOBTree

from .base import Container
from .principals import Principals
from .registry import TypeInfo


class Portal(Container):
    """The root of the resource tree.

    Besides its children it holds the users (`principals`), the catalog (set
    by the portal package), a change counter bumped by every edit that can
    change what a page shows, and `records`: BTrees for data written often
    (login throttling, counters) kept apart from the content so writing them
    never invalidates cached pages.
    """

    ordered = True

    def __init__(self, title=""):
        super().__init__(title)
        self.principals = Principals()
        self.changes = Length()
        self.records = OOBTree()
        self.catalog = None

    def record_store(self, name):
        store = self.records.get(name)
        if store is None:
            store = self.records[name] = OOBTree()
        return store


Portal.type_info = TypeInfo(
    name="Portal",
    factory=Portal,
    schema=None,
    title="Cổng thông tin",
    title_en="Portal",
    addable_to=(),
    workflow=None,
)
