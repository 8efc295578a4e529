"""vCard 4.0 (RFC 6350) for an agency or a contact."""

from content_types import Agency


def escape(text):
    return (
        str(text)
        .replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line, limit=75):
    """Split a content line into lines of at most `limit` octets, never inside a
    UTF-8 character; each continuation starts with one space."""
    out, current, size = [], "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size = " ", 1
        current += ch
        size += width
    out.append(current)
    return "\r\n".join(out)


def uid_urn(uid):
    h = uid.replace("-", "")
    return f"urn:uuid:{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def vcard(obj):
    """The vCard of an Agency (KIND:org) or a Contact (KIND:individual)."""
    lines = ["BEGIN:VCARD", "VERSION:4.0"]
    if isinstance(obj, Agency):
        lines += ["KIND:org", f"FN:{escape(obj.title)}", f"ORG:{escape(obj.title)}"]
        if obj.short_name:
            lines.append(f"NICKNAME:{escape(obj.short_name)}")
        if obj.address:
            lines.append(f"ADR;TYPE=work:;;{escape(obj.address)};;;;{escape('Việt Nam')}")
        if obj.fax:
            lines.append(f'TEL;TYPE="work,fax";VALUE=text:{escape(obj.fax)}')
        if obj.website:
            lines.append(f"URL:{obj.website}")
        if obj.latitude is not None and obj.longitude is not None:
            lines.append(f"GEO:geo:{obj.latitude!r},{obj.longitude!r}")
        if obj.head_name:
            lines.append(
                f"NOTE:{escape(', '.join(filter(None, [obj.head_position, obj.head_name])))}"
            )
    else:
        agency = obj.__parent__
        org = ";".join(escape(part) for part in filter(None, [agency.title, obj.unit]))
        lines += ["KIND:individual", f"FN:{escape(obj.title)}", f"ORG:{org}"]
        if obj.position:
            lines.append(f"TITLE:{escape(obj.position)}")
    if obj.phone:
        lines.append(f'TEL;TYPE="work,voice";VALUE=text:{escape(obj.phone)}')
    if obj.email:
        lines.append(f"EMAIL;TYPE=work:{obj.email}")
    lines += [
        f"UID:{uid_urn(obj.uid)}",
        f"REV:{obj.modified.strftime('%Y%m%dT%H%M%SZ')}",
        "END:VCARD",
    ]
    return "".join(fold(line) + "\r\n" for line in lines)
