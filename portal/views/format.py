"""Vietnamese formats: 25/11/2026, 14:30, 1.234,5."""

from datetime import date, datetime, timedelta, timezone
from html import escape

from pyramid.traversal import quote_path_segment

# Vietnam has one time zone and no daylight saving.
VN = timezone(timedelta(hours=7), "ICT")


def local(dt):
    if isinstance(dt, datetime):
        return (dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)).astimezone(VN)
    return dt


def format_date(value):
    if value is None:
        return ""
    value = local(value)
    if isinstance(value, (date, datetime)):
        return f"{value.day:02d}/{value.month:02d}/{value.year}"  # strftime is slower
    return str(value)


def child_href(base, obj):
    """The escaped link to `obj` inside the container whose path is `base`, as
    `request.resource_path(obj)` writes it: long lists build it from their container's
    path rather than walking up from each row."""
    return escape(f"{base.rstrip('/')}/{quote_path_segment(obj.__name__)}/")


def format_datetime(value):
    if value is None:
        return ""
    return local(value).strftime("%d/%m/%Y %H:%M")


def format_number(value, decimals=0):
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def format_size(size):
    if size is None:
        return ""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{format_number(size / 1024, 1)} KB"
    return f"{format_number(size / 1024 / 1024, 1)} MB"
