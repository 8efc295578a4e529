"""Rendered pages and fragments, cached in the process.

Keys carry the root's change counter, which every add, edit, transition, move
and delete bumps in the same transaction, so a cached page is never stale and
nothing needs purging.

- The page cache (a tween) serves anonymous visitors: requests that carry a
  session cookie, and responses that set a cookie or say `Cache-Control: private`,
  never enter it.
- `private_page` (a view decorator) keeps a logged-in user's own copy of the pages
  staff reload all day (the inbox, the registers), keyed by who they are, their
  session's CSRF token, the day and the counter. It runs after the view's
  permission check, so a copy is only ever given to someone the view admits.
"""

import threading
from collections import OrderedDict

from pyramid.csrf import get_csrf_token
from pyramid.settings import asbool
from pyramid.tweens import EXCVIEW
from webob import Response

from .resources import root_factory
from .security import SESSION_COOKIE
from .workdays import today


class LRUCache:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            value = self.data.get(key)
            if value is not None:
                self.data.move_to_end(key)
            return value

    def set(self, key, value):
        with self.lock:
            self.data[key] = value
            self.data.move_to_end(key)
            while len(self.data) > self.size:
                self.data.popitem(last=False)

    def clear(self):
        with self.lock:
            self.data.clear()


def change_counter(request):
    return root_factory(request).changes()


def fragment(request, name, render):
    """`render()` once per change counter and language; shared by all visitors."""
    cache = request.registry.fragment_cache
    key = (name, request.locale_name, change_counter(request))
    value = cache.get(key)
    if value is None:
        value = render()
        cache.set(key, value)
    return value


def private_page(view):
    """Decorator (`view_config(decorator=...)`) for a logged-in GET page that depends
    only on the user, the query string, the day and the site's content: serve the
    user's copy when nothing changed since it was rendered."""

    def cached_view(context, request):
        cache = request.registry.private_cache
        if cache is None or request.method != "GET" or request.session.peek_flash():
            return view(context, request)  # a flash message is shown once: render it
        key = (
            request.effective_principals_set,  # the user's own principal among them
            get_csrf_token(request),  # the page's forms carry it
            request.path_qs,
            request.locale_name,
            today(request),
            change_counter(request),
        )
        hit = cache.get(key)
        if hit is not None:
            status, headerlist, body = hit
            return Response(body=body, status=status, headerlist=list(headerlist))
        response = view(context, request)
        if response.status_code == 200 and "Set-Cookie" not in response.headers:
            cache.set(key, (response.status, tuple(response.headerlist), response.body))
        return response

    return cached_view


def _cacheable(request, response):
    return (
        response.status_code == 200
        and "Set-Cookie" not in response.headers
        and not response.cache_control.private
        and not response.cache_control.no_store
        and not request.environ.get("portal.nocache")
    )


def _stamp(response, etag):
    response.etag = etag
    response.cache_control.public = True
    response.cache_control.max_age = 0
    response.cache_control.must_revalidate = True
    response.vary = ("Cookie", "Accept-Language")


def page_cache_tween_factory(handler, registry):
    enabled = asbool(registry.settings.get("portal.page_cache", True))
    cache = registry.page_cache

    def page_cache_tween(request):
        if (
            request.method not in ("GET", "HEAD")
            or SESSION_COOKIE in request.cookies
            or request.path_info.startswith("/static/")
        ):
            return handler(request)
        counter = change_counter(request)
        key = (request.path_qs, request.locale_name)
        etag = f"c{counter}-{request.locale_name}"
        if enabled:
            hit = cache.get(key)
            if hit is not None and hit[0] == counter:
                _, status, headerlist, body = hit
                response = Response(body=body, status=status, headerlist=list(headerlist))
                response.conditional_response = True
                return response
        response = handler(request)
        if _cacheable(request, response):
            _stamp(response, etag)
            response.conditional_response = True
            if enabled:
                body = response.body
                cache.set(key, (counter, response.status, tuple(response.headerlist), body))
        return response

    return page_cache_tween


def includeme(config):
    settings = config.get_settings()
    size = int(settings.get("portal.page_cache_size", 2000))
    config.registry.page_cache = LRUCache(size)
    config.registry.fragment_cache = LRUCache(500)
    private = asbool(settings.get("portal.page_cache", True))
    private_size = int(settings.get("portal.private_cache_size", 300))
    config.registry.private_cache = LRUCache(private_size) if private else None
    config.add_tween(
        "portal.cache.page_cache_tween_factory",
        under="pyramid_tm.tm_tween_factory",
        over=EXCVIEW,
    )
