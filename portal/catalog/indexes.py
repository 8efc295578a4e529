"""What the catalog records of each object, computed by one adapter."""

from datetime import datetime, timezone

from pyramid.traversal import resource_path

from content_types.slug import fold, sort_key

from ..security import principals_allowed
from ..security.model import principals_acting

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


class Indexable:
    """Attribute names here are the discriminators of the catalog's indexes."""

    def __init__(self, obj, registry):
        self.obj = obj
        self.registry = registry

    @property
    def uid(self):
        return self.obj.uid

    @property
    def path(self):
        # every ancestor path, so "everything below /tin-tuc" is one lookup
        parts = resource_path(self.obj).strip("/").split("/")
        return ["/"] + ["/" + "/".join(parts[: i + 1]) for i in range(len(parts))]

    @property
    def parent(self):
        return resource_path(self.obj.__parent__)

    @property
    def type(self):
        return self.obj.type_info.name

    @property
    def title(self):
        return fold(self.obj.title)

    @property
    def sortable_title(self):
        return sort_key(self.obj.title)

    @property
    def text(self):
        return self.obj.searchable_text()

    @property
    def state(self):
        return self.obj.workflow_state or "none"

    @property
    def effective(self):
        """Publication date for news; otherwise when it was created. Records that are
        never listed by date (agencies, contacts, procedures, applications) have
        none, so newest-first scans of this index never wade through them."""
        info = self.obj.type_info
        if not info.workflow or not info.dated:
            raise AttributeError("effective")
        date = getattr(self.obj, "publication_date", None)
        if date is None:
            return self.obj.created
        if not isinstance(date, datetime):
            date = datetime(date.year, date.month, date.day, tzinfo=timezone.utc)
        return date

    @property
    def modified(self):
        return self.obj.modified

    @property
    def allowed(self):
        return sorted(principals_allowed(self.registry, self.obj, "view"))

    @property
    def facets(self):
        facets = getattr(self.obj, "facets", None)
        if facets is None:
            raise AttributeError("facets")
        return facets()

    @property
    def due(self):
        """The day work on it is due (an application, an incoming document), else the
        day it arrived: inboxes and desks list the earliest first."""
        name = self.obj.type_info.name
        if name == "Application":
            return (self.obj.due or self.obj.submitted.date()).toordinal()
        if name == "IncomingDocument" and self.obj.deadline is not None:
            return self.obj.deadline.toordinal()
        if name in ("IncomingDocument", "OutgoingDocument"):
            return self.obj.created.date().toordinal()
        raise AttributeError("due")

    @property
    def actors(self):
        if not self.obj.type_info.workflow:
            raise AttributeError("actors")
        return sorted(principals_acting(self.registry, self.obj))
