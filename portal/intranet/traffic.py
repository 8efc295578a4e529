"""Traffic of official documents (sổ theo dõi lưu lượng văn bản): counts per office
and month of what each office sent and received, over the network or on paper, and
how its incoming documents were handled against their deadlines.

Only counts leave this module: no title, symbol or person, so the figures may be
shown to the province's leadership (the `view traffic` permission) who may open no
document of the offices.
"""

from dataclasses import dataclass, field

from content_types.document import Office

from ..cache import fragment
from ..workdays import today as today_of
from . import find_intranet

# Columns of every figure, in the order the CSV gives them.
MEASURES = (
    "sent",
    "sent_electronic",
    "sent_paper",
    "received",
    "received_electronic",
    "received_paper",
    "on_time",
    "late",
    "open",
    "overdue",
)


@dataclass
class Figures:
    counts: dict = field(default_factory=lambda: dict.fromkeys(MEASURES, 0))

    def __getitem__(self, measure):
        return self.counts[measure]

    def add(self, other):
        for measure in MEASURES:
            self.counts[measure] += other.counts[measure]

    @property
    def traffic(self):
        return self.counts["sent"] + self.counts["received"]

    @property
    def electronic(self):
        return self.counts["sent_electronic"] + self.counts["received_electronic"]

    @property
    def paper(self):
        return self.counts["sent_paper"] + self.counts["received_paper"]

    @property
    def electronic_share(self):
        """Percent of all documents sent and received that travelled over the
        network (None when there were none)."""
        if not self.traffic:
            return None
        return 100 * self.electronic / self.traffic


@dataclass(frozen=True)
class Traffic:
    offices: dict  # office name → title, for every office of the intranet
    figures: dict  # (office name, "YYYY-MM") → Figures


def month_of(day):
    return f"{day:%Y-%m}"


def sent_electronically(document):
    """Addressed to at least one agency on this portal and not confidential: the
    portal delivered it (confidential documents never travel on the network)."""
    return bool(document.recipients) and not document.confidential


def handling(document, today):
    """Where an incoming document stands against its deadline: "on_time", "late"
    or "open". Handled without a deadline counts as on time: none was missed."""
    if document.finished_on is None:
        return "open"
    if document.deadline is not None and document.finished_on > document.deadline:
        return "late"
    return "on_time"


def count_office(office, today, found):
    """Add one office's registers to `found`: outgoing documents in the month they
    were issued, incoming ones in the month they were registered."""
    name = office.__name__

    def counts_for(day):
        return found.setdefault((name, month_of(day)), Figures()).counts

    for document in office.outgoing_register.values():
        counts = counts_for(document.issued_on)
        counts["sent"] += 1
        counts["sent_electronic" if sent_electronically(document) else "sent_paper"] += 1
    for document in office.incoming_register.values():
        counts = counts_for(document.received_on)
        counts["received"] += 1
        counts["received_electronic" if document.electronic else "received_paper"] += 1
        state = handling(document, today)
        counts[state] += 1
        if state == "open" and document.deadline is not None and document.deadline < today:
            counts["overdue"] += 1


def _collect(request, today):
    intranet = find_intranet(request.root)
    offices, found = {}, {}
    for office in intranet.values() if intranet is not None else ():
        if isinstance(office, Office):
            offices[office.__name__] = office.title
            count_office(office, today, found)
    return Traffic(offices, found)


def all_traffic(request, today=None):
    """The counts, built once per change of the site and day, shared by every viewer."""
    today = today or today_of(request)
    return fragment(request, f"traffic-{today}", lambda: _collect(request, today))


def summarise(traffic, group, *, year=None, office=None):
    """New figures by `group` ("office" or "month") for the chosen year and office."""
    position = {"office": 0, "month": 1}[group]
    totals = {}
    for key, figure in traffic.figures.items():
        name, month = key
        if year and not month.startswith(f"{year}-"):
            continue
        if office and name != office:
            continue
        totals.setdefault(key[position], Figures()).add(figure)
    return totals


def total(figures):
    found = Figures()
    for figure in figures:
        found.add(figure)
    return found


def years(traffic):
    return sorted({month[:4] for _name, month in traffic.figures}, reverse=True)
