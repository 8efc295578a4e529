"""An office's registers (sổ đăng ký văn bản đi / văn bản đến), laid out like the
paper books of decree 30/2020/NĐ-CP (shared/DOMAIN.md, "Official documents"), on
screen, on paper and as CSV.

The registers are the office's OOBTrees keyed (year, book, number): a page is read
in that order, lazily, up to the rows it shows (and one more, to know whether a
next page exists); the total is never counted."""

from dataclasses import dataclass
from datetime import date
from html import escape
from itertools import islice
from urllib.parse import urlencode

from pyramid.view import view_config

from content_types.document import (
    AUTHORITIES,
    CONFIDENTIALITY,
    DOCUMENT_TYPES,
    Office,
    number_text,
)

from ..cache import private_page
from ..csvfile import cell, to_csv
from ..i18n import _, label, translate
from ..intranet import sees_every_document
from ..workdays import today
from .content import page_number
from .directory_io import download
from .format import child_href, format_date

PAGE_SIZE = 50
LAST_NUMBER = 10**9  # beyond any register number

# The register columns, in the order of the paper books (DOMAIN.md): CSV name and
# Vietnamese header. The page and the CSV export both use these lists.
OUTGOING_COLUMNS = (
    ("so_ky_hieu", _("Số, ký hiệu")),
    ("ngay_thang", _("Ngày tháng")),
    ("loai_va_trich_yeu", _("Loại và trích yếu")),
    ("nguoi_ky", _("Người ký")),
    ("noi_nhan", _("Nơi nhận")),
    ("don_vi_luu_ho_so", _("Đơn vị lưu hồ sơ")),
    ("so_luong_ban", _("Số lượng bản")),
    ("ngay_chuyen", _("Ngày chuyển")),
    ("ky_nhan", _("Ký nhận")),
    ("ghi_chu", _("Ghi chú")),
)
INCOMING_COLUMNS = (
    ("ngay_den", _("Ngày đến")),
    ("so_den", _("Số đến")),
    ("tac_gia", _("Tác giả")),
    ("so_ky_hieu", _("Số, ký hiệu")),
    ("ngay_thang", _("Ngày tháng")),
    ("loai_va_trich_yeu", _("Loại và trích yếu")),
    ("don_vi_hoac_nguoi_nhan", _("Đơn vị hoặc người nhận")),
    ("ngay_chuyen", _("Ngày chuyển")),
    ("ky_nhan", _("Ký nhận")),
    ("ghi_chu", _("Ghi chú")),
)
# Outgoing books (content_types.document.BOOKS), "other" first: the default.
BOOK_TITLES = {
    "other": _("Văn bản khác"),
    "legal": _("Văn bản quy phạm pháp luật"),
}


@dataclass
class Register:
    """What differs between the two registers."""

    incoming: bool
    view_name: str
    title: str
    columns: tuple
    date_field: str  # the date the `tu`/`den` range applies to
    unit_field: str  # the unit the `don-vi` filter names
    row_key: str  # the column that heads each row (its number)


OUTGOING = Register(
    False,
    "so-van-ban-di",
    _("Sổ đăng ký văn bản đi"),
    OUTGOING_COLUMNS,
    "issued_on",
    "unit",
    "so_ky_hieu",
)
INCOMING = Register(
    True,
    "so-van-ban-den",
    _("Sổ đăng ký văn bản đến"),
    INCOMING_COLUMNS,
    "received_on",
    "lead_unit",
    "so_den",
)


@dataclass
class Filters:
    year: int
    start: date | None = None
    end: date | None = None
    doc_type: str = ""
    unit: str = ""
    book: str = "other"


def iso_date(text):
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def read_filters(request, office, register):
    """The filters of the query string; what is not understood is ignored."""
    params = request.GET
    start, end = iso_date(params.get("tu", "")), iso_date(params.get("den", ""))
    try:
        year = int(params.get("nam", ""))
    except ValueError:
        year = (start or end or today(request)).year
    year = min(max(year, 1900), 9999)
    doc_type = params.get("loai", "")
    unit = params.get("don-vi", "")
    book = params.get("so", "other")
    return Filters(
        year=year,
        start=start,
        end=end,
        doc_type=doc_type if doc_type in DOCUMENT_TYPES else "",
        unit=unit if unit in {u.__name__ for u in office.units()} else "",
        book="incoming" if register.incoming else (book if book in BOOK_TITLES else "other"),
    )


def matching(request, entries, register, filters, sees_all=False):
    """The documents of `entries` ((key, document) in register order) that pass the
    filters and that the user may view (all of them when `sees_all`), read lazily."""
    for _key, doc in entries:
        day = getattr(doc, register.date_field)
        if filters.end is not None and day is not None and day > filters.end:
            # numbers are given day after day: the rest of the book is later still
            return
        if filters.start is not None and (day is None or day < filters.start):
            continue
        if filters.doc_type and doc.doc_type != filters.doc_type:
            continue
        if filters.unit and getattr(doc, register.unit_field) != filters.unit:
            continue
        if sees_all or request.has_permission("view", doc):
            yield doc


def entries_of(office, register, filters):
    tree = office.incoming_register if register.incoming else office.outgoing_register
    year, book = filters.year, filters.book
    return tree.items(min=(year, book, 0), max=(year, book, LAST_NUMBER))


def page_of(documents, page, size=PAGE_SIZE):
    """(the documents of page `page`, whether more follow), reading no further."""
    documents = iter(documents)
    rows = list(islice(documents, (page - 1) * size, page * size))
    return rows, next(documents, None) is not None


def type_and_summary(doc):
    kind = DOCUMENT_TYPES.get(doc.doc_type, "")
    return f"{kind}: {doc.title}" if kind else doc.title


def outgoing_cells(request, office, doc, cancelled):
    unit = office.get(doc.unit) if doc.unit else None
    authority = doc.signer_authority if doc.signer_authority in AUTHORITIES else ""
    signer = " ".join(filter(None, [authority, doc.signer_position]))
    agencies = (request.agency_by_uid(uid) for uid in doc.recipients)
    recipients = [a.title for a in agencies if a is not None]
    return {
        "so_ky_hieu": doc.symbol,
        "ngay_thang": format_date(doc.issued_on),
        "loai_va_trich_yeu": type_and_summary(doc),
        "nguoi_ky": ", ".join(filter(None, [signer, doc.signer_name])),
        "noi_nhan": "; ".join(filter(None, [*recipients, doc.recipients_text])),
        "don_vi_luu_ho_so": getattr(unit, "title", ""),
        "so_luong_ban": doc.copies,
        "ngay_chuyen": format_date(doc.dispatched_on),
        "ky_nhan": "",
        "ghi_chu": cancelled if doc.workflow_state == "cancelled" else "",
    }


def incoming_cells(request, office, doc):
    unit = office.get(doc.lead_unit) if doc.lead_unit else None
    user = request.root.principals.users.get(doc.assignee) if doc.assignee else None
    assignee = getattr(user, "name", "") or doc.assignee
    note = ""
    if doc.confidential:
        level = translate(request, CONFIDENTIALITY.get(doc.confidentiality, ""))
        note = f"{level}: {doc.holder}" if doc.holder else level
    return {
        "ngay_den": format_date(doc.received_on),
        "so_den": number_text(doc.number) if doc.number is not None else "",
        "tac_gia": doc.issuer_name,
        "so_ky_hieu": doc.source_symbol,
        "ngay_thang": format_date(doc.source_date),
        "loai_va_trich_yeu": type_and_summary(doc),
        "don_vi_hoac_nguoi_nhan": ", ".join(filter(None, [getattr(unit, "title", ""), assignee])),
        "ngay_chuyen": format_date(doc.handed_over_on),
        "ky_nhan": "",
        "ghi_chu": note,
    }


def cells_maker(request, office, register):
    if register.incoming:
        return lambda doc: incoming_cells(request, office, doc)
    cancelled = label(request, request.registry.workflows["outgoing"].states["cancelled"])
    return lambda doc: outgoing_cells(request, office, doc, cancelled)


def query_link(request, **changes):
    """This page's query string without the page number, with `changes`."""
    params = [(k, v) for k, v in request.GET.items() if k not in ("trang", *changes)]
    return "?" + urlencode([*params, *changes.items()])


def rows_html(request, register, docs, cells):
    """The table's body, written here rather than in the template: a register page has
    hundreds of cells and this is the page's hot loop. Every value is escaped."""
    out = []
    base = request.resource_path(request.context)  # the office: every row's container
    for doc in docs:
        values = cells(doc)
        out.append("<tr>")
        for name, _title in register.columns:
            text = escape(str(values[name]))
            if name == register.row_key:
                out.append(f'<th scope="row">{text}</th>')
            elif name == "loai_va_trich_yeu":
                href = child_href(base, doc)
                out.append(f'<td><a href="{href}">{text}</a></td>')
            else:
                out.append(f"<td>{text}</td>")
        out.append("</tr>")
    return "".join(out)


def csv_name(office, register, filters):
    book = "" if register.incoming else f"-{filters.book}"
    issuer = office.issuer.lower() or office.__name__
    return f"{register.view_name}-{issuer}-{filters.year}{book}.csv"


def register_view(context, request, register):
    request.response.cache_control.private = True
    filters = read_filters(request, context, register)
    sees_all = sees_every_document(request, context)
    entries = entries_of(context, register, filters)
    documents = matching(request, entries, register, filters, sees_all)
    cells = cells_maker(request, context, register)
    if request.GET.get("tai") == "csv":
        names = [name for name, _title in register.columns]
        rows = ({k: cell(v) for k, v in cells(doc).items()} for doc in documents)
        response = download(
            request, to_csv(rows, names), "text/csv", csv_name(context, register, filters)
        )
        response.cache_control.private = True
        return response
    page = page_number(request)
    docs, more = page_of(documents, page)
    return {
        "register": register,
        "page_title": translate(request, register.title),
        "columns": [(name, translate(request, title)) for name, title in register.columns],
        "rows_html": rows_html(request, register, docs, cells),
        "rows": docs,
        "filters": filters,
        "page": page,
        "previous_link": query_link(request, trang=page - 1) if page > 1 else None,
        "next_link": query_link(request, trang=page + 1) if more else None,
        "csv_link": query_link(request, tai="csv"),
        "types": list(DOCUMENT_TYPES.items()),
        "units": context.units(),
        "books": {k: translate(request, v) for k, v in BOOK_TITLES.items()},
        "book_title": "" if register.incoming else translate(request, BOOK_TITLES[filters.book]),
    }


@view_config(
    context=Office,
    name="so-van-ban-di",
    permission="view",
    renderer="portal:templates/office_register.pt",
    decorator=private_page,
)
def outgoing_register_view(context, request):
    return register_view(context, request, OUTGOING)


@view_config(
    context=Office,
    name="so-van-ban-den",
    permission="view",
    renderer="portal:templates/office_register.pt",
    decorator=private_page,
)
def incoming_register_view(context, request):
    return register_view(context, request, INCOMING)
