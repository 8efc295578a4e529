"""Events the content API sends; the catalog and page cache listen to them."""


class ObjectEvent:
    def __init__(self, obj, request=None):
        self.object = obj
        self.request = request


class ObjectAdded(ObjectEvent):
    """A new object (possibly with children) now sits in the tree."""


class ObjectModified(ObjectEvent):
    """An object's fields changed."""


class ObjectRemoved(ObjectEvent):
    """Sent just before an object leaves the tree, while its lineage still holds."""


class ObjectMoved(ObjectEvent):
    """An object was renamed or moved: its path and lineage changed."""


class ObjectTransitioned(ObjectEvent):
    def __init__(self, obj, transition, request=None):
        super().__init__(obj, request)
        self.transition = transition


class LocalRolesChanged(ObjectEvent):
    """Local roles or the inheritance switch changed on a container."""
