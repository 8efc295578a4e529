"""Official e-mail addresses: only the province's government domain is accepted."""

import re

import colander

from .i18n import _

# Free-mail services provinces have banned for official business (matched on the
# registrable part of the domain, so yahoo.com.vn and mail.yahoo.com count too).
FREE_MAIL = frozenset(
    {
        "gmail",
        "googlemail",
        "yahoo",
        "ymail",
        "rocketmail",
        "outlook",
        "hotmail",
        "live",
        "msn",
        "icloud",
        "me",
        "aol",
        "proton",
        "protonmail",
        "zoho",
        "yandex",
        "mail",
        "gmx",
        "zing",
        "vnn",
        "fpt",
        "tutanota",
        "qq",
        "163",
        "126",
    }
)
FREE_MAIL_SUFFIXES = ("com", "net", "org", "vn", "com.vn", "net.vn", "me", "ru", "de", "cn")

_ADDRESS = re.compile(r"^[A-Za-z0-9._%+-]{1,64}@([A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,24}$")
DEFAULT_DOMAIN = "gov.vn"


def gov_domain(settings):
    """The province's government domain from the settings (`portal.gov_domain`)."""
    return (settings.get("portal.gov_domain") or DEFAULT_DOMAIN).strip().lower().lstrip("@.")


def is_free_mail(host):
    labels = host.split(".")
    for i in range(len(labels) - 1):
        if labels[i] in FREE_MAIL and ".".join(labels[i + 1 :]) in FREE_MAIL_SUFFIXES:
            return True
    return False


def official_email_error(address, domain):
    """None when `address` is an official mailbox of `domain`, else the reason."""
    address = (address or "").strip()
    if not _ADDRESS.match(address):
        return _("Địa chỉ thư điện tử không hợp lệ.")
    host = address.rsplit("@", 1)[1].lower()
    if is_free_mail(host):
        return _(
            "Không được dùng hộp thư miễn phí (${host}) cho công việc chính thức; "
            "hãy dùng thư điện tử công vụ thuộc tên miền ${domain}.",
            mapping={"host": host, "domain": domain},
        )
    if host != domain and not host.endswith("." + domain):
        return _("Thư điện tử công vụ phải thuộc tên miền ${domain}.", mapping={"domain": domain})
    return None


@colander.deferred
def official_email_validator(node, kw):
    """Bound at form time: the domain comes from the request's settings."""
    domain = gov_domain(kw["request"].registry.settings)

    def check(node, value):
        error = official_email_error(value, domain)
        if error is not None:
            raise colander.Invalid(node, error)

    return check


def lower_strip(value):
    return value.strip().lower() if isinstance(value, str) else value


class OfficialEmailNode(colander.SchemaNode):
    """An official e-mail address; required unless `missing` is given."""

    schema_type = colander.String
    title = _("Thư điện tử công vụ")
    preparer = staticmethod(lower_strip)
    validator = official_email_validator


class OptionalOfficialEmailNode(OfficialEmailNode):
    missing = ""

    @colander.deferred
    def validator(node, kw):
        check = official_email_validator(node, kw)

        def optional(node, value):
            if value:
                check(node, value)

        return optional
