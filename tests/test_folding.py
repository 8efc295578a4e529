"""Vietnamese folding for search and names: NFC, lower case, no diacritics, đ → d."""

import unicodedata

import pytest

from content_types.slug import RESERVED_NAMES, fold, slugify, unique_name
from portal.catalog.text import vietnamese_lexicon, words


@pytest.mark.parametrize(
    "text, folded",
    [
        ("đ", "d"),
        ("Đ", "d"),
        ("Đà Nẵng", "da nang"),
        ("đường Điện Biên Phủ", "duong dien bien phu"),
        ("thư điện tử", "thu dien tu"),
        ("THƯ ĐIỆN TỬ", "thu dien tu"),
        ("Thư Điện Tử", "thu dien tu"),
        ("tổ", "to"),
        ("thẻ", "the"),
        ("Nghị định 123/2024/NĐ-CP", "nghi dinh 123/2024/nd-cp"),
        ("ơ ư ă â ê ô", "o u a a e o"),
        ("ỹ ỷ ỵ ý ỳ", "y y y y y"),
        ("", ""),
        (None, ""),
        ("plain ascii 42", "plain ascii 42"),
    ],
)
def test_fold(text, folded):
    """fold() lowers case, drops every Vietnamese diacritic and turns đ into d."""
    assert fold(text) == folded


@pytest.mark.parametrize("word", ["thư điện tử", "Hòa Bình", "Quốc hội", "Đắk Lắk", "nghiệp"])
def test_nfc_and_nfd_fold_alike(word):
    """A word typed precomposed (NFC) or decomposed (NFD) folds to the same text."""
    nfc = unicodedata.normalize("NFC", word)
    nfd = unicodedata.normalize("NFD", word)
    assert nfc != nfd  # the test means something only if the forms differ
    assert fold(nfc) == fold(nfd)
    assert fold(nfd).isascii()


def test_decomposed_d_with_stroke_is_not_a_combining_mark():
    """đ has no decomposition: it is replaced, not left as a stray letter."""
    assert unicodedata.normalize("NFD", "đ") == "đ"
    assert fold("ĐĐđđ") == "dddd"


def test_fold_is_idempotent():
    """Folding a folded text changes nothing."""
    text = "Ủy ban nhân dân tỉnh Hòa Bình Xanh"
    assert fold(fold(text)) == fold(text) == "uy ban nhan dan tinh hoa binh xanh"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Thư điện tử công vụ", ["thu", "dien", "tu", "cong", "vu"]),
        ("Tổ công tác, thẻ BHYT!", ["to", "cong", "tac", "the", "bhyt"]),
        ("năm 2024-2025", ["nam", "2024", "2025"]),
        (unicodedata.normalize("NFD", "Đề án số 06"), ["de", "an", "so", "06"]),
    ],
)
def test_words_are_folded_syllables(text, expected):
    """words() splits into folded syllables, keeping short ones and numbers."""
    assert words(text) == expected


def test_lexicon_keeps_stop_words():
    """The Vietnamese lexicon drops no syllable (no English stop words: to, the, a, of)."""
    lexicon = vietnamese_lexicon()
    ids = lexicon.sourceToWordIds("tổ thẻ a of và")
    assert len(ids) == 5 and all(ids)
    assert set(lexicon.words()) >= {"to", "the", "a", "of", "va"}


@pytest.mark.parametrize(
    "title, slug",
    [
        ("Hội nghị triển khai thư điện tử", "hoi-nghi-trien-khai-thu-dien-tu"),
        ("Đường dây nóng: 1900 1234", "duong-day-nong-1900-1234"),
        ("  --Ủy ban!!  ", "uy-ban"),
        ("???", "muc"),
        ("", "muc"),
    ],
)
def test_slugify(title, slug):
    """slugify() makes a folded, dash-separated name, never an empty one."""
    assert slugify(title) == slug


def test_slugify_is_bounded():
    """A very long title gives a slug of at most 80 characters, cut at a dash."""
    slug = slugify("Thông báo " * 40)
    assert len(slug) <= 80
    assert not slug.endswith("-")
    assert slug.startswith("thong-bao-thong-bao")


def test_unique_name_avoids_siblings_and_reserved_names():
    """unique_name() numbers a slug taken in the folder and never returns a reserved name."""
    taken = {"hoi-nghi", "hoi-nghi-2"}
    assert unique_name(taken, "Hội nghị") == "hoi-nghi-3"
    assert unique_name(set(), "Tìm kiếm") == "tim-kiem-2"
    assert "tim-kiem" in RESERVED_NAMES
