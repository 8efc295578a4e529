"""Styled error pages in Vietnamese: 404, 403 (or login), 400 for CSRF, 409, 500."""

import logging

from pyramid.exceptions import BadCSRFToken
from pyramid.httpexceptions import HTTPFound, HTTPMovedPermanently
from pyramid.renderers import render_to_response
from pyramid.view import exception_view_config, forbidden_view_config, notfound_view_config
from pyramid_retry import is_error_retryable, is_last_attempt
from transaction.interfaces import TransientError

from ..i18n import _, translate

log = logging.getLogger(__name__)


def error_page(request, status, title, message, plain=False):
    """`plain` pages touch no database object: for errors raised outside a transaction."""
    request.environ["portal.nocache"] = True
    values = {
        "page_title": translate(request, title),
        "message": translate(request, message),
        "status": status,
        "plain": plain,
    }
    response = render_to_response(
        "portal:templates/error.pt",
        values,
        request=request,
    )
    response.status = status
    response.cache_control.no_store = True
    return response


def moved_to(request):
    """Where a path that once named an object now leads (after a move or a rename)."""
    from ..catalog.queries import by_uid
    from ..resources import site_root

    try:
        root = site_root(request)
    except Exception:  # no database behind this request
        return None
    redirects = root.records.get("redirects")
    if not redirects:
        return None
    parts = request.path_info.rstrip("/").split("/")
    for end in range(len(parts), 1, -1):
        uid = redirects.get("/".join(parts[:end]))
        if uid is None:
            continue
        request.root = root
        obj = by_uid(request, uid)
        if obj is None:
            return None
        rest = "/".join(parts[end:])
        target = request.resource_url(obj) + rest
        if request.query_string:
            target += "?" + request.query_string
        return target
    return None


@notfound_view_config()
def not_found(request):
    target = moved_to(request) if request.method in ("GET", "HEAD") else None
    if target:
        return HTTPMovedPermanently(target)
    return error_page(
        request,
        404,
        _("Không tìm thấy trang"),
        _(
            "Trang bạn tìm không có hoặc đã được chuyển đi. Hãy thử tìm kiếm hoặc quay về trang chủ."
        ),
    )


@forbidden_view_config()
def forbidden(exc, request):
    if request.identity is None:
        target = request.path_qs
        return HTTPFound(f"{request.application_url}/dang-nhap?came_from={_quote(target)}")
    return error_page(
        request,
        403,
        _("Không có quyền truy cập"),
        _("Tài khoản của bạn không có quyền xem hoặc thực hiện thao tác này."),
    )


def _quote(text):
    from urllib.parse import quote

    return quote(text, safe="/")


@exception_view_config(BadCSRFToken)
def bad_csrf(exc, request):
    return error_page(
        request,
        400,
        _("Biểu mẫu đã hết hạn"),
        _("Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang và gửi lại."),
    )


@exception_view_config(TransientError, last_retry_attempt=True)
def conflict(exc, request):
    return error_page(
        request,
        409,
        _("Hệ thống đang bận"),
        _(
            "Nhiều người cùng sửa một nội dung nên thao tác của bạn chưa được lưu. Vui lòng thử lại."
        ),
        plain=True,
    )


@exception_view_config(Exception)
def server_error(exc, request):
    if is_error_retryable(request, exc) and not is_last_attempt(request):
        raise exc  # let pyramid_retry run the request again
    log.exception("Lỗi không lường trước khi xử lý %s", request.path_qs)
    return error_page(
        request,
        500,
        _("Lỗi hệ thống"),
        _("Đã có lỗi xảy ra. Bộ phận kỹ thuật đã được ghi nhận; vui lòng thử lại sau."),
        plain=True,
    )
