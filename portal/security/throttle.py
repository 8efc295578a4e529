"""Throttling of failed logins, per account, per client address and per pair.

Records live in the root's `records` store, apart from the content, so a
failed login never invalidates cached pages. A locked key answers 429 until
its lock expires (no thread ever sleeps). Three kinds of key:

- `pair:<account>|<address>`: one client guessing one account's password;
- `addr:<address>`: one client trying many accounts (a larger allowance, as
  many people share an office's address);
- `acct:<account>`: many clients against one account. This key is not checked
  for addresses the account has logged in from before, so a stranger who keeps
  failing can slow down new addresses but never locks the real user out of the
  places they work from.
"""

import math
import time

KNOWN_ADDRESSES = 10


class LoginThrottle:
    def __init__(self, store, max_failures=5, lock_seconds=300, window_seconds=900):
        self.store = store
        self.max_failures = max_failures
        self.lock_seconds = lock_seconds
        self.window = window_seconds

    @staticmethod
    def account(login):
        return (login or "").strip().lower()

    def known(self, login):
        return self.store.get(f"known:{self.account(login)}", ())

    def keys(self, login, address):
        account, address = self.account(login), address or "-"
        keys = {
            f"pair:{account}|{address}": self.max_failures,
            f"addr:{address}": self.max_failures * 4,
        }
        if address not in self.known(login):
            keys[f"acct:{account}"] = self.max_failures * 2
        return keys

    def locked_for(self, login, address, now=None):
        """Seconds left on the longest lock among the keys, 0 when free."""
        now = now or time.time()
        left = 0
        for key in self.keys(login, address):
            entry = self.store.get(key)
            if entry is not None:
                left = max(left, entry.get("until", 0) - now)
        return math.ceil(left) if left > 0 else 0

    def failed(self, login, address, now=None):
        now = now or time.time()
        for key, limit in self.keys(login, address).items():
            entry = dict(self.store.get(key) or {"count": 0, "first": now, "until": 0})
            if now - entry["first"] > self.window:
                entry = {"count": 0, "first": now, "until": 0}
            entry["count"] += 1
            if entry["count"] >= limit:
                entry.update(count=0, first=now, until=now + self.lock_seconds)
            self.store[key] = entry

    def succeeded(self, login, address):
        account, address = self.account(login), address or "-"
        for key in (f"pair:{account}|{address}", f"addr:{address}"):
            if key in self.store:
                del self.store[key]
        known = [a for a in self.known(login) if a != address]
        self.store[f"known:{account}"] = tuple([address, *known][:KNOWN_ADDRESSES])


def throttle_for(request):
    settings = request.registry.settings
    return LoginThrottle(
        request.root.record_store("login_throttle"),
        max_failures=int(settings.get("portal.login_max_failures", 5)),
        lock_seconds=int(settings.get("portal.login_lock_seconds", 300)),
    )
