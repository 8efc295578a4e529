"""Server-side SVG charts: well-formed, accessible, proportional and escaped."""

import pytest
from lxml import etree

from portal.charts import format_number, stacked_bars

NS = {"s": "http://www.w3.org/2000/svg"}
LEGEND = [
    ("Đúng hạn", "on-time", "#2e7d32"),
    ("Trễ hạn", "late", "#c62828"),
]


def render(rows, legend=LEGEND, **kwargs):
    kwargs.setdefault("title", "Hồ sơ theo cơ quan")
    kwargs.setdefault("description", "Số hồ sơ đúng hạn và trễ hạn của từng cơ quan.")
    markup = stacked_bars(rows, legend, **kwargs)
    assert hasattr(markup, "__html__")
    return etree.fromstring(str(markup))


def segments(svg):
    """Bar segments: the rects that carry a <title> (legend swatches have none)."""
    return svg.xpath("s:rect[s:title]", namespaces=NS)


def texts(svg):
    return [el.xpath("string(text())") for el in svg.xpath("s:text", namespaces=NS)]


def test_accessible_names_point_at_title_and_desc():
    svg = render([("Sở Tư pháp", [3, 1])])
    assert svg.get("role") == "img"
    assert svg.get("width") == "100%"
    assert svg.get("viewBox").startswith("0 0 720 ")
    assert "sans-serif" in svg.get("font-family")
    title_id, desc_id = svg.get("aria-labelledby").split()
    assert svg.xpath("s:title[@id=$id]/text()", id=title_id, namespaces=NS) == [
        "Hồ sơ theo cơ quan"
    ]
    assert svg.xpath("s:desc[@id=$id]/text()", id=desc_id, namespaces=NS) == [
        "Số hồ sơ đúng hạn và trễ hạn của từng cơ quan."
    ]
    assert title_id.startswith("chart-")


def test_each_call_gets_its_own_ids():
    first = render([("A", [1, 1])]).get("aria-labelledby")
    second = render([("A", [1, 1])]).get("aria-labelledby")
    assert first != second


def test_legend_has_swatch_and_name_per_series():
    svg = render([("A", [1, 1])])
    swatches = svg.xpath("s:rect[not(s:title)]", namespaces=NS)
    assert [(s.get("class"), s.get("fill")) for s in swatches] == [
        ("on-time", "#2e7d32"),
        ("late", "#c62828"),
    ]
    assert "Đúng hạn" in texts(svg) and "Trễ hạn" in texts(svg)


def test_widths_are_proportional_and_largest_total_spans_plot():
    svg = render([("A", [30, 0]), ("B", [10, 0])], label_width=200, width=700)
    a, b = segments(svg)
    assert float(a.get("width")) == pytest.approx(3 * float(b.get("width")), rel=1e-3)
    # The plot ends where room for the longest total ("30": 2 characters) begins.
    plot_width = 700 - 200 - (6 + 2 * 7 + 8)
    assert float(a.get("width")) == pytest.approx(plot_width)
    assert float(a.get("x")) == float(b.get("x")) == 200


def test_segments_follow_legend_order_and_stack():
    svg = render([("Sở Y tế", [6, 2])])
    on_time, late = segments(svg)
    assert (on_time.get("class"), on_time.get("fill")) == ("on-time", "#2e7d32")
    assert (late.get("class"), late.get("fill")) == ("late", "#c62828")
    assert float(late.get("x")) == pytest.approx(
        float(on_time.get("x")) + float(on_time.get("width")), abs=0.01
    )
    assert on_time.findtext("s:title", namespaces=NS) == "Sở Y tế — Đúng hạn: 6"
    assert late.findtext("s:title", namespaces=NS) == "Sở Y tế — Trễ hạn: 2"
    assert "8" in texts(svg)


def test_zero_row_keeps_label_and_shows_zero():
    svg = render([("Sở Y tế", [5, 5]), ("Sở Xây dựng", [0, 0])])
    assert all("Sở Xây dựng" not in s.findtext("s:title", namespaces=NS) for s in segments(svg))
    assert len(segments(svg)) == 2
    assert "Sở Xây dựng" in texts(svg)
    assert "0" in texts(svg)


def test_all_rows_zero_draws_no_segments():
    svg = render([("A", [0, 0]), ("B", [0, 0])])
    assert segments(svg) == []
    assert texts(svg).count("0") == 2


def test_labels_are_escaped():
    label = 'Sở <Tư pháp> & "Hộ tịch"'
    svg = render([(label, [1, 2])], title="A < B & C", description='"trích"')
    assert label in texts(svg)
    assert segments(svg)[0].findtext("s:title", namespaces=NS) == f"{label} — Đúng hạn: 1"
    assert svg.findtext("s:title", namespaces=NS) == "A < B & C"


def test_long_label_is_shortened_but_kept_whole_in_titles():
    label = "Ban Quản lý các khu công nghiệp và khu kinh tế tỉnh Hòa Bình Xanh"
    svg = render([(label, [4, 1])])
    shown = [t for t in texts(svg) if t.startswith("Ban Quản lý")]
    assert len(shown) == 1 and shown[0].endswith("…") and len(shown[0]) < len(label)
    assert all(
        s.findtext("s:title", namespaces=NS).startswith(label + " — ") for s in segments(svg)
    )


def test_height_grows_with_rows():
    def height(svg):
        return float(svg.get("viewBox").split()[3])

    one = render([("A", [1, 1])])
    three = render([("A", [1, 1]), ("B", [1, 1]), ("C", [1, 1])])
    assert height(three) - height(one) == 2 * 28


def test_vietnamese_numbers():
    assert format_number(1234) == "1.234"
    assert format_number(1234567) == "1.234.567"
    assert format_number(12.5, 1) == "12,5"
    svg = render([("A", [1000, 234]), ("B", [10, 2.5])], unit="hồ sơ")
    assert "1.234 hồ sơ" in texts(svg)
    assert "12,5 hồ sơ" in texts(svg)
    assert segments(svg)[-1].findtext("s:title", namespaces=NS) == "B — Trễ hạn: 2,5 hồ sơ"


def test_empty_rows():
    svg = render([])
    assert texts(svg) == ["Chưa có số liệu"]
    assert svg.get("aria-labelledby")
    assert segments(svg) == []


def test_negative_value_is_rejected():
    with pytest.raises(ValueError):
        stacked_bars([("A", [1, -1])], LEGEND, title="t", description="d")


def test_longest_total_fits_inside_the_chart():
    svg = render([("A", [1000, 234.5]), ("B", [1, 0])], unit="hồ sơ", width=600)
    total = [t for t in svg.xpath("s:text", namespaces=NS) if t.text == "1.234,5 hồ sơ"][0]
    assert float(total.get("x")) + len(total.text) * 7 <= 600
