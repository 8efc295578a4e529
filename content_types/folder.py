"""Folders: ordered sections shown in navigation, or large unordered stores."""

import colander

from .base import Container
from .i18n import _
from .registry import content_type
from .schemas import BaseSchema


class FolderSchema(BaseSchema):
    ordered = colander.SchemaNode(
        colander.Boolean(),
        title=_("Sắp xếp thủ công"),
        description=_(
            "Bật cho chuyên mục hiện trên thanh điều hướng. Tắt cho kho lớn "
            "(tin tức, văn bản): các mục được liệt kê theo ngày, mới nhất trước."
        ),
        default=True,
        missing=True,
    )


@content_type(
    title=_("Thư mục"),
    title_en="Folder",
    schema=FolderSchema,
    addable_to=("Portal", "Folder", "Agency"),
)
class Folder(Container):
    """A section of the portal. Ordered unless created as a large store."""

    ordered = True
