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
RESERVED_NAMES = frozenset(
    {
        "@@",
        "static",
        "dang-nhap",
        "dang-xuat",
        "tim-kiem",
        "ngon-ngu",
        # staff accounts (portal/views/accounts.py)
        "tai-khoan",
        "tai-khoan-moi",
        "tai-khoan-sua",
        "tai-khoan-khoa",
        "tai-khoan-dat-lai",
        "tai-khoan-nhap",
        "doi-mat-khau",
        # public services (portal/views/tracking.py, statistics.py)
        "tra-cuu",
        "tra-cuu-bo-sung",
        "tra-cuu-rut",
        "tra-cuu-tep",
        "bien-nhan",
        "thong-ke",
    }
)


def numbered(base, taken):
    """`base`, or `base-2`, `base-3`, … : the first that `taken(name)` refuses."""
    name, n = base, 1
    while taken(name):
        n += 1
        name = f"{base}-{n}"
    return name


def unique_name(container, title):
    """A slug for `title` that no child of `container` uses yet."""
    return numbered(slugify(title), lambda name: name in container or name in RESERVED_NAMES)


# The Vietnamese alphabet: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y.
# Letters are ranked by base letter, then the marks that make a letter (breve,
# circumflex, horn); tone marks only break ties, after the whole word compares equal.
_LETTER_MARKS = {"\u0306": 1, "\u0302": 2, "\u031b": 3}  # ă, â/ê/ô, ơ/ư
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # ` ? ~ ' .


def _word_key(word):
    """One word as text that compares like the alphabet: each letter written as the
    letter and its mark (0 none, 1 ă, 2 â ê ô, 3 ơ ư, 9 đ), then \x01 and the tones."""
    letters, tones = [], []
    for ch in unicodedata.normalize("NFD", word):
        if ch in _LETTER_MARKS and letters:
            letters[-1] = letters[-1][0] + str(_LETTER_MARKS[ch])
        elif ch in _TONES:
            tones.append(str(_TONES[ch]))
        elif ch == "đ":
            letters.append("d9")
        elif not unicodedata.combining(ch):
            letters.append(ch + "0")
    # \x01 sorts before any letter, so a word sorts before the longer words it begins
    return "".join(letters) + "\x01" + "".join(tones)


def sort_key(text):
    """A short string sorting Vietnamese text in dictionary order, word by word
    (`An` < `Ân` < `Bình` < `Đông`; `Tân Phú` < `Tấn`); small enough to index."""
    words = unicodedata.normalize("NFC", text or "").lower().split()
    return "\x00".join(_word_key(w) for w in words)
