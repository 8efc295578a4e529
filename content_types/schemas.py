"""Colander nodes shared by the content schemas."""

import colander
import deform.widget

from .html import clean_html
from .i18n import _


def strip(value):
    return value.strip() if isinstance(value, str) else value


class TitleNode(colander.SchemaNode):
    schema_type = colander.String
    title = _("Tiêu đề")
    preparer = staticmethod(strip)
    validator = colander.Length(min=1, max=300)


class DescriptionNode(colander.SchemaNode):
    schema_type = colander.String
    title = _("Mô tả")
    missing = ""
    preparer = staticmethod(strip)
    validator = colander.Length(max=2000)
    widget = deform.widget.TextAreaWidget(rows=3)


class LineNode(colander.SchemaNode):
    """One optional line of plain text (a caption, a source)."""

    schema_type = colander.String
    missing = ""
    preparer = staticmethod(strip)
    validator = colander.Length(max=300)


class RichTextNode(colander.SchemaNode):
    schema_type = colander.String
    title = _("Nội dung")
    missing = ""
    preparer = staticmethod(clean_html)
    validator = colander.Length(max=500_000)
    widget = deform.widget.RichTextWidget(
        delayed_load=False,
        options=(("menubar", False), ("promotion", False), ("branding", False)),
    )


@colander.deferred
def upload_widget(node, kw):
    """File widget bound at form time: it needs the request's temporary store."""
    return deform.widget.FileUploadWidget(kw["tmpstore"])


def upload_checks(*extra):
    """A validator bound at form time: the size limit, then `extra` checks."""

    @colander.deferred
    def validator(node, kw):
        limit = kw.get("max_bytes", 20 * 1024 * 1024)

        def check(node, value):
            fp = value.get("fp") if isinstance(value, dict) else None
            if fp is None:
                raise colander.Invalid(node, _("Chưa chọn tệp để tải lên."))
            fp.seek(0, 2)
            size = fp.tell()
            fp.seek(0)
            if size > limit:
                raise colander.Invalid(
                    node,
                    _(
                        "Tệp quá lớn (${size} KB); giới hạn là ${limit} KB.",
                        mapping={"size": size // 1024, "limit": limit // 1024},
                    ),
                )
            if size == 0:
                raise colander.Invalid(node, _("Tệp tải lên rỗng."))
            for more in extra:
                more(node, value)

        return check

    return validator


class UploadNode(colander.SchemaNode):
    schema_type = deform.FileData
    title = _("Tệp")
    widget = upload_widget
    validator = upload_checks()


class BaseSchema(colander.MappingSchema):
    title = TitleNode()
    description = DescriptionNode()
