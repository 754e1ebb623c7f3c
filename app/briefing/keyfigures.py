"""Key figures (主要指标) with their change against the previous quarter and the same
quarter last year, and the formats every figure is printed in (figures.md: rates as
percentages with one decimal)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.briefing.complaints import ComplaintSection
from app.figures import Figures, names
from app.figures.stats import CaseFigures, Satisfaction, WindowFigures

COUNT, RATE, DURATION = "count", "rate", "duration"


def fmt_count(value: float | None) -> str:
    return "—" if value is None else f"{int(value)}"


def fmt_rate(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def fmt_minutes(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds / 60:.1f}分钟"


def fmt_score(value: float) -> str:
    return f"{value:.1f}"


FORMATS = {COUNT: fmt_count, RATE: fmt_rate, DURATION: fmt_minutes}


def change(kind: str, now: float | None, before: float | None) -> str:
    """Counts and durations as a relative change, rates in percentage points."""
    if now is None or before is None:
        return "—"
    if kind == RATE:
        diff = (now - before) * 100
        return "持平" if abs(diff) < 0.05 else f"{diff:+.1f}个百分点"
    if not before:
        return "—"
    rel = (now - before) / before * 100
    return "持平" if abs(rel) < 0.05 else f"{rel:+.1f}%"


@dataclass(frozen=True)
class KeyFigure:
    label: str
    kind: str
    value: float | None
    previous: float | None
    last_year: float | None

    @property
    def shown(self) -> str:
        return FORMATS[self.kind](self.value)

    @property
    def vs_previous(self) -> str:
        return change(self.kind, self.value, self.previous)

    @property
    def vs_last_year(self) -> str:
        return change(self.kind, self.value, self.last_year)


@dataclass(frozen=True)
class _Totals:
    tickets: int | None
    served: int
    avg_wait_s: float | None
    avg_service_s: float | None
    cases: CaseFigures
    satisfaction: Satisfaction


def _hall(f: Figures) -> _Totals:
    h = f.hall
    return _Totals(h.tickets_issued, h.served, h.avg_wait_s, h.avg_service_s, h.cases,
                   h.satisfaction)


def _department(windows: Iterable[WindowFigures]) -> _Totals:
    """A department's figures are the sums over its windows; tickets and waiting are
    the hall's queue, not a window's, so they have no department figure."""
    ws = list(windows)
    cases, sat = CaseFigures(), Satisfaction()
    served, service = 0, 0.0
    for w in ws:
        served += w.served
        service += w.service_s_total
        for attr in ("accepted", "completed", "completed_on_time", "red_cards"):
            setattr(cases, attr, getattr(cases, attr) + getattr(w.cases, attr))
        for r, n in w.satisfaction.by_rating.items():
            sat.by_rating[r] += n
    return _Totals(None, served, None, service / served if served else None, cases, sat)


def totals(f: Figures, department: bool) -> _Totals:
    return _department(f.windows.values()) if department else _hall(f)


def key_figures(current: Figures, previous: Figures, last_year: Figures,
                complaints: tuple[ComplaintSection, ComplaintSection, ComplaintSection],
                department: bool) -> list[KeyFigure]:
    t = [totals(f, department) for f in (current, previous, last_year)]
    rows: list[tuple[str, str, list[float | None]]] = [
        # each figure's one name (app/figures/names.py), as on the live tab and the display
        (names.zh("cases_accepted"), COUNT, [x.cases.accepted for x in t]),
        (names.zh("cases_completed"), COUNT, [x.cases.completed for x in t]),
        (names.zh("completion_rate"), RATE, [x.cases.completion_rate for x in t]),
        (names.zh("on_time_rate"), RATE, [x.cases.on_time_rate for x in t]),
        (names.zh("tickets_issued"), COUNT, [x.tickets for x in t]),
        (names.zh("served"), COUNT, [x.served for x in t]),
        (names.zh("avg_wait_s"), DURATION, [x.avg_wait_s for x in t]),
        (names.zh("avg_service_s"), DURATION, [x.avg_service_s for x in t]),
        (names.zh("satisfaction_rate"), RATE, [x.satisfaction.satisfaction_rate for x in t]),
        (names.zh("substantiated_complaints"), COUNT,
         [float(c.substantiated) for c in complaints]),
        (names.zh("red_cards"), COUNT, [x.cases.red_cards for x in t]),
    ]
    return [KeyFigure(label, kind, *values) for label, kind, values in rows]
