"""Timeliness figures of the one-stop desks: counts per agency, field and month.

Only counts leave this module: no title, code or applicant, so the figures may be
published (the `view statistics` permission) whoever may view the applications.
"""

from dataclasses import dataclass, field
from datetime import date

from ..cache import fragment
from ..catalog import queries

# Columns of every figure, in the order the page and the CSV give them.
MEASURES = ("received", "early", "on_time", "late", "pending", "overdue", "closed")


@dataclass
class Figures:
    counts: dict = field(default_factory=lambda: dict.fromkeys(MEASURES, 0))

    def add(self, timeliness):
        self.counts["received"] += 1
        self.counts[timeliness] += 1

    def __getitem__(self, measure):
        return self.counts[measure]

    @property
    def done(self):
        return self.counts["early"] + self.counts["on_time"] + self.counts["late"]

    @property
    def on_time_share(self):
        """Percent of finished applications done ahead of or on time (None when none)."""
        if not self.done:
            return None
        return 100 * (self.counts["early"] + self.counts["on_time"]) / self.done


def _collect(request, today):
    """(agency uid, field, month) → timeliness counts over the applications the
    desks have received (or closed: refused, withdrawn, cancelled)."""
    catalog = queries.catalog_of(request)
    found = {}
    for app in catalog.resolve(queries.docids_with(catalog["type"], ["Application"])):
        if app.received_on is None and app.finished_on is None:
            continue  # still waiting at the desk: not yet received
        key = (app.agency_uid, app.field, app.month)
        found.setdefault(key, Figures()).add(app.timeliness(today))
    return found


def all_figures(request, today=None):
    """The counts, built once per change of the site and day, shared by every viewer."""
    today = today or date.today()
    return fragment(request, f"service-figures-{today}", lambda: _collect(request, today))


def summarise(figures, group, *, year=None, agency=None, field_name=None):
    """Counts by `group` ("agency", "field" or "month") for the chosen filters."""
    position = {"agency": 0, "field": 1, "month": 2}[group]
    totals = {}
    for key, figure in figures.items():
        agency_uid, field_value, month = key
        if year and not month.startswith(f"{year}-"):
            continue
        if agency and agency_uid != agency:
            continue
        if field_name and field_value != field_name:
            continue
        target = totals.setdefault(key[position], Figures())
        for measure in MEASURES:
            target.counts[measure] += figure[measure]
    return totals


def years(figures):
    return sorted({month[:4] for _a, _f, month in figures}, reverse=True)
