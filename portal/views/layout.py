"""What every page's frame needs: navigation, breadcrumbs, user, language."""

from datetime import date
from urllib.parse import urlencode

from pyramid.csrf import get_csrf_token
from pyramid.decorator import reify
from pyramid.location import lineage
from pyramid.renderers import get_renderer
from pyramid.traversal import find_root

from content_types import Agency, Container, Folder, Page
from content_types.base import nearest

from ..cache import fragment
from ..i18n import LANGUAGES, label
from .format import format_date, format_datetime, format_size


def subsite_of(obj):
    """The agency whose sub-site `obj` belongs to, or None."""
    return nearest(obj, Agency)


class Layout:
    def __init__(self, request):
        self.request = request

    @reify
    def root(self):
        return (
            find_root(self.request.context)
            if self.request.context is not None
            else self.request.root
        )

    @reify
    def site_title(self):
        return self.request.registry.settings.get("portal.title", "Cổng thông tin")

    @reify
    def user(self):
        return self.request.identity

    @property
    def language(self):
        return self.request.locale_name

    @property
    def languages(self):
        return LANGUAGES

    def csrf_token(self):
        return get_csrf_token(self.request)

    def static(self, path):
        from . import STATIC_DIR

        return self.request.static_path(f"{STATIC_DIR}/{path}")

    def url(self, obj, *elements, **kw):
        return self.request.resource_path(obj, *elements, **kw)

    def label(self, thing):
        return label(self.request, thing)

    @reify
    def macros(self):
        return get_renderer("portal:templates/macros.pt").implementation().macros

    def macro(self, name):
        return self.macros[name]

    def can(self, permission, obj=None):
        return bool(
            self.request.has_permission(
                permission, obj if obj is not None else self.request.context
            )
        )

    def _nav_items(self):
        items = []
        for child in self.root.values():
            if isinstance(child, Container) and self.request.has_permission("view", child):
                items.append((child.title, self.request.resource_path(child), child.__name__))
        return items

    @reify
    def nav(self):
        """Top folders; shared by every anonymous visitor between two changes."""
        if self.user is None:
            return fragment(self.request, "nav", self._nav_items)
        return self._nav_items()

    @reify
    def subsite(self):
        """(title, path, sections) of the agency whose sub-site this page is in, or None."""
        agency = subsite_of(self.request.context)
        if agency is None:
            return None

        def build():
            sections = [
                (child.title, self.request.resource_path(child), child.__name__)
                for child in agency.values()
                if isinstance(child, (Folder, Page)) and self.request.has_permission("view", child)
            ]
            return (agency.title, self.request.resource_path(agency), sections)

        if self.user is None:
            return fragment(self.request, f"subsite-{agency.uid}", build)
        return build()

    def agency_of(self, obj):
        """The title of the agency whose sub-site published `obj`, or ''."""
        agency = subsite_of(obj.__parent__)
        return agency.title if agency is not None else ""

    def nav_active(self, name):
        context = self.request.context
        chain = [n.__name__ for n in lineage(context)] if context is not None else []
        return name in chain

    def breadcrumbs(self):
        context = self.request.context
        if context is None:
            return []
        crumbs = [
            (
                node.title if node.__parent__ is not None else "Trang chủ",
                self.request.resource_path(node),
            )
            for node in lineage(context)
        ]
        crumbs.reverse()
        return crumbs

    def page_link(self, number):
        """This page's query string with `trang` (the page number) set to `number`."""
        params = [(k, v) for k, v in self.request.GET.items() if k != "trang"]
        return "?" + urlencode([*params, ("trang", number)])

    today = staticmethod(date.today)
    format_date = staticmethod(format_date)
    format_datetime = staticmethod(format_datetime)
    format_size = staticmethod(format_size)


def includeme(config):
    config.add_request_method(Layout, "layout", reify=True)
