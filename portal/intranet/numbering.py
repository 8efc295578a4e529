"""Register numbers that are gapless and never given twice.

A number is taken in a small transaction of its own, on its own connection, and
recorded against the document's uid: two clerks numbering at the same moment
conflict there, and the loser simply takes the next number. If the request that
asked for it then fails or is retried, the retry finds the number already recorded
for that document and uses it again, so no number is lost and none repeats.
"""

import random
import time

import transaction
from ZODB.POSException import ConflictError

from content_types.document import IncomingDocument, symbol_of

from . import office_of

ATTEMPTS = 12


def reserve(request, office, uid, year, book):
    """The number for document `uid`, committed before the request goes on. Raises
    ConflictError (the request is retried, then answered 409) when it cannot."""
    db = request.registry._zodb_databases[""]
    manager = transaction.TransactionManager(explicit=True)
    connection = db.open(transaction_manager=manager)
    try:
        for attempt in range(ATTEMPTS):
            manager.begin()
            try:
                number = connection.get(office._p_oid).reserve_number(uid, year, book)
                manager.commit()
                return number
            except ConflictError:
                manager.abort()  # a failed commit leaves the transaction open
                time.sleep(random.uniform(0, 0.005 * (attempt + 1)))  # let the other commit
            except BaseException:
                manager.abort()
                raise
        raise ConflictError("số văn bản: quá nhiều văn thư cùng cấp số")
    finally:
        connection.close()


def give_number(request, document, day):
    """Number `document` from its office's sequence for the year of `day` and its
    book, and enter it in the office's register (outgoing or incoming)."""
    office = office_of(document)
    year = day.year
    number = reserve(request, office, document.uid, year, document.book)
    document.number = number
    document.year = year
    if isinstance(document, IncomingDocument):
        document.received_on = day
        office.incoming_register[(year, document.book, number)] = document
        return
    document.issued_on = day
    office.outgoing_register[(year, document.book, number)] = document
    unit = office.get(document.unit) if document.unit else None
    document.symbol = symbol_of(
        number,
        year,
        document.doc_type,
        office.issuer,
        getattr(unit, "abbreviation", ""),
        document.legal,
    )
