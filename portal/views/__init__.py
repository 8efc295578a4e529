"""Views and templates, grouped by audience."""

from pathlib import Path

from pyramid.interfaces import ISecurityPolicy

STATIC_DIR = Path(__file__).resolve().parents[2] / "static"


def effective_principals_set(request):
    return request.registry.getUtility(ISecurityPolicy).principals(request)


def includeme(config):
    config.add_static_view("static", str(STATIC_DIR), cache_max_age=86400)
    config.add_request_method(effective_principals_set, "effective_principals_set", property=True)
    config.include(".layout")
    config.scan(".")
