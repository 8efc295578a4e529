"""The registry of content types: each type's facts in one record."""

from dataclasses import dataclass


@dataclass(frozen=True)
class TypeInfo:
    """What the portal needs to know about a content type.

    `addable_to` names the container types this type may be added to
    (`"*"` means any container); `workflow` names a definition in
    `workflows/`, or None for types that have no workflow; `add_permission` is
    what a user needs on the container to add one through the add form.
    """

    name: str
    factory: type
    schema: object
    title: str
    title_en: str
    addable_to: tuple = ("*",)
    workflow: str | None = "publication"
    dated: bool = True
    add_permission: str = "add"


def content_type(**facts):
    """Class decorator: attach a TypeInfo to the class it decorates."""

    def wrap(cls):
        cls.type_info = TypeInfo(factory=cls, name=facts.pop("name", cls.__name__), **facts)
        return cls

    return wrap


def addable_types(types, container):
    """TypeInfos from `types` that may be added to `container`."""
    kind = container.type_info.name if container.type_info else "Portal"
    return [info for info in types if "*" in info.addable_to or kind in info.addable_to]
