"""Folding and slugs of Vietnamese text (shared/DOMAIN.md, "Writing Vietnamese")."""

import unicodedata

import pytest

from content_types.slug import fold, slugify, unique_name
from portal.catalog.text import words


@pytest.mark.parametrize(
    "text, folded",
    [
        ("thư điện tử", "thu dien tu"),
        ("THƯ ĐIỆN TỬ", "thu dien tu"),
        ("Đường Đồng Khởi", "duong dong khoi"),
        ("thẻ bảo hiểm y tế", "the bao hiem y te"),
        ("Nghị định 30/2020/NĐ-CP", "nghi dinh 30/2020/nd-cp"),
    ],
)
def test_fold(text, folded):
    """Lower case, diacritics removed, đ → d."""
    assert fold(text) == folded


def test_fold_treats_decomposed_input_like_composed():
    """Text typed with combining marks (NFD) folds like precomposed text (NFC)."""
    composed = "Hội nghị tổng kết"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert fold(decomposed) == fold(composed) == "hoi nghi tong ket"


def test_index_words_keep_short_syllables():
    """No stop words: folded syllables such as `to`, `the`, `a` stay in the index."""
    assert words("Tổ chức thẻ bảo hiểm và a") == ["to", "chuc", "the", "bao", "hiem", "va", "a"]


@pytest.mark.parametrize(
    "title, slug",
    [
        ("Hội nghị triển khai", "hoi-nghi-trien-khai"),
        ("Đảng bộ tỉnh: Đại hội lần thứ XX!", "dang-bo-tinh-dai-hoi-lan-thu-xx"),
        ("   ", "muc"),
    ],
)
def test_slugify(title, slug):
    """URL names are made from Vietnamese titles."""
    assert slugify(title) == slug


def test_unique_name_within_folder():
    """A second item with the same title gets a numbered name."""
    taken = {"hoi-nghi", "hoi-nghi-2"}
    assert unique_name(taken, "Hội nghị") == "hoi-nghi-3"
    assert unique_name(set(), "Hội nghị") == "hoi-nghi"


def test_long_slug_is_cut_at_a_word():
    """Very long titles give a slug of bounded length ending on a whole syllable."""
    slug = slugify("Quyết định " * 30)
    assert len(slug) <= 80
    assert not slug.endswith("-")
    assert set(slug.split("-")) <= {"quyet", "dinh"}
