"""Persistent resource classes and their colander schemas."""

from .agency import Agency, Contact, Directory
from .application import Application, ApplicationStore
from .base import Container, Item
from .document import IncomingDocument, Intranet, Office, OutgoingDocument, Unit
from .file import File, Image
from .folder import Folder
from .news import NewsItem
from .page import Page
from .portal import Portal
from .service import Procedure, ServiceCatalog

# The types this package provides, in the order an "add" menu shows them.
CONTENT_TYPES = (
    Folder,
    Page,
    NewsItem,
    File,
    Image,
    Directory,
    Agency,
    Contact,
    ServiceCatalog,
    Procedure,
    ApplicationStore,
    Application,
    Intranet,
    Office,
    Unit,
    OutgoingDocument,
    IncomingDocument,
)

__all__ = [
    "Agency",
    "Application",
    "ApplicationStore",
    "Procedure",
    "ServiceCatalog",
    "Contact",
    "Directory",
    "CONTENT_TYPES",
    "Container",
    "File",
    "Folder",
    "Image",
    "IncomingDocument",
    "Intranet",
    "Office",
    "OutgoingDocument",
    "Unit",
    "Item",
    "NewsItem",
    "Page",
    "Portal",
]
