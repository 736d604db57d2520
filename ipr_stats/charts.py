"""Terminal charts drawn with plotext and returned as text, so they go through the
same output stream as tables (no colour unless that stream is a colour terminal)."""

from __future__ import annotations


def compact(x: float) -> str:
    """645182937 -> '645.2M': short tick labels (axis labels only; tables keep exact figures)."""
    for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(x) >= size:
            return f"{x / size:.1f}".rstrip("0").rstrip(".") + suffix
    return f"{x:.1f}".rstrip("0").rstrip(".") if x % 1 else str(int(x))


def _ticks(low: float, high: float, count: int = 5) -> tuple[list[float], list[str]]:
    positions = [low + (high - low) * i / (count - 1) for i in range(count)]
    return positions, [compact(p) for p in positions]


def _figure(title: str, width: int, height: int):
    import plotext as plt

    fig = plt.figure
    fig.clear()
    fig.plot_size(width, height)
    fig.title(title)
    return fig


def exact(x: float, decimals: int | None = None) -> str:
    """A bar's own label: the figure with grouped digits (decimals for computed shares)."""
    if decimals is not None:
        return f"{x:,.{decimals}f}"
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}"


def bar_chart(labels, values, *, title: str, width: int = 80, color: bool = False, decimals: int | None = None) -> str:
    """Horizontal bars in the given order, top to bottom; each category label carries its value."""
    pairs = [(f"{label} {exact(float(v), decimals)}", float(v)) for label, v in zip(labels, values) if v is not None]
    if not pairs:
        return ""
    pairs.reverse()  # plotext draws the first bar at the bottom
    height = min(max(2 * len(pairs) + 5, 8), 60)
    fig = _figure(title, width, height)
    fig.draw(fig.bar([p[0] for p in pairs], [p[1] for p in pairs], orientation="h"))
    low, high = min(0.0, *(p[1] for p in pairs)), max(0.0, *(p[1] for p in pairs))
    span = (high - low) or 1
    fig.ruler(0).lim(low - 0.02 * span * (low < 0), high + 0.05 * span)
    fig.ruler(0).ticks(*_ticks(low, high))
    return fig.build().string(colorless=not color)
