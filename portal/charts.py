"""Charts drawn on the server as inline, accessible SVG that needs no JavaScript or external files."""

import uuid
from html import escape

# Chameleon renders a str with __html__ as markup; markupsafe is not a dependency here.
from chameleon.utils import Markup

from portal.views.format import format_number

__all__ = ["format_number", "stacked_bars"]

SVG_NS = "http://www.w3.org/2000/svg"
MARGIN = 8
ROW_HEIGHT = 28
BAR_HEIGHT = 18
LEGEND_HEIGHT = 20
SWATCH = 12
TOTAL_GAP = 6  # between a bar and its total
# The server has no font metrics, so text widths are estimated from an average
# character width of 13px sans-serif.
CHAR_WIDTH = 7
EMPTY_TEXT = "Chưa có số liệu"


def _number(value):
    """Whole numbers without decimals, others with one: 1.234 and 12,5."""
    return format_number(value, 0 if round(value, 1) == round(value) else 1)


def _coord(value):
    return f"{round(value, 2):g}"


def _shorten(text, width):
    limit = max(1, int(width // CHAR_WIDTH))
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def _legend(legend, width):
    """Swatches and names flowing left to right, wrapping; returns the parts and the y below them."""
    parts, x, y = [], MARGIN, MARGIN
    for name, css_class, colour in legend:
        item_width = SWATCH + 6 + len(name) * CHAR_WIDTH + 16
        if x > MARGIN and x + item_width > width - MARGIN:
            x, y = MARGIN, y + LEGEND_HEIGHT
        parts.append(
            f'<rect x="{x}" y="{y + 2}" width="{SWATCH}" height="{SWATCH}"'
            f' class="{escape(css_class)}" fill="{escape(colour)}"/>'
            f'<text x="{x + SWATCH + 6}" y="{y + 13}">{escape(name)}</text>'
        )
        x += item_width
    return parts, y + LEGEND_HEIGHT


def stacked_bars(rows, legend, *, title, description, unit="", label_width=220, width=720):
    """One horizontal bar per row, split into the series of `legend`, all on one scale."""
    totals = []
    for label, values in rows:
        if len(values) != len(legend):
            raise ValueError(f"{label!r}: {len(values)} values for {len(legend)} series")
        if any(value < 0 for value in values):
            raise ValueError(f"{label!r}: negative value")
        totals.append(sum(values))

    chart_id = f"chart-{uuid.uuid4().hex[:12]}"
    suffix = f" {unit}" if unit else ""
    parts = [
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>'
    ]

    if not rows:
        height = 48
        parts.append(
            f'<text x="{_coord(width / 2)}" y="28" text-anchor="middle">{EMPTY_TEXT}</text>'
        )
    else:
        legend_parts, top = _legend(legend, width)
        parts += legend_parts
        top += MARGIN
        height = top + len(rows) * ROW_HEIGHT + MARGIN
        total_texts = [_number(total) + suffix for total in totals]
        # Leave room after the longest bar for the longest total.
        total_space = TOTAL_GAP + max(map(len, total_texts)) * CHAR_WIDTH + MARGIN
        plot_width = width - label_width - total_space
        scale = plot_width / max(totals) if max(totals) else 0
        for index, ((label, values), total_text) in enumerate(zip(rows, total_texts, strict=True)):
            y = top + index * ROW_HEIGHT
            bar_y = y + (ROW_HEIGHT - BAR_HEIGHT) / 2
            shown = _shorten(label, label_width - 2 * MARGIN)
            # A shortened label keeps the full one as its tooltip.
            tip = f"<title>{escape(label)}</title>" if shown != label else ""
            parts.append(
                f'<text x="{label_width - MARGIN}" y="{y + 18}" text-anchor="end">'
                f"{tip}{escape(shown)}</text>"
            )
            x = label_width
            for value, (name, css_class, colour) in zip(values, legend, strict=True):
                if not value:
                    continue
                segment = value * scale
                parts.append(
                    f'<rect x="{_coord(x)}" y="{_coord(bar_y)}" width="{_coord(segment)}"'
                    f' height="{BAR_HEIGHT}" class="{escape(css_class)}" fill="{escape(colour)}">'
                    f"<title>{escape(label)} — {escape(name)}: {_number(value)}{escape(suffix)}"
                    "</title></rect>"
                )
                x += segment
            parts.append(
                f'<text x="{_coord(x + TOTAL_GAP)}" y="{y + 18}" class="chart-total">'
                f"{escape(total_text)}</text>"
            )

    opening = (
        f'<svg xmlns="{SVG_NS}" role="img" aria-labelledby="{chart_id}-title {chart_id}-desc"'
        f' viewBox="0 0 {width} {height}" width="100%" font-family="sans-serif" font-size="13">'
    )
    return Markup(opening + "".join(parts) + "</svg>")
