"""Count working days for deadlines, following Vietnam's calendar and the province's exceptions."""

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

import holidays

ONE_DAY = timedelta(days=1)
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@lru_cache(maxsize=32)
def _national(year):
    # Built on first use, shared by all calendars; expand=False keeps it read-only across threads.
    return holidays.country_holidays("VN", years=year, expand=False)


def today(request):
    """The day a request counts from: today, or the day a test sets in the environ."""
    return request.environ.get("portal.today") or date.today()


def _as_date(value):
    # datetime is a subclass of date, so test it first and keep only the day.
    return value.date() if isinstance(value, datetime) else value


class WorkCalendar:
    def __init__(self, days_off=(), working_days=()):
        self.days_off = frozenset(_as_date(d) for d in days_off)
        self.working_days = frozenset(_as_date(d) for d in working_days)

    def is_working_day(self, d):
        d = _as_date(d)
        # The province's lists override the national calendar; a date in both lists is a day off.
        if d in self.days_off:
            return False
        if d in self.working_days:
            return True
        # The package knows weekends, public holidays (with observed days) and make-up Saturdays.
        return _national(d.year).is_working_day(d)

    def add_working_days(self, start, n):
        if n < 0:
            raise ValueError(f"n must be >= 0, got {n}")
        d = _as_date(start)
        while n > 0:
            d += ONE_DAY
            if self.is_working_day(d):
                n -= 1
        return d

    def working_days_between(self, a, b):
        a, b = _as_date(a), _as_date(b)
        return sum(self.is_working_day(a + ONE_DAY * i) for i in range(1, (b - a).days + 1))

    def deadline_class(self, today, deadline):
        """ "overdue", "due-soon" (two working days or fewer left) or "" for an open
        task due on `deadline`, as the inbox and the desk highlight it."""
        if today > _as_date(deadline):
            return "overdue"
        return "due-soon" if self.working_days_between(today, deadline) <= 2 else ""

    def next_working_day(self, d):
        d = _as_date(d)
        while not self.is_working_day(d):
            d += ONE_DAY
        return d


def _dates(settings, key):
    result = []
    for token in re.split(r"[\s,]+", settings.get(key) or ""):
        if not token:
            continue
        try:
            # The regex rejects forms fromisoformat also accepts (20261231, 2026-W53-4).
            if not ISO_DATE.fullmatch(token):
                raise ValueError
            result.append(date.fromisoformat(token))
        except ValueError:
            raise ValueError(
                f"Cấu hình {key} có ngày không hợp lệ: {token} (cần dạng YYYY-MM-DD)."
            ) from None
    return result


def calendar_from_settings(settings):
    return WorkCalendar(
        days_off=_dates(settings, "portal.days_off"),
        working_days=_dates(settings, "portal.working_days"),
    )
