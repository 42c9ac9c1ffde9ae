"""The report's and the notebook's charts, drawn with matplotlib's object API (no pyplot, no
display needed), and written as inline SVG for the HTML report or PNG for the README.
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import Iterable

import matplotlib
import pandas as pd
from matplotlib import font_manager
from matplotlib.figure import Figure

FONT_FAMILIES = ("DejaVu Sans", "Liberation Sans", "sans-serif")
FALLBACK_FONT = "DejaVu Sans"  # shipped with matplotlib: always there


def installed_fonts(families: Iterable[str]) -> list[str]:
    """The ``families`` matplotlib finds on this machine, else its own font: a family it cannot
    find makes it log a findfont warning for every piece of text it draws."""
    found = []
    for family in families:
        try:
            font_manager.findfont(font_manager.FontProperties(family=[family]), fallback_to_default=False)
        except ValueError:
            continue
        found.append(family)
    return found or [FALLBACK_FONT]


# Labels are names from untrusted text: "$" must not start mathtext; SVG text stays text (small,
# searchable, rendered in the page's font); spines only where they carry information.
STYLE = {"text.parse_math": False, "font.size": 9, "axes.spines.top": False, "axes.spines.right": False,
         "font.family": installed_fonts(FONT_FAMILIES)}
WIDTH = 5.6  # inches: two charts side by side on a laptop screen
LABEL_CHARS = 38  # longer names are cut with an ellipsis


def _short(label: object) -> str:
    text = str(label)
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS - 1] + "…"


def _empty(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#777777")
    ax.set_axis_off()


def bar_chart(values: pd.Series, title: str, colour: str | list[str] = "#7aecec", xlabel: str = "mentions",
              empty: str = "nothing found in this output") -> Figure:
    """Horizontal bars, the largest on top: ``values`` indexed by name (a name per bar); the
    ``empty`` message instead when there are none."""
    with matplotlib.rc_context(STYLE):
        figure = Figure(figsize=(WIDTH, 0.8 + 0.27 * max(len(values), 3)), layout="constrained")
        ax = figure.add_subplot()
        ax.set_title(title, loc="left", fontweight="bold")
        if values.empty:
            _empty(ax, empty)
            return figure
        ordered = values[::-1]
        colours = colour[::-1] if isinstance(colour, list) else colour
        bars = ax.barh([_short(name) for name in ordered.index], ordered.to_numpy(), color=colours,
                       edgecolor="#555555", linewidth=0.4)
        ax.bar_label(bars, fmt="{:,.0f}", padding=2, fontsize=8)
        ax.set_xlabel(xlabel)
        ax.margins(x=0.12)
    return figure


def timeline_chart(per_month: pd.Series, title: str, colour: str = "#bfe1d9", outside: int = 0,
                   ylabel: str = "mentions") -> Figure:
    """Bars per month: ``per_month`` indexed by ``YYYY-MM``, in order; ``outside`` (mentions left
    off the axis) is said under the title."""
    with matplotlib.rc_context(STYLE):
        figure = Figure(figsize=(2 * WIDTH, 2.6), layout="constrained")
        ax = figure.add_subplot()
        subtitle = f" ({outside:,} earlier or later not shown)" if outside else ""
        ax.set_title(title + subtitle, loc="left", fontweight="bold")
        if per_month.empty:
            _empty(ax, "no dates with a month in this output")
            return figure
        positions = range(len(per_month))
        ax.bar(positions, per_month.to_numpy(), color=colour, edgecolor="#555555", linewidth=0.4, width=0.85)
        step = max(1, len(per_month) // 12)  # about twelve month labels, whatever the span
        ax.set_xticks(list(positions)[::step], per_month.index[::step], rotation=45, ha="right")
        ax.set_ylabel(ylabel)
    return figure


def to_svg(figure: Figure, name: str) -> str:
    """``figure`` as an ``<svg>`` element for inline HTML. ``name`` salts the ids matplotlib gives
    clip paths, so charts on one page never share an id and the same chart gives the same bytes."""
    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": name}):
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    svg = buffer.getvalue()
    return svg[svg.index("<svg"):]


def save_png(figure: Figure, path: str | Path) -> None:
    """``figure`` as a PNG file (the README's images)."""
    figure.savefig(path, format="png", dpi=110)
