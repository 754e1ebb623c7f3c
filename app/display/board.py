"""What the public display and the web page show: completed cases, masked, and the
hall's figures of the day (from app/figures, like every number).

Nothing personal leaves this module: a ``PublicCase`` holds the applicant already
masked and the item with phone and ID numbers taken out; the raw applicant is read
here and nowhere else on the public side.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.figures import Period, compute
from app.figures.period import local_midnight
from app.masking import mask_applicant, mask_text, scrub_case_no
from models import Case, Department, FeedStatus, Hall, Window

APPROVED, REJECTED = "approved", "rejected"
# The web page is for the public in the hall's language (the display translates its
# own labels through Qt).
RESULT_LABELS_ZH = {APPROVED: "准予办理", REJECTED: "不予办理"}
# How far back the display looks for the last earlier day with completions (a long
# holiday is shorter than this).
LOOKBACK_DAYS = 21


@dataclass(frozen=True)
class PublicCase:
    """A completed case as the public sees it."""

    case_no: str
    item: str
    department: str
    window: str
    applicant: str          # masked (张*三), or empty
    result: str             # APPROVED or REJECTED
    completed_at: float
    day: dt.date            # local date of completion


@dataclass(frozen=True)
class DayFigures:
    """The hall's figures of one day (docs/spec/figures.md: served, avg_wait_s,
    satisfaction_rate), as app/figures computes them."""

    served: int
    avg_wait_s: float | None
    satisfaction_rate: float | None


@dataclass
class Board:
    """The display's whole content at ``at``: cases completed ``today`` and on the
    last earlier day with completions (``previous``, yesterday on most days), newest
    first; the hall's figures of today."""

    hall_name: str
    timezone: str
    at: float
    today: dt.date
    previous: dt.date | None
    cases: list[PublicCase] = field(default_factory=list)
    figures: DayFigures | None = None

    def count(self, day: dt.date) -> int:
        return sum(1 for c in self.cases if c.day == day)


@dataclass
class PublishedDay:
    """The web page's content: the cases completed on ``day``, in completion order."""

    hall_name: str
    day: dt.date
    cases: list[PublicCase]
    figures: DayFigures
    generated_at: float
    # The last day before ``day`` with a completed case (the page of a day without
    # any names it), or None when there is none.
    last_completed: dt.date | None = None


def hall_zone(session: Session) -> tuple[str, zoneinfo.ZoneInfo]:
    hall = session.scalars(select(Hall)).first()
    if hall is None:
        return "", zoneinfo.ZoneInfo("Asia/Shanghai")
    return hall.name, zoneinfo.ZoneInfo(hall.timezone)


def _window_ids(session: Session) -> list[int]:
    return list(session.scalars(select(Window.id).order_by(Window.id)))


def completed_cases(session: Session, t0: float, t1: float, tz: zoneinfo.ZoneInfo,
                    window_ids: list[int] | None = None) -> list[PublicCase]:
    """Cases completed in [t0, t1), newest first, masked. ``window_id IN (...)``
    lets the completion index be sought window by window."""
    ids = _window_ids(session) if window_ids is None else window_ids
    c = Case
    rows = session.execute(
        select(c.case_no, c.item, c.applicant, c.result, c.completed_at, c.completed_on,
               Window.code, Department.name)
        .join(Window, c.window_id == Window.id)
        .join(Department, Window.department_id == Department.id)
        .where(c.window_id.in_(ids), c.completed_at >= t0, c.completed_at < t1)
        .order_by(c.completed_at.desc(), c.case_no))
    out = []
    for case_no, item, applicant, result, completed_at, completed_on, window, dept in rows:
        at = float(completed_at or 0.0)  # never null here (completed_at >= t0)
        day = completed_on or dt.datetime.fromtimestamp(at, tz).date()
        out.append(PublicCase(scrub_case_no(case_no),
                              mask_text(item, (applicant,), public=True),
                              mask_text(dept, public=True), window, mask_applicant(applicant),
                              REJECTED if result == REJECTED else APPROVED, at, day))
    return out


def _previous_day(session: Session, today: dt.date, tz: zoneinfo.ZoneInfo,
                  ids: list[int]) -> dt.date | None:
    """The last day before ``today`` (within LOOKBACK_DAYS) on which a case was
    completed: yesterday on a working day, Friday on a Monday, the last day before a
    holiday."""
    t0 = local_midnight(today, tz)
    last = session.scalar(select(func.max(Case.completed_at)).where(
        Case.window_id.in_(ids), Case.completed_at >= t0 - LOOKBACK_DAYS * 86400,
        Case.completed_at < t0))
    return None if last is None else dt.datetime.fromtimestamp(float(last), tz).date()


def day_figures(session: Session, day: dt.date, tz: zoneinfo.ZoneInfo,
                now: float) -> DayFigures:
    hall = compute(session, Period(day, day + dt.timedelta(days=1), tz), now).hall
    return DayFigures(hall.served, hall.avg_wait_s, hall.satisfaction.satisfaction_rate)


def feed_stamp(session: Session) -> tuple[float, int] | None:
    """When the feed last delivered and how many events it holds: a poll that finds
    the same stamp on the same day has nothing new to show."""
    row = session.execute(select(FeedStatus.last_batch_at, FeedStatus.events)
                          .where(FeedStatus.id == 1)).first()
    return None if row is None else (float(row[0]), int(row[1]))


def load_board(session: Session, now: float) -> Board:
    """The display's content as of ``now`` (cases completed after ``now`` are not
    shown, so a past ``now`` shows that moment)."""
    name, tz = hall_zone(session)
    today = dt.datetime.fromtimestamp(now, tz).date()
    ids = _window_ids(session)
    previous = _previous_day(session, today, tz, ids)
    start = previous or today
    cases = completed_cases(session, local_midnight(start, tz), now + 1e-6, tz, ids)
    return Board(name, tz.key, now, today, previous, cases, day_figures(session, today, tz, now))


def load_day(session: Session, day: dt.date, now: float) -> PublishedDay:
    """The web page's content for ``day`` (a day not over yet: as of ``now``)."""
    name, tz = hall_zone(session)
    t0, t1 = local_midnight(day, tz), local_midnight(day + dt.timedelta(days=1), tz)
    cases = completed_cases(session, t0, min(t1, now + 1e-6), tz)
    cases.reverse()  # a day's list reads in the order the cases were completed
    last = None
    if not cases:
        before = session.scalar(select(func.max(Case.completed_at)).where(
            Case.completed_at < t0))
        last = None if before is None else dt.datetime.fromtimestamp(float(before), tz).date()
    return PublishedDay(name, day, cases, day_figures(session, day, tz, min(now, t1)), now,
                        last)
