"""The catalog: indexes kept current by subscribers, queried by principals."""

from .catalog import PortalCatalog, SearchError
from .queries import children, search

__all__ = ["PortalCatalog", "SearchError", "children", "search"]


def includeme(config):
    config.include(".subscribers")
