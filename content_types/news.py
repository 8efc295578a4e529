"""News items and announcements."""

import colander
import deform.widget

from .base import Item
from .file import ImageMixin, image_validator
from .html import html_to_text
from .registry import content_type
from .schemas import RichTextNode, TitleNode, UploadNode, strip, upload_checks


class NewsItemSchema(colander.MappingSchema):
    title = TitleNode()
    lead = colander.SchemaNode(
        colander.String(),
        title="Tóm tắt",
        missing="",
        preparer=strip,
        validator=colander.Length(max=2000),
        widget=deform.widget.TextAreaWidget(rows=3),
    )
    body = RichTextNode()
    image = UploadNode(
        title="Ảnh minh họa", missing=colander.null, validator=upload_checks(image_validator)
    )
    image_caption = colander.SchemaNode(
        colander.String(), title="Chú thích ảnh", missing="", preparer=strip,
        validator=colander.Length(max=300),
    )
    source = colander.SchemaNode(
        colander.String(),
        title="Nguồn / tác giả",
        missing="",
        preparer=strip,
        validator=colander.Length(max=300),
    )
    publication_date = colander.SchemaNode(
        colander.Date(),
        title="Ngày đăng",
        missing=None,
        description="Để trống để lấy ngày đăng thực tế.",
    )


@content_type(
    title="Tin bài",
    title_en="News item",
    schema=NewsItemSchema,
    addable_to=("Portal", "Folder"),
    icon="newspaper",
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
