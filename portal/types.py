"""Registers the content types and loads the workflows they name."""

from content_types import CONTENT_TYPES
from workflows import WorkflowError, load_all

from .security import GRANTABLE_ROLES


def add_content_type(config, cls):
    """Make the type `cls.type_info` describes known to the portal."""
    info = cls.type_info
    config.registry.content_types[info.name] = info


def check_workflows(registry):
    registry.workflows.update(load_all(known_roles=registry.roles))
    for info in registry.content_types.values():
        if info.workflow and info.workflow not in registry.workflows:
            raise WorkflowError(f"Loại “{info.name}” dùng quy trình lạ “{info.workflow}”.")


def includeme(config):
    config.registry.content_types = {}
    config.registry.workflows = {}
    config.registry.grantable_roles = list(GRANTABLE_ROLES)
    # type name → roles grantable on containers of that type only (content.grantable_roles)
    config.registry.container_roles = {}
    config.add_directive("add_content_type", add_content_type)
    for cls in CONTENT_TYPES:
        config.add_content_type(cls)
    # runs at commit, after every include has added its roles and types
    config.action("portal.workflows", lambda: check_workflows(config.registry), order=10)
