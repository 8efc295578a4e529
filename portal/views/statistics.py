"""The province's published timeliness figures: tables, SVG charts and CSV."""

from datetime import date

from pyramid.view import view_config

from content_types import Portal
from content_types.application import TIMELINESS
from content_types.slug import sort_key

from ..charts import stacked_bars
from ..csvfile import to_csv
from ..directory import agency_by_uid
from ..i18n import translate
from ..services import statistics
from .directory_io import download
from .format import format_number

# Colours of the chart's series (finished early, on time, late; open in time, overdue).
SERIES = (
    ("early", "s-early", "#1b7f3b"),
    ("on_time", "s-on-time", "#6cb36f"),
    ("late", "s-late", "#c0392b"),
    ("pending", "s-pending", "#7f8fa6"),
    ("overdue", "s-overdue", "#e67e22"),
)
CSV_COLUMNS = (
    "nhom",
    "tiep_nhan",
    "truoc_han",
    "dung_han",
    "tre_han",
    "dang_giai_quyet",
    "dang_qua_han",
    "da_dung",
    "ty_le_dung_han",
)


def chosen(request, figures):
    years = statistics.years(figures) or [str(date.today().year)]
    year = request.GET.get("nam", "")
    return {
        "year": year if year in years else years[0],
        "agency": request.GET.get("co-quan", "")[:40],
        "field_name": request.GET.get("linh-vuc", "")[:200],
    }, years


def rows_for(request, totals, group):
    rows = []
    for key, figure in totals.items():
        if group == "agency":
            agency = agency_by_uid(request, key)
            title = agency.title if agency is not None else translate(request, "Cơ quan khác")
        elif group == "month":
            title = f"{key[5:]}/{key[:4]}"
        else:
            title = key or translate(request, "Chưa phân loại")
        rows.append({"key": key, "title": title, "figures": figure})
    if group == "month":
        rows.sort(key=lambda r: r["key"])
    else:
        rows.sort(key=lambda r: (-r["figures"]["received"], sort_key(r["title"])))
    return rows


def chart(request, rows, title):
    legend = [(translate(request, TIMELINESS[m]), css, colour) for m, css, colour in SERIES]
    data = [(r["title"], [r["figures"][m] for m, _c, _x in SERIES]) for r in rows]
    return stacked_bars(
        data,
        legend,
        title=title,
        description=translate(
            request, "Số hồ sơ theo kết quả giải quyết; bảng bên dưới ghi đủ các con số."
        ),
        unit=translate(request, "hồ sơ"),
    )


def share(figure):
    value = figure.on_time_share
    return "" if value is None else format_number(value, 1) + " %"


@view_config(
    context=Portal,
    name="thong-ke",
    permission="view statistics",
    renderer="portal:templates/statistics.pt",
)
def statistics_view(context, request):
    figures = statistics.all_figures(request)
    filters, years = chosen(request, figures)
    tables = []
    for group, title in (
        ("agency", "Theo cơ quan giải quyết"),
        ("month", "Theo tháng"),
        ("field", "Theo lĩnh vực"),
    ):
        rows = rows_for(request, statistics.summarise(figures, group, **filters), group)
        if request.GET.get("tai") == "csv" and request.GET.get("nhom", "agency") == group:
            return csv_response(request, rows, group, filters["year"])
        title = translate(request, title)
        shown = rows[:25] if group != "month" else rows
        tables.append(
            {"group": group, "title": title, "rows": rows, "chart": chart(request, shown, title)}
        )
    agencies = rows_for(
        request, statistics.summarise(figures, "agency", year=filters["year"]), "agency"
    )
    fields = sorted(
        statistics.summarise(figures, "field", year=filters["year"]), key=lambda f: sort_key(f)
    )
    return {
        "tables": tables,
        "years": years,
        "filters": filters,
        "agency_options": [(r["key"], r["title"]) for r in agencies],
        "field_options": [f for f in fields if f],
        "measures": statistics.MEASURES,
        "measure_titles": {
            "received": translate(request, "Tiếp nhận"),
            **{k: translate(request, v) for k, v in TIMELINESS.items()},
        },
        "share": share,
        "page_title": translate(request, "Thống kê giải quyết hồ sơ"),
    }


def csv_response(request, rows, group, year):
    records = [
        dict(
            zip(
                CSV_COLUMNS,
                [r["title"], *[r["figures"][m] for m in statistics.MEASURES], share(r["figures"])],
                strict=True,
            )
        )
        for r in rows
    ]
    return download(
        request, to_csv(records, CSV_COLUMNS), "text/csv", f"thong-ke-{group}-{year}.csv"
    )
