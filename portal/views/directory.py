"""The public directory: the tree of agencies, filters and name search, each
agency's card (which is also its sub-site's home page), contacts, print."""

from datetime import date

from pyramid.authorization import Everyone
from pyramid.renderers import render
from pyramid.response import Response
from pyramid.view import view_config

from content_types import Agency, Contact, Directory
from content_types.agency import KINDS
from content_types.slug import fold, sort_key

from ..cache import fragment
from ..catalog import queries
from ..i18n import translate
from ..services import procedures_of
from .content import item_info

KIND_ORDER = ("department", "district", "other", "commune")


def _row(request, agency, district):
    return {
        "uid": agency.uid,
        "title": agency.title,
        "short_name": agency.short_name,
        "kind": agency.kind,
        "code": agency.code,
        "url": request.resource_path(agency),
        "address": agency.address,
        "phone": agency.phone,
        "fax": agency.fax,
        "email": agency.email,
        "head": ", ".join(filter(None, [agency.head_position, agency.head_name])),
        "district": district,
        "words": tuple(fold(f"{agency.title} {agency.short_name}").split()),
        "key": sort_key(agency.title),
    }


def _build_rows(request):
    catalog = queries.catalog_of(request)
    # Agencies have no workflow: everyone may view them. Taking only those the
    # catalog lists as public keeps this shared list right for every visitor.
    docids = queries._intersect(
        queries.docids_with(catalog["type"], ["Agency"]),
        queries.docids_with(catalog["allowed"], [Everyone]),
    )
    rows = []
    for agency in catalog.resolve(docids):
        parent = agency.__parent__
        district = parent.code if isinstance(parent, Agency) else ""
        rows.append(_row(request, agency, district))
    rows.sort(key=lambda r: r["key"])
    return rows


def agency_rows(request):
    """Plain data of every agency, built once per change of the site and shared."""
    return fragment(request, "directory-rows", lambda: _build_rows(request))


def agency_titles(request):
    """uid → (title, sort key) of every agency, shared like the rows it comes from."""
    return fragment(
        request,
        "agency-titles",
        lambda: {r["uid"]: (r["title"], r["key"]) for r in agency_rows(request)},
    )


def kind_titles(request):
    return {k: translate(request, v) for k, v in KINDS.items()}


def directory_filters(request):
    """The query string's filters, cleaned: (q, kind, district code)."""
    q = request.GET.get("q", "").strip()[:100]
    kind = request.GET.get("loai", "")
    district = request.GET.get("huyen", "")
    return q, kind if kind in KINDS else "", district[:60]


def select_rows(rows, q, kind, district):
    words = fold(q).split()
    found = []
    for row in rows:
        if kind and row["kind"] != kind:
            continue
        if district and row["district"] != district and row["code"] != district:
            continue
        if words and not all(any(n.startswith(w) for n in row["words"]) for w in words):
            continue  # every word typed begins a word of the name
        found.append(row)
    return found


def tree(rows):
    """Departments, districts (each with its communes), other agencies."""
    communes = {}
    for row in rows:
        if row["kind"] == "commune":
            communes.setdefault(row["district"], []).append(row)
    groups = {kind: [] for kind in KIND_ORDER}
    for row in rows:
        if row["kind"] == "commune" and row["district"]:
            continue
        groups[row["kind"]].append(dict(row, children=communes.get(row["code"], [])))
    return [(kind, groups[kind]) for kind in KIND_ORDER if groups[kind]]


def listing_values(request, context):
    rows = agency_rows(request)
    if isinstance(context, Agency):  # one branch: the agency and what lies below it
        rows = [r for r in rows if r["uid"] == context.uid or r["district"] == context.code]
    q, kind, district = directory_filters(request)
    filtering = bool(q or kind or district)
    selected = select_rows(rows, q, kind, district) if filtering else rows
    districts = [(r["code"], r["title"]) for r in agency_rows(request) if r["kind"] == "district"]
    return {
        "q": q,
        "kind": kind,
        "district": district,
        "filtering": filtering,
        "results": selected,
        "groups": tree(selected) if not filtering else [],
        "districts": districts,
        "kinds": kind_titles(request),
        "total": len(selected),
    }


def tree_html(request, values):
    """The whole tree, rendered once per change and language: the same for everyone."""
    return fragment(
        request,
        "directory-tree-html",
        lambda: render("portal:templates/directory_tree.pt", values, request=request),
    )


@view_config(context=Directory, permission="view", renderer="portal:templates/directory.pt")
def directory_view(context, request):
    values = listing_values(request, context)
    values["info"] = item_info(request, context)
    values["tree_html"] = "" if values["filtering"] else tree_html(request, values)
    return values


PRINT = "portal:templates/directory_print.pt"


@view_config(context=Directory, name="in", permission="view")
@view_config(context=Agency, name="in", permission="view")
def print_view(context, request):
    """The printable list; the whole directory's is rendered once per change and day."""

    def build():
        values = listing_values(request, context)
        if not values["filtering"]:  # the tree's order: each district followed by its communes
            values["results"] = [
                row
                for _kind, rows in values["groups"]
                for parent in rows
                for row in [parent, *parent["children"]]
            ]
        values["page_title"] = translate(request, "Danh bạ cơ quan — bản in")
        return render(PRINT, values, request=request)

    if isinstance(context, Directory) and not request.GET:
        body = fragment(request, f"directory-print-{date.today()}", build)
    else:
        body = build()
    return Response(body, content_type="text/html", charset="utf-8")


@view_config(context=Agency, permission="view", renderer="portal:templates/agency.pt")
def agency_view(context, request):
    """The agency's card and the home page of its sub-site."""
    news = queries.recent(request, types=("NewsItem",), path=context, limit=6)
    sub_agencies = sorted(context.sub_agencies(), key=lambda a: sort_key(a.title))
    return {
        "info": item_info(request, context),
        "kind_title": kind_titles(request).get(context.kind, ""),
        "contacts": context.contacts(),
        "sub_agencies": sub_agencies,
        "news": news,
        "procedures": procedures_of(request, context),
    }


@view_config(context=Contact, permission="view", renderer="portal:templates/contact.pt")
def contact_view(context, request):
    return {"info": item_info(request, context)}
