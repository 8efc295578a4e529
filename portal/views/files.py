"""Downloads of files and image scales, with safe headers."""

from urllib.parse import quote

from pyramid.httpexceptions import HTTPNotFound
from pyramid.response import FileIter, Response
from pyramid.view import view_config

from content_types import File, Image, NewsItem


def content_disposition(disposition, filename):
    """The header value naming `filename`: ASCII for old clients, UTF-8 (RFC 5987) for others."""
    ascii_name = filename.encode("ascii", "replace").decode().replace('"', "")
    return f"{disposition}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"


def file_response(request, stored, as_attachment=False, private=False):
    """Serve a StoredFile: inline only for types a browser shows safely. `private`
    files (an applicant's papers) are never kept by shared caches."""
    response = Response(content_type=stored.mimetype, conditional_response=True)
    response.app_iter = FileIter(stored.open())
    response.content_length = stored.size
    disposition = "inline" if stored.inline and not as_attachment else "attachment"
    response.headers["Content-Disposition"] = content_disposition(disposition, stored.filename)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = (
        "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"
    )
    response.etag = f"{stored._p_oid.hex() if stored._p_oid else id(stored)}-{stored.size}"
    # shared caches may keep only what an anonymous visitor was allowed to fetch
    if request.authenticated_userid is None and not private:
        response.cache_control.public = True
    else:
        response.cache_control.private = True
    response.cache_control.max_age = 300
    request.environ["portal.nocache"] = True  # blobs stream from disk; not kept in memory
    return response


@view_config(context=File, name="tai-ve", permission="view")
def download_file(context, request):
    if context.file is None:
        raise HTTPNotFound()
    return file_response(request, context.file, as_attachment="luu" in request.GET)


@view_config(context=Image, name="anh", permission="view")
@view_config(context=NewsItem, name="anh", permission="view")
def image_scale(context, request):
    scale = request.subpath[0] if request.subpath else "original"
    stored = context.image_scale(scale)
    if stored is None:
        raise HTTPNotFound()
    return file_response(request, stored)
