"""News items and announcements."""

import colander

from .base import Item
from .file import ImageMixin, image_validator
from .html import html_to_text
from .i18n import _
from .registry import content_type
from .schemas import (
    DescriptionNode,
    LineNode,
    RichTextNode,
    TitleNode,
    UploadNode,
    upload_checks,
)


class NewsItemSchema(colander.MappingSchema):
    title = TitleNode()
    lead = DescriptionNode(title=_("Tóm tắt"))
    body = RichTextNode()
    image = UploadNode(
        title=_("Ảnh minh họa"), missing=colander.null, validator=upload_checks(image_validator)
    )
    image_caption = LineNode(title=_("Chú thích ảnh"))
    source = LineNode(title=_("Nguồn / tác giả"))
    publication_date = colander.SchemaNode(
        colander.Date(),
        title=_("Ngày đăng"),
        missing=None,
        description=_("Để trống để lấy ngày đăng thực tế."),
    )


@content_type(
    title=_("Tin bài"),
    title_en="News item",
    schema=NewsItemSchema,
    addable_to=("Portal", "Folder", "Agency"),
)
class NewsItem(ImageMixin, Item):
    lead = ""
    body = ""
    source = ""
    image_caption = ""
    publication_date = None

    @property
    def description(self):
        return self.lead

    def searchable_text(self):
        parts = [self.title, self.lead, html_to_text(self.body), self.source]
        return " ".join(filter(None, parts))
