"""The round report's one chart: grouped bars drawn straight on the page.

Received, offered, accepted and attended by regional group. It is a plain
flowable that paints rectangles and words on the canvas: reportlab's chart
widgets built the same picture from hundreds of validated shapes and took as
long as all the report's tables together.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from isu_desk.reports.fonts import BODY_FONT

AXIS = 24.0  # room left of the bars for the counts
LEGEND = 90.0  # room right of the bars for the legend
BASE = 16.0  # room under the bars for the group names
SIZE = 8.0


def _nice_step(most: int) -> int:
    """A tick step that gives at most about six ticks (1, 2, 5, 10, 20, 50…)."""
    step = 1
    while most / step > 6:
        for factor in (2, 5 / 2, 2):
            step = int(step * factor)
            if most / step <= 6:
                break
    return step


class GroupedBars(Flowable):  # type: ignore[misc]
    """Bars of each series side by side per group, with a count axis and a legend."""

    def __init__(
        self, width: float, groups: Sequence[str], series: Sequence[tuple[str, Color]],
        values: Sequence[Sequence[int]], height: float = 62 * mm,
    ) -> None:  # fmt: skip
        super().__init__()
        self.width, self.height = width, height
        self.groups, self.series, self.values = list(groups), list(series), values

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas: Any = self.canv
        plot_width = self.width - AXIS - LEGEND
        plot_height = self.height - BASE - SIZE
        most = max((v for row in self.values for v in row), default=0)
        step = _nice_step(max(most, 1))
        top = max(step * -(-most // step), step)
        canvas.setFont(BODY_FONT, SIZE)
        canvas.setLineWidth(0.5)
        for tick in range(0, top + 1, step):
            y = BASE + plot_height * tick / top
            canvas.line(AXIS - 3, y, AXIS, y)
            canvas.drawRightString(AXIS - 5, y - SIZE / 3, str(tick))
        canvas.line(AXIS, BASE, AXIS, BASE + plot_height)
        canvas.line(AXIS, BASE, AXIS + plot_width, BASE)
        slot = plot_width / max(len(self.groups), 1)
        bar = slot * 0.8 / max(len(self.series), 1)
        for g, name in enumerate(self.groups):
            left = AXIS + g * slot + slot * 0.1
            for s, (_label, fill) in enumerate(self.series):
                canvas.setFillColor(fill)
                value = self.values[s][g]
                canvas.rect(left + s * bar, BASE, bar, plot_height * value / top, stroke=1, fill=1)
            canvas.setFillColor(Color(0, 0, 0))
            canvas.drawCentredString(left + slot * 0.4, BASE - SIZE - 2, name)
        for s, (label, fill) in enumerate(self.series):
            y = BASE + plot_height - (s + 1) * (SIZE + 6)
            canvas.setFillColor(fill)
            canvas.rect(AXIS + plot_width + 12, y, SIZE, SIZE, stroke=1, fill=1)
            canvas.setFillColor(Color(0, 0, 0))
            canvas.drawString(AXIS + plot_width + 12 + SIZE + 4, y + 1, label)
