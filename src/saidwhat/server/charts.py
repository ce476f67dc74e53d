"""Inline SVG charts drawn on the server: no script, no external library; every label escaped."""
from __future__ import annotations

from markupsafe import Markup, escape


def _fmt(value: float, percent: bool) -> str:
    return f"{value:.0%}" if percent else f"{value:g}" if isinstance(value, float) else str(value)


def hbars(items: list[tuple[str, float, str | None]], *, title: str, percent: bool = False,
          width: int = 560, bar_height: int = 22) -> Markup:
    """Horizontal bars: (label, value, link or None) per row, largest scale first."""
    if not items:
        return Markup("")
    label_w = 190
    top = 6
    height = top + len(items) * (bar_height + 6) + 4
    scale_max = 1.0 if percent else max(v for _, v, _ in items) or 1
    avail = width - label_w - 60
    parts = [Markup('<svg class="chart hbars" viewBox="0 0 {w} {h}" width="100%" role="img" aria-label="{t}" '
                    'xmlns="http://www.w3.org/2000/svg"><title>{t}</title>').format(w=width, h=height, t=title)]
    for row, (label, value, href) in enumerate(items):
        y = top + row * (bar_height + 6)
        w = max(1.0, avail * (value / scale_max)) if value else 0
        short = label if len(label) <= 28 else label[:27] + "…"
        text = Markup('<text x="{x}" y="{y}" text-anchor="end" class="label">{s}<title>{l}</title></text>').format(
            x=label_w - 8, y=y + bar_height * 0.72, s=short, l=label)
        if href:
            text = Markup('<a href="{}">{}</a>').format(href, text)
        parts.append(text)
        parts.append(Markup('<rect x="{x}" y="{y}" width="{w:.1f}" height="{h}" rx="3" class="bar" data-value="{v}">'
                            '<title>{l}: {f}</title></rect>').format(
            x=label_w, y=y, w=w, h=bar_height, v=value, l=label, f=_fmt(value, percent)))
        parts.append(Markup('<text x="{x:.1f}" y="{y}" class="value">{f}</text>').format(
            x=label_w + w + 6, y=y + bar_height * 0.72, f=_fmt(value, percent)))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def columns(items: list[tuple[str, float]], *, title: str, width: int = 640, height: int = 220) -> Markup:
    """Vertical columns over ordered labels (months): a value on top, every nth label below."""
    if not items:
        return Markup("")
    left, bottom, top = 36, 40, 16
    plot_h = height - bottom - top
    plot_w = width - left - 8
    vmax = max(v for _, v in items) or 1
    step = plot_w / len(items)
    bar_w = min(48.0, max(2.0, step * 0.7))
    every = max(1, round(len(items) / 12))
    parts = [Markup('<svg class="chart columns" viewBox="0 0 {w} {h}" width="100%" role="img" aria-label="{t}" '
                    'xmlns="http://www.w3.org/2000/svg"><title>{t}</title>').format(w=width, h=height, t=title)]
    parts.append(Markup('<line x1="{x}" y1="{y}" x2="{x2}" y2="{y}" class="axis"/>').format(
        x=left, y=top + plot_h, x2=width - 8))
    parts.append(Markup('<text x="{x}" y="{y}" text-anchor="end" class="tick">{v}</text>').format(
        x=left - 4, y=top + 8, v=_fmt(vmax, False)))
    for i, (label, value) in enumerate(items):
        h = plot_h * value / vmax
        x = left + i * step + (step - bar_w) / 2
        parts.append(Markup('<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" class="bar" '
                            'data-value="{v}"><title>{l}: {v}</title></rect>').format(
            x=x, y=top + plot_h - h, w=bar_w, h=h, v=_fmt(value, False), l=label))
        if i % every == 0:
            parts.append(Markup('<text x="{x:.1f}" y="{y}" text-anchor="middle" class="tick">{l}</text>').format(
                x=x + bar_w / 2, y=top + plot_h + 16, l=label))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


__all__ = ["hbars", "columns", "escape"]
