"""The portal's catalog: hypatia indexes plus the docid ↔ object maps."""

import random

import BTrees
from BTrees.Length import Length
from BTrees.LOBTree import LOBTree as IOBTree
from BTrees.OLBTree import OLBTree as OIBTree
from hypatia.catalog import Catalog
from hypatia.field import FieldIndex
from hypatia.keyword import KeywordIndex
from hypatia.text import TextIndex
from hypatia.text.okapiindex import OkapiIndex
from hypatia.text.parsetree import ParseError, QueryError
from persistent import Persistent

from content_types.i18n import _

from .indexes import Indexable
from .text import vietnamese_lexicon, words


class SearchError(ValueError):
    """A query the full-text parser cannot read; the message is for the user."""


# Indexes that arrived with later features, by name: `add_missing_indexes` adds them
# to an existing catalog at start-up.
LATER_INDEXES = {
    # "key:value" strings a type offers for its list's filters (procedures, applications)
    "facets": lambda: KeywordIndex("facets"),
    # the day an application is due, as an ordinal (desk lists sort by it)
    "due": lambda: FieldIndex("due"),
    # who may take a step of the object's workflow now (inboxes)
    "actors": lambda: KeywordIndex("actors"),
    # the title's Vietnamese dictionary order (alphabetical lists sort by it)
    "sortable_title": lambda: FieldIndex("sortable_title"),
}


class PortalCatalog(Persistent):
    def __init__(self):
        self.indexes = Catalog()
        lexicon = vietnamese_lexicon()
        self.indexes["uid"] = FieldIndex("uid")
        self.indexes["path"] = KeywordIndex("path")
        self.indexes["parent"] = FieldIndex("parent")
        self.indexes["type"] = FieldIndex("type")
        self.indexes["title"] = FieldIndex("title")
        self.indexes["text"] = TextIndex(
            "text", lexicon=lexicon, index=OkapiIndex(lexicon, family=BTrees.family64)
        )
        self.indexes["state"] = FieldIndex("state")
        self.indexes["effective"] = FieldIndex("effective")
        self.indexes["modified"] = FieldIndex("modified")
        self.indexes["allowed"] = KeywordIndex("allowed")
        self.add_missing_indexes()
        self.objects = IOBTree()
        self.docids = OIBTree()
        self.count = Length()

    def __getitem__(self, name):
        return self.indexes[name]

    def add_missing_indexes(self, registry=None):
        """Indexes added after a database was made: created, then filled from the
        objects already cataloged. Returns the names added."""
        added = [name for name in LATER_INDEXES if name not in self.indexes]
        for name in added:
            index = self.indexes[name] = LATER_INDEXES[name]()
            for docid, obj in getattr(self, "objects", {}).items():
                index.index_doc(docid, Indexable(obj, registry))
        return added

    def _new_docid(self):
        while True:
            docid = random.randint(1, 2**31 - 2)
            if docid not in self.objects:
                return docid

    def index(self, obj, registry):
        docid = self.docids.get(obj.uid)
        if docid is None:
            docid = self._new_docid()
            self.docids[obj.uid] = docid
            self.objects[docid] = obj
            self.count.change(1)
        self.indexes.index_doc(docid, Indexable(obj, registry))
        return docid

    reindex = index

    def unindex(self, obj):
        docid = self.docids.get(obj.uid)
        if docid is None:
            return
        self.indexes.unindex_doc(docid)
        del self.docids[obj.uid]
        del self.objects[docid]
        self.count.change(-1)

    def get(self, docid):
        return self.objects.get(docid)

    def resolve(self, docids):
        return [self.objects[d] for d in docids if d in self.objects]

    def text_scores(self, query):
        """docid → score for a user's query: a phrase first, then all the syllables.

        Returns (phrase_scores, all_scores). Raises SearchError for a query the
        parser cannot read.
        """
        text = self.indexes["text"]
        folded = " ".join(words(query))
        plain = folded and all(c.isalnum() or c.isspace() for c in query.replace("-", " "))
        try:
            all_scores = (
                text.apply(query if not plain else folded) if folded or query.strip() else {}
            )
            phrase = {}
            if plain and len(folded.split()) > 1:
                phrase = text.apply(f'"{folded}"')
        except (ParseError, QueryError) as e:
            raise SearchError(
                _(
                    "Không hiểu được câu tìm kiếm. Hãy bỏ bớt dấu ngoặc kép, dấu * hoặc "
                    "các từ AND, OR, NOT đứng lẻ."
                )
            ) from e
        return dict(phrase or {}), dict(all_scores or {})
