"""Folders: ordered sections shown in navigation, or large unordered stores."""

from .base import Container
from .registry import content_type
from .schemas import BaseSchema


class FolderSchema(BaseSchema):
    pass


@content_type(
    title="Thư mục",
    title_en="Folder",
    schema=FolderSchema,
    addable_to=("Portal", "Folder"),
    icon="folder",
)
class Folder(Container):
    """A section of the portal. Ordered unless created as a large store."""

    ordered = True
