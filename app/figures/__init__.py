"""docs/spec/figures.md as queries: the one place that computes every number shown."""

from app.figures.period import Period, local_date, local_midnight, parse_date, parse_quarter
from app.figures.staff import StaffFigures, staff_figures, staff_json
from app.figures.stats import Figures, HallFigures, WindowFigures, as_json, compute

__all__ = [
    "Figures",
    "HallFigures",
    "Period",
    "StaffFigures",
    "WindowFigures",
    "as_json",
    "compute",
    "local_date",
    "local_midnight",
    "parse_date",
    "parse_quarter",
    "staff_figures",
    "staff_json",
]
