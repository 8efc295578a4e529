"""Throttling of failed logins, per account and per client address.

Records live in the root's `records` store, apart from the content, so a
failed login never invalidates cached pages. A locked key answers 429 until
its lock expires; locks are short and grow only with continued failures, and
a successful login from another address is not blocked by a stranger's
failures against the account beyond one lock period.
"""

import time

from BTrees.OOBTree import OOBTree


class LoginThrottle:
    def __init__(self, store, max_failures=5, lock_seconds=300, window_seconds=900):
        self.store = store
        self.max_failures = max_failures
        self.lock_seconds = lock_seconds
        self.window = window_seconds

    @staticmethod
    def keys(login, address):
        return [f"acct:{(login or '').strip().lower()}", f"addr:{address or '-'}"]

    def locked_for(self, login, address, now=None):
        """Seconds left on the longest lock among the keys, 0 when free."""
        now = now or time.time()
        left = 0
        for key in self.keys(login, address):
            entry = self.store.get(key)
            if entry is not None:
                left = max(left, entry.get("until", 0) - now)
        return int(left) if left > 0 else 0

    def failed(self, login, address, now=None):
        now = now or time.time()
        for key in self.keys(login, address):
            entry = dict(self.store.get(key) or {"count": 0, "first": now, "until": 0})
            if now - entry["first"] > self.window:
                entry = {"count": 0, "first": now, "until": 0}
            entry["count"] += 1
            # address keys get a larger allowance: many people share an office NAT
            limit = self.max_failures * (4 if key.startswith("addr:") else 1)
            if entry["count"] >= limit:
                entry["until"] = now + self.lock_seconds
                entry["count"] = 0
                entry["first"] = now
            self.store[key] = entry

    def succeeded(self, login, address):
        for key in self.keys(login, address):
            if key in self.store:
                del self.store[key]


def throttle_for(request):
    settings = request.registry.settings
    store = request.root.records.get("login_throttle")
    if store is None:
        store = request.root.records["login_throttle"] = OOBTree()
    return LoginThrottle(
        store,
        max_failures=int(settings.get("portal.login_max_failures", 5)),
        lock_seconds=int(settings.get("portal.login_lock_seconds", 300)),
    )
