"""Vietnamese-aware folding and URL slugs."""

import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")


def fold(text):
    """Return `text` lower-cased with Vietnamese diacritics removed and đ → d.

    `thư điện tử`, `THƯ ĐIỆN TỬ` and `thu dien tu` all fold to `thu dien tu`.
    """
    text = unicodedata.normalize("NFC", text or "").lower().replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped)


def slugify(text, max_length=80):
    """A URL name made from a Vietnamese title: `Hội nghị` → `hoi-nghi`."""
    slug = _NON_WORD.sub("-", fold(text)).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug or "muc"


# Names a child may not take: they would hide the portal's own pages at the root.
RESERVED_NAMES = frozenset({"@@", "static", "dang-nhap", "dang-xuat", "tim-kiem", "ngon-ngu"})


def unique_name(container, title):
    """A slug for `title` that no child of `container` uses yet."""
    base = slugify(title)
    name, n = base, 1
    while name in container or name in RESERVED_NAMES:
        n += 1
        name = f"{base}-{n}"
    return name
