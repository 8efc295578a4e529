"""Security: sessions, the security policy, roles, passwords, login throttling."""

import os

from pyramid.csrf import SessionCSRFStoragePolicy
from pyramid.session import SignedCookieSessionFactory
from pyramid.settings import asbool

from .model import (
    computed_roles,
    effective_roles,
    local_roles,
    owner_provider,
    principals_allowed,
    roles_with_permission,
)
from .policy import PortalSecurityPolicy
from .roles import DEFAULT_PERMISSIONS, GRANTABLE_ROLES, PORTAL_ROLES

SESSION_COOKIE = "cong_session"

__all__ = [
    "DEFAULT_PERMISSIONS",
    "GRANTABLE_ROLES",
    "PORTAL_ROLES",
    "computed_roles",
    "effective_roles",
    "local_roles",
    "principals_allowed",
    "roles_with_permission",
]


def add_role_provider(config, cls, provider):
    """Register `provider(obj) -> {principal: roles}` for objects of class `cls`."""
    config.registry.role_providers.setdefault(cls, []).append(provider)


def add_role(config, role_id, title):
    config.registry.roles[role_id] = title


def includeme(config):
    settings = config.get_settings()
    secret = settings.get("portal.session_secret") or os.environ.get("PORTAL_SESSION_SECRET")
    if not secret:
        raise RuntimeError(
            "Thiếu portal.session_secret (hoặc biến môi trường PORTAL_SESSION_SECRET)."
        )
    config.set_session_factory(
        SignedCookieSessionFactory(
            secret,
            cookie_name=SESSION_COOKIE,
            httponly=True,
            samesite="Lax",
            secure=asbool(settings.get("portal.secure_cookies", False)),
            timeout=8 * 3600,
            reissue_time=600,
        )
    )
    config.set_csrf_storage_policy(SessionCSRFStoragePolicy())
    config.set_default_csrf_options(require_csrf=True)
    config.set_security_policy(PortalSecurityPolicy(SESSION_COOKIE))
    config.registry.role_providers = {}
    config.registry.roles = dict(PORTAL_ROLES)
    config.add_directive("add_role_provider", add_role_provider)
    config.add_directive("add_role", add_role)
    from content_types import Item

    config.add_role_provider(Item, owner_provider)
