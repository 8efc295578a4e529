"""The public-service catalog for citizens: the filtered list of procedures, each
procedure's page, and the whole catalog as open data."""

import json

from BTrees.LFBTree import LFSet, intersection
from pyramid.view import view_config

from content_types import Procedure, ServiceCatalog
from content_types.service import CHANNELS, LEVELS, ONLINE_LEVELS, ONLINE_SCOPES
from content_types.slug import sort_key

from ..catalog import SearchError, queries
from ..csvfile import cell, to_csv
from ..directory import agency_by_uid
from ..i18n import translate
from .content import item_info, page_number
from .directory import agency_titles
from .directory_io import download

# Filter → its query-string name.
FILTERS = {"field": "linh-vuc", "level": "cap", "agency": "co-quan", "online": "truc-tuyen"}
PAGE_SIZE = 20


def chosen_filters(request):
    found = {}
    for group, param in FILTERS.items():
        value = request.GET.get(param, "").strip()[:200]
        if value:
            found[group] = value
    return found


def facet_values(index, group):
    """Every value the facets index holds for `group` (keys are "group:value")."""
    prefix = f"{group}:"
    forward = index._fwd_index
    return [k[len(prefix) :] for k in forward.keys(min=prefix, max=prefix + "\uffff")]


def option_title(request, group, value, agencies):
    if group == "level":
        return translate(request, LEVELS.get(value, value))
    if group == "online":
        return translate(request, ONLINE_SCOPES.get("" if value == "none" else value, value))
    if group == "agency":
        found = agencies.get(value)
        return found[0] if found is not None else None
    return value


def procedure_search(request, context):
    """The page of procedures matching the filters, and each filter's options with
    how many procedures each would leave, given the other filters."""
    catalog = queries.catalog_of(request)
    facets = catalog["facets"]
    base = queries.filtered(request, parent=context, types=["Procedure"])
    q = request.GET.get("q", "").strip()[:200]
    error = ""
    if q:
        try:
            _phrase, scores = catalog.text_scores(q)
        except SearchError as e:
            error, scores = translate(request, e.args[0]), {}
        base = intersection(base, LFSet(scores))
    chosen = chosen_filters(request)
    sets = {g: queries.docids_with(facets, [f"{g}:{v}"]) for g, v in chosen.items()}
    groups = []
    agencies = agency_titles(request)
    for group in FILTERS:
        others = queries._intersect(base, *[s for g, s in sets.items() if g != group])
        options = []
        for value in facet_values(facets, group):
            count = len(intersection(others, queries.docids_with(facets, [f"{group}:{value}"])))
            title = option_title(request, group, value, agencies)
            if title is not None and (count or chosen.get(group) == value):
                options.append({"value": value, "title": title, "count": count})
        options.sort(key=lambda o: sort_key(o["title"]))
        groups.append({"group": group, "param": FILTERS[group], "options": options})
    found = queries._intersect(base, *sets.values())
    listing = queries._page_of(
        catalog, found, "sortable_title", False, page_number(request), PAGE_SIZE
    )
    return {"q": q, "error": error, "chosen": chosen, "groups": groups, "listing": listing}


@view_config(context=ServiceCatalog, permission="view", renderer="portal:templates/services.pt")
def catalog_view(context, request):
    values = procedure_search(request, context)
    values["info"] = item_info(request, context)
    values["group_titles"] = {
        "field": translate(request, "Lĩnh vực"),
        "level": translate(request, "Cấp thực hiện"),
        "agency": translate(request, "Cơ quan thực hiện"),
        "online": translate(request, "Dịch vụ công trực tuyến"),
    }
    values["scope_titles"] = {k: translate(request, v) for k, v in ONLINE_SCOPES.items()}
    values["level_titles"] = {k: translate(request, v) for k, v in LEVELS.items()}
    return values


def agencies(request, uids):
    return [a for a in (agency_by_uid(request, uid) for uid in uids) if a is not None]


def json_ld(request, procedure, executing):
    """schema.org GovernmentService for search engines; safe inside a script tag."""
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": procedure.title,
        "identifier": procedure.code,
        "description": procedure.description or procedure.result,
        "serviceType": procedure.field,
        "url": request.resource_url(procedure),
        "areaServed": {
            "@type": "AdministrativeArea",
            "name": request.registry.settings.get("portal.title", ""),
        },
        "provider": [
            {
                "@type": "GovernmentOrganization",
                "name": a.title,
                "url": request.resource_url(a),
                **({"email": a.email} if a.email else {}),
            }
            for a in executing
        ],
        "availableChannel": [
            {
                "@type": "ServiceChannel",
                "name": translate(request, CHANNELS.get(c["channel"], c["channel"])),
                "processingTime": f"P{c['days']}D",
                **(
                    {"serviceUrl": request.resource_url(procedure, "@@nop-truc-tuyen")}
                    if c["channel"] == "online" and procedure.accepts_online
                    else {}
                ),
            }
            for c in procedure.channels
        ],
    }
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


@view_config(context=Procedure, permission="view", renderer="portal:templates/procedure.pt")
def procedure_view(context, request):
    executing = agencies(request, context.executing)
    templates = {f.__name__: f for f in context.templates()}
    return {
        "info": item_info(request, context),
        "level_title": translate(request, LEVELS.get(context.level, "")),
        "scope_title": translate(request, ONLINE_SCOPES.get(context.online_scope, "")),
        "level4_title": translate(request, ONLINE_LEVELS.get(context.online_level, "")),
        "channel_titles": {k: translate(request, v) for k, v in CHANNELS.items()},
        "deciding": agency_by_uid(request, context.deciding),
        "desk": agency_by_uid(request, context.desk),
        "executing": executing,
        "coordinating": agencies(request, context.coordinating),
        "templates": templates,
        "json_ld": json_ld(request, context, executing),
    }


# Open data: one row per procedure.
COLUMNS = (
    "ma",
    "ten",
    "cap",
    "linh_vuc",
    "co_quan_thuc_hien",
    "muc_do",
    "dich_vu_truc_tuyen",
    "thoi_han_ngay_lam_viec",
    "phi",
    "quyet_dinh_cong_bo",
    "duong_dan",
)


def open_records(request, context):
    catalog = queries.catalog_of(request)
    found = queries.filtered(request, parent=context, types=["Procedure"])
    procedures = sorted(catalog.resolve(found), key=lambda p: p.code)
    titles = {}

    def names(uids):
        for uid in uids:
            if uid not in titles:
                agency = agency_by_uid(request, uid)
                titles[uid] = agency.title if agency else ""
        return [titles[uid] for uid in uids if titles[uid]]

    for p in procedures:
        yield (
            p,
            {
                "ma": p.code,
                "ten": p.title,
                "cap": translate(request, LEVELS.get(p.level, "")),
                "linh_vuc": p.field,
                "co_quan_thuc_hien": names(p.executing),
                "muc_do": p.online_level,
                "dich_vu_truc_tuyen": translate(request, ONLINE_SCOPES.get(p.online_scope, "")),
                "thoi_han_ngay_lam_viec": p.time_limit(),
                "phi": [c["fee"] for c in p.channels],
                "quyet_dinh_cong_bo": p.decision,
                "duong_dan": request.resource_url(p),
            },
        )


@view_config(context=ServiceCatalog, name="csv", permission="view")
def catalog_csv(context, request):
    rows = []
    for _p, record in open_records(request, context):
        record = dict(record)
        record["co_quan_thuc_hien"] = "; ".join(record["co_quan_thuc_hien"])
        record["phi"] = "; ".join(dict.fromkeys(record["phi"]))
        rows.append({k: cell(v) for k, v in record.items()})
    return download(request, to_csv(rows, COLUMNS), "text/csv", "thu-tuc-hanh-chinh.csv")


@view_config(context=ServiceCatalog, name="json", permission="view")
def catalog_json(context, request):
    records = []
    for p, record in open_records(request, context):
        record["cach_thuc"] = [dict(c) for c in p.channels]
        record["thanh_phan_ho_so"] = [
            {k: v for k, v in paper.items() if k != "template"} for paper in p.papers
        ]
        record["can_cu_phap_ly"] = [dict(law) for law in p.legal_basis]
        record["truong_hop"] = [
            {"ten": c["name"], "thoi_han": c["days"], "thanh_phan_ho_so": c["papers"]}
            for c in p.cases
        ]
        records.append(record)
    body = json.dumps(records, ensure_ascii=False, indent=1, default=str)
    return download(request, body, "application/json", "thu-tuc-hanh-chinh.json")
