"""The Pyramid security policy: identity from the session, permission from the model."""

import time

from pyramid.authorization import Everyone
from pyramid.security import Allowed, Denied

from .model import principals_allowed, user_principals

SESSION_KEY = "userid"
SINCE_KEY = "since"


class PortalSecurityPolicy:
    def __init__(self, cookie_name):
        self.cookie_name = cookie_name

    def identity(self, request):
        """The logged-in User, or None. Anonymous requests never open a session."""
        from ..resources import site_root  # resources → catalog → security

        cached = request.environ.get("portal.identity", False)
        if cached is not False:
            return cached
        user = None
        if self.cookie_name in request.cookies:
            session = request.session
            login = session.get(SESSION_KEY)
            if login:
                candidate = site_root(request).principals.users.get(login)
                if candidate is not None and not candidate.disabled:
                    changed = candidate.password_changed
                    if changed is None or session.get(SINCE_KEY, 0) >= changed.timestamp():
                        user = candidate  # a password change ends every older session
                if user is None:
                    self.drop_session(request)
            elif not session:
                self.drop_session(request)  # expired, forged or emptied: forget it
        request.environ["portal.identity"] = user
        return user

    def drop_session(self, request):
        """End the session and, unless the page puts something new in it (a login
        form's CSRF token), remove its cookie: the visitor is plain anonymous again,
        served from the shared cache."""
        request.session.invalidate()
        name = self.cookie_name

        def remove_cookie(request, response):
            if request.session:
                return
            response.unset_cookie(name, strict=False)  # the empty one the session re-sets
            response.delete_cookie(name)

        request.add_response_callback(remove_cookie)

    def authenticated_userid(self, request):
        user = self.identity(request)
        return user.login if user is not None else None

    def principals(self, request):
        cached = request.environ.get("portal.principals")
        if cached is None:
            user = self.identity(request)
            if user is None:
                cached = frozenset([Everyone])
            else:
                from ..resources import site_root

                cached = frozenset(user_principals(user, site_root(request).principals))
            request.environ["portal.principals"] = cached
        return cached

    def permits(self, request, context, permission):
        mine = self.principals(request)
        allowed = principals_allowed(request.registry, context, permission)
        if mine & allowed:
            return Allowed(f"“{permission}” granted")
        return Denied(f"“{permission}” denied")

    def remember(self, request, userid, **kw):
        request.session.invalidate()
        request.session[SESSION_KEY] = userid
        request.session[SINCE_KEY] = time.time()
        request.environ.pop("portal.identity", None)
        request.environ.pop("portal.principals", None)
        return []

    def forget(self, request, **kw):
        self.drop_session(request)
        request.environ["portal.identity"] = None
        request.environ.pop("portal.principals", None)
        return []
