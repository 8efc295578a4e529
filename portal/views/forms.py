"""Building deform forms: CSRF token, upload store, size limits, Vietnamese buttons."""

import colander
import deform
from pyramid.csrf import get_csrf_token

from ..i18n import _


class RequestTmpStore(dict):
    """deform's upload store for one request (nothing is kept between requests)."""

    def preview_url(self, uid):
        return None


def csrf_node(request):
    return colander.SchemaNode(
        colander.String(),
        name="csrf_token",
        widget=deform.widget.HiddenWidget(),
        default=get_csrf_token(request),
        missing="",
    )


def upload_limit(request):
    return int(request.registry.settings.get("portal.upload_max_bytes", 20 * 1024 * 1024))


def make_form(request, schema, buttons=("save",), editing=False, action=None):
    """A deform Form for `schema` bound to `request`, with the CSRF token field.

    With `editing`, upload fields become optional: leaving one empty keeps the file.
    """
    schema = schema.clone() if not isinstance(schema, type) else schema()
    if editing:
        for node in schema.children:
            if isinstance(node.typ, deform.FileData):
                node.missing = colander.null
    schema.add(csrf_node(request))
    schema = schema.bind(
        request=request, tmpstore=RequestTmpStore(), max_bytes=upload_limit(request)
    )
    labels = {
        "save": _("Lưu"),
        "delete": _("Xóa"),
        "cancel": _("Hủy"),
        "signin": _("Đăng nhập"),
        "submit": _("Gửi"),
        "check": _("Kiểm tra"),
        "import": _("Nhập"),
    }
    form_buttons = [
        deform.Button(
            name=b, title=labels.get(b, b), css_class="btn-primary" if i == 0 else "btn-secondary"
        )
        for i, b in enumerate(buttons)
    ]
    return deform.Form(schema, buttons=form_buttons, action=action or request.url)


def validate(form, request):
    """Appstruct from the POST, or raise deform.ValidationFailure (form redisplay)."""
    return form.validate(request.POST.items())
