"""Vietnamese formats: 25/11/2026, 14:30, 1.234,5."""

from datetime import date, datetime, timedelta, timezone

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
        return value.strftime("%d/%m/%Y")
    return str(value)


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
