"""The traffic of official documents for the province's leadership: offices compared
for a year and one office (or all) month by month, as tables, SVG charts and CSV."""

from pyramid.view import view_config

from content_types.document import Intranet
from content_types.slug import sort_key

from ..charts import stacked_bars
from ..csvfile import to_csv
from ..i18n import translate
from ..intranet import traffic
from ..workdays import today as today_of
from .directory_io import download
from .format import format_number

CHART_ROWS = 25  # the busiest offices drawn; the table lists every one
GROUPS = {"co-quan": "office", "thang": "month"}
# Table and CSV columns after the row's title, in order.
COLUMNS = (
    "sent",
    "sent_electronic",
    "sent_paper",
    "received",
    "received_electronic",
    "received_paper",
    "share",
    "on_time",
    "late",
    "open",
    "overdue",
)
CSV_COLUMNS = (
    "nhom",
    "van_ban_di",
    "di_dien_tu",
    "di_giay",
    "van_ban_den",
    "den_dien_tu",
    "den_giay",
    "ty_le_dien_tu",
    "den_dung_han",
    "den_tre_han",
    "den_dang_giai_quyet",
    "den_dang_qua_han",
)


def share(figure):
    value = figure.electronic_share
    return "" if value is None else format_number(value, 1) + " %"


def cell(figure, column):
    """A column's value as the page shows it: 1.234, 62,5 %, — for no share."""
    if column == "share":
        return share(figure) or "—"
    return format_number(figure[column])


def chosen(request, data, today):
    years = sorted(set(traffic.years(data)) | {str(today.year)}, reverse=True)
    year = request.GET.get("nam", "")
    office = request.GET.get("co-quan", "")
    return {
        "year": year if year in years else years[0],
        "office": office if office in data.offices else "",
    }, years


def office_rows(data, year):
    totals = traffic.summarise(data, "office", year=year)
    rows = [
        {"key": name, "title": title, "figures": totals.get(name) or traffic.Figures()}
        for name, title in data.offices.items()
    ]
    rows.sort(key=lambda r: (-r["figures"].traffic, sort_key(r["title"])))
    return rows


def month_rows(data, year, office, today):
    """Every month of the year (up to this one in the current year), with or
    without documents, so a month with none reads 0 rather than going missing."""
    totals = traffic.summarise(data, "month", year=year, office=office)
    last = today.month if year == str(today.year) else 12
    months = {f"{year}-{m:02d}" for m in range(1, last + 1)} | set(totals)
    return [
        {"key": m, "title": f"{m[5:]}/{m[:4]}", "figures": totals.get(m) or traffic.Figures()}
        for m in sorted(months)
    ]


def chart(request, rows, title, description):
    legend = [
        (translate(request, "Điện tử"), "s-electronic", "#1b7f3b"),
        (translate(request, "Bản giấy"), "s-paper", "#7f8fa6"),
    ]
    data = [(r["title"], [r["figures"].electronic, r["figures"].paper]) for r in rows]
    return stacked_bars(
        data, legend, title=title, description=description, unit=translate(request, "văn bản")
    )


@view_config(
    context=Intranet,
    name="luu-luong",
    permission="view traffic",
    renderer="portal:templates/traffic.pt",
)
def traffic_view(context, request):
    request.response.cache_control.private = True
    today = today_of(request)
    data = traffic.all_traffic(request, today)
    filters, years = chosen(request, data, today)
    year, office = filters["year"], filters["office"]
    offices = office_rows(data, year)
    months = month_rows(data, year, office, today)
    group = GROUPS.get(request.GET.get("nhom"), "office")
    if request.GET.get("tai") == "csv":
        rows = offices if group == "office" else months
        name = f"luu-luong-{'co-quan' if group == 'office' else 'thang'}-{year}"
        if group == "month" and office:
            name += f"-{office}"
        return csv_response(request, rows, name + ".csv")

    scope = data.offices[office] if office else translate(request, "Tất cả cơ quan")
    by_office = translate(request, "Theo cơ quan")
    by_month = translate(request, "Theo tháng") + " — " + scope
    described = translate(
        request,
        "Số văn bản đi và đến, gửi nhận qua mạng và bằng bản giấy; "
        "bảng bên dưới ghi đủ các con số.",
    )
    busiest = described
    if len(offices) > CHART_ROWS:
        busiest += " " + translate(
            request, "Biểu đồ vẽ ${count} cơ quan có nhiều văn bản nhất.", count=CHART_ROWS
        )
    tables = [
        {
            "id": "ll-co-quan",
            "group": "co-quan",
            "title": by_office,
            "first": translate(request, "Cơ quan"),
            "rows": offices,
            "chart": chart(request, offices[:CHART_ROWS], f"{by_office} — {year}", busiest),
        },
        {
            "id": "ll-thang",
            "group": "thang",
            "title": by_month,
            "first": translate(request, "Tháng"),
            "rows": months,
            "chart": chart(request, months, f"{by_month} — {year}", described),
        },
    ]
    for table in tables:
        table["total"] = traffic.total(r["figures"] for r in table["rows"])
    return {
        "tables": tables,
        "years": years,
        "filters": filters,
        "office_options": sorted(data.offices.items(), key=lambda o: sort_key(o[1])),
        "columns": COLUMNS,
        "cell": cell,
        "page_title": translate(request, "Lưu lượng văn bản đi, đến"),
    }


def csv_response(request, rows, filename):
    records = []
    for row in rows:
        figure = row["figures"]
        values = [share(figure) if c == "share" else figure[c] for c in COLUMNS]
        records.append(dict(zip(CSV_COLUMNS, [row["title"], *values], strict=True)))
    response = download(request, to_csv(records, CSV_COLUMNS), "text/csv", filename)
    response.cache_control.private = True
    return response
