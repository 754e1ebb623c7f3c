"""The figures' names in the UI's language: app/figures/names.py's table, translated
by Qt like every other string (the Chinese is the table's own word, tools/zh_live.py).

The names are listed here once more as literals so that pylupdate collects them; a
test checks the two lists agree."""

from __future__ import annotations

from PyQt6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.figures.names import NAMES

CONTEXT = "FigureName"

_COLLECTED = (
    QT_TRANSLATE_NOOP("FigureName", "Tickets issued"),
    QT_TRANSLATE_NOOP("FigureName", "Citizens served"),
    QT_TRANSLATE_NOOP("FigureName", "Tickets abandoned"),
    QT_TRANSLATE_NOOP("FigureName", "Waiting now"),
    QT_TRANSLATE_NOOP("FigureName", "Average wait"),
    QT_TRANSLATE_NOOP("FigureName", "Longest wait"),
    QT_TRANSLATE_NOOP("FigureName", "Average service time"),
    QT_TRANSLATE_NOOP("FigureName", "Open windows"),
    QT_TRANSLATE_NOOP("FigureName", "Occupancy"),
    QT_TRANSLATE_NOOP("FigureName", "Evaluations"),
    QT_TRANSLATE_NOOP("FigureName", "Satisfaction"),
    QT_TRANSLATE_NOOP("FigureName", "Evaluation rate"),
    QT_TRANSLATE_NOOP("FigureName", "Cases accepted"),
    QT_TRANSLATE_NOOP("FigureName", "Cases completed"),
    QT_TRANSLATE_NOOP("FigureName", "Completion rate"),
    QT_TRANSLATE_NOOP("FigureName", "On-time completion rate"),
    QT_TRANSLATE_NOOP("FigureName", "Yellow cards"),
    QT_TRANSLATE_NOOP("FigureName", "Red cards"),
    QT_TRANSLATE_NOOP("FigureName", "Substantiated complaints"),
    QT_TRANSLATE_NOOP("FigureName", "Total service time"),
    QT_TRANSLATE_NOOP("FigureName", "Time on duty"),
    QT_TRANSLATE_NOOP("FigureName", "Time serving"),
    QT_TRANSLATE_NOOP("FigureName", "Time paused"),
    QT_TRANSLATE_NOOP("FigureName", "Pauses"),
    QT_TRANSLATE_NOOP("FigureName", "Idle time"),
    QT_TRANSLATE_NOOP("FigureName", "Bad ratings"),
    QT_TRANSLATE_NOOP("FigureName", "Evaluation device off"),
    QT_TRANSLATE_NOOP("FigureName", "Inspection findings"),
)


def figure_name(figure: str) -> str:
    """The figure's name (docs/spec/figures.md id) in the UI's language."""
    return QCoreApplication.translate(CONTEXT, NAMES[figure].en)


def today_name(figure: str) -> str:
    """"<name> today" (今日服务人次): a live figure counted since midnight."""
    return QCoreApplication.translate("FigureName", "%1 today").replace("%1",
                                                                         figure_name(figure))


def labelled(name: str, value: object) -> str:
    """A figure's name and its value ("Citizens served today: 712", 今日服务人次 712)."""
    return (QCoreApplication.translate("FigureName", "%1: %2").replace("%1", name)
            .replace("%2", str(value)))


def collected() -> tuple[str, ...]:
    return tuple(str(s) for s in _COLLECTED)
