"""The briefing's charts (reportlab.graphics), drawn to stay legible in black-and-white
print: black and grey, solid and dashed lines, values written on the bars."""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

WIDTH = 480
GREY = colors.Color(0.55, 0.55, 0.55)
LIGHT = colors.Color(0.8, 0.8, 0.8)


def no_data(text: str, font: str, height: float = 50) -> Drawing:
    d = Drawing(WIDTH, height)
    d.add(Rect(0, 0, WIDTH, height, strokeColor=LIGHT, fillColor=None, strokeWidth=0.5))
    d.add(String(WIDTH / 2, height / 2 - 4, text, fontName=font, fontSize=10,
                 textAnchor="middle"))
    return d


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if value <= step * 5:
            return float(step * (int(value / step) + 1))
    return float(value * 1.2)


def daily_cases(start: dt.date, days: list[dt.date], accepted: list[int],
                completed: list[int], font: str, empty_text: str) -> Drawing:
    """Cases accepted (solid black) and completed (dashed grey) on each day with cases."""
    if not days:
        return no_data(empty_text, font)
    d = Drawing(WIDTH, 200)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 40, 45, WIDTH - 60, 135
    xs = [(day - start).days for day in days]
    plot.data = [list(zip(xs, accepted, strict=True)), list(zip(xs, completed, strict=True))]
    plot.lines[0].strokeColor, plot.lines[0].strokeWidth = colors.black, 1.2
    plot.lines[1].strokeColor, plot.lines[1].strokeWidth = GREY, 1.2
    plot.lines[1].strokeDashArray = (4, 2)
    end = max(xs[-1], 1)
    months = sorted({(start + dt.timedelta(days=x)).replace(day=1) for x in range(end + 1)})
    ticks = [max(0, (m - start).days) for m in months]
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = 0, max(end, 28)
    plot.xValueAxis.valueSteps = ticks
    plot.xValueAxis.labelTextFormat = lambda v: (
        f"{(start + dt.timedelta(days=int(v))).month}月{(start + dt.timedelta(days=int(v))).day}日")
    plot.xValueAxis.labels.fontName = font
    plot.xValueAxis.labels.fontSize = 8
    top = _nice_max(max(accepted + completed))
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = 0, top
    plot.yValueAxis.valueStep = top / 5
    plot.yValueAxis.labels.fontSize = 8
    plot.yValueAxis.labelTextFormat = "%d"
    d.add(plot)
    # The legend draws each line as it is plotted (solid / dashed), for grey print.
    for i, (label, colour, dash) in enumerate((("受理", colors.black, None),
                                                ("办结", GREY, (4, 2)))):
        x0 = 60 + i * 110
        d.add(Line(x0, 14, x0 + 28, 14, strokeColor=colour, strokeWidth=1.2,
                   strokeDashArray=dash))
        d.add(String(x0 + 34, 10, label, fontName=font, fontSize=9))
    d.add(String(8, 186, "件/日", fontName=font, fontSize=8))
    return d


def hourly_waiting(profile: list[tuple[int, float]] | None, font: str,
                   empty_text: str) -> Drawing:
    """Average number of citizens waiting in each opening hour."""
    if not profile:
        return no_data(empty_text, font)
    d = Drawing(WIDTH, 180)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 30, WIDTH - 60, 130
    chart.data = [[round(v, 1) for _h, v in profile]]
    chart.categoryAxis.categoryNames = [f"{h}时" for h, _v in profile]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.bars[0].fillColor = LIGHT
    chart.bars[0].strokeColor = colors.black
    chart.bars[0].strokeWidth = 0.5
    top = _nice_max(max(v for _h, v in profile))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top
    chart.valueAxis.valueStep = top / 5
    chart.valueAxis.labels.fontSize = 8
    chart.barLabelFormat = "%.1f"
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    d.add(chart)
    d.add(String(8, 166, "人", fontName=font, fontSize=8))
    return d


def axis_floor(rates: list[float]) -> int:
    """Where a rate axis starts (a multiple of 5, in %): low enough to show the lowest
    bar, high enough that 93.6% and 97.8% do not look the same; 0 when rates spread
    wide."""
    low = min(rates) * 100
    start = int((low - 3) // 5 * 5)
    return 0 if start < 40 else start


def satisfaction(rows: list[tuple[str, float | None]], font: str, empty_text: str
                 ) -> tuple[Drawing, int]:
    """Satisfaction rate (%) by department (or by window), one bar each in the order
    given (highest first, at the top), value written; the axis from where the data
    start (returned, in %, so the caption can say so) to 100%."""
    rows = [(label, rate) for label, rate in rows if rate is not None]
    rates = [rate for _label, rate in rows if rate is not None]
    if not rows:
        return no_data(empty_text, font), 0
    low = axis_floor(rates)
    bar_h = 18
    height = 40 + bar_h * len(rows)
    d = Drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 130, 25
    chart.width, chart.height = WIDTH - 190, bar_h * len(rows)
    chart.data = [[round(rate * 100, 1) for rate in reversed(rates)]]
    chart.categoryAxis.categoryNames = [label for label, _rate in reversed(rows)]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.bars[0].fillColor = LIGHT
    chart.bars[0].strokeColor = colors.black
    chart.bars[0].strokeWidth = 0.5
    step = 20 if low == 0 else 10 if 100 - low > 30 else 5 if 100 - low > 10 else 2
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = low, 100
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.barLabelFormat = "%.1f%%"
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.nudge = 14
    d.add(chart)
    if low > 0:
        d.add(String(chart.x + chart.width, height - 10, f"横轴自{low}%起",
                     fontName=font, fontSize=7, textAnchor="end"))
    return d, low
