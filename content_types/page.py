"""Pages: a title, a summary and rich text."""

from .base import Item
from .html import html_to_text
from .registry import content_type
from .schemas import BaseSchema, RichTextNode


class PageSchema(BaseSchema):
    body = RichTextNode()


@content_type(
    title="Trang",
    title_en="Page",
    schema=PageSchema,
    addable_to=("Portal", "Folder", "Agency"),
)
class Page(Item):
    body = ""

    def searchable_text(self):
        return " ".join([super().searchable_text(), html_to_text(self.body)])
