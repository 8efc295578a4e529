"""Keep the catalog and the change counter current as content changes."""

from content_types import Container

from ..events import (
    LocalRolesChanged,
    ObjectAdded,
    ObjectModified,
    ObjectMoved,
    ObjectRemoved,
    ObjectTransitioned,
)


def subtree(obj):
    """`obj` and everything below it, depth first."""
    todo = [obj]
    while todo:
        node = todo.pop()
        yield node
        if isinstance(node, Container):
            todo.extend(node.values() if node.ordered else node._children.values())


def root_of(obj):
    while obj.__parent__ is not None:
        obj = obj.__parent__
    return obj


def bump(obj):
    root_of(obj).changes.change(1)


def index_subtree(event):
    obj = event.object
    root = root_of(obj)
    registry = event.request.registry
    for node in subtree(obj):
        root.catalog.index(node, registry)
    root.changes.change(1)


def reindex_one(event):
    obj = event.object
    root_of(obj).catalog.reindex(obj, event.request.registry)
    bump(obj)


def unindex_subtree(event):
    obj = event.object
    root = root_of(obj)
    for node in subtree(obj):
        root.catalog.unindex(node)
    root.changes.change(1)


def includeme(config):
    config.add_subscriber(index_subtree, ObjectAdded)
    config.add_subscriber(index_subtree, ObjectMoved)
    config.add_subscriber(index_subtree, LocalRolesChanged)
    config.add_subscriber(reindex_one, ObjectModified)
    config.add_subscriber(reindex_one, ObjectTransitioned)
    config.add_subscriber(unindex_subtree, ObjectRemoved)
