"""An office's audit log: every step, number and assignment, newest first, read a
page at a time, and the whole log as CSV. There is no view that changes it."""

from pyramid.view import view_config

from content_types.document import Office

from ..csvfile import cell, to_csv
from ..i18n import label, translate
from .content import page_number
from .directory_io import download
from .format import format_datetime

PAGE_SIZE = 100
COLUMNS = ("thoi_diem", "nguoi_thuc_hien", "thao_tac", "so_ky_hieu", "trich_yeu", "ghi_chu")


def action_titles(request):
    titles = {}
    for name in ("outgoing", "incoming"):
        for t in request.registry.workflows[name].transitions.values():
            titles.setdefault(t.id, label(request, t))
    return titles


def newest_first(log, start, count):
    """Entries `start` … `start + count` counted from the newest, without reading the rest."""
    keys = log.keys()
    total = len(keys)
    for i in range(start, min(total, start + count)):
        yield log[keys[total - 1 - i]]


@view_config(
    context=Office, name="nhat-ky", permission="view audit", renderer="portal:templates/audit.pt"
)
def audit_view(context, request):
    request.response.cache_control.private = True
    titles = action_titles(request)
    if request.GET.get("tai") == "csv":
        rows = [
            dict(
                zip(
                    COLUMNS,
                    [format_datetime(e[0]), e[1], titles.get(e[2], e[2]), e[5], e[4], e[6]],
                    strict=True,
                )
            )
            for e in context.audit.values()
        ]
        rows = [{k: cell(v) for k, v in r.items()} for r in rows]
        return download(
            request, to_csv(rows, COLUMNS), "text/csv", f"nhat-ky-{context.__name__}.csv"
        )
    page = page_number(request)
    entries = list(newest_first(context.audit, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1))
    return {
        "entries": entries[:PAGE_SIZE],
        "more": len(entries) > PAGE_SIZE,
        "page": page,
        "titles": titles,
        "page_title": translate(request, "Nhật ký thao tác — ${office}", office=context.title),
    }
