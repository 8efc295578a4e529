"""The Vietnamese lexicon of the full-text index: fold, then split. No stop words."""

import re

from hypatia.text.lexicon import Lexicon

from content_types.slug import fold


class VietnameseFolder:
    """NFC, lower case, diacritics removed, đ → d (applied before splitting)."""

    def process(self, lst):
        return [fold(s) for s in lst]

    def processGlob(self, lst):
        return [fold(s) for s in lst]


class WordSplitter:
    """Syllables are runs of letters and digits; globs keep `*` and `?`."""

    rx = re.compile(r"\w+")
    rx_glob = re.compile(r"\w+[\w*?]*")

    def process(self, lst):
        return [w for s in lst for w in self.rx.findall(s)]

    def processGlob(self, lst):
        return [w for s in lst for w in self.rx_glob.findall(s)]


def vietnamese_lexicon():
    return Lexicon(VietnameseFolder(), WordSplitter())


def words(text):
    """The folded syllables of `text`, as the index sees them."""
    return WordSplitter().process(VietnameseFolder().process([text]))
