"""Settings, each declared once with its default and what it is for.

Hall-wide settings that the hall file may change (deductions) live in the database's
``setting`` table; these are the defaults of ``docs/spec/figures.md`` and ``docs/spec/records.md``.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from typing import Any, ClassVar, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError
from models import Setting

S = TypeVar("S")

DEFAULT_TIMEZONE = "Asia/Shanghai"

# The quarterly briefing's CJK font: a TrueType/TTC file (``path`` or ``path#index`` for
# a collection) that wins over the fonts found on the machine (app/briefing/fonts.py).
PDF_FONT_ENV = "HALLDESK_PDF_FONT"
PDF_FONT_DEFAULT: str | None = None


def pdf_font_file() -> str | None:
    """The configured briefing font file, or None to search the system's fonts."""
    return os.environ.get(PDF_FONT_ENV) or PDF_FONT_DEFAULT


@dataclass(frozen=True)
class Deductions:
    """Assessment deductions in points (docs/spec/figures.md, Assessment)."""

    bad_evaluation_substantiated: float = 0.2
    other_substantiated: float = 0.5
    inspection_finding: float = 0.1
    red_card: float = 0.2

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


@dataclass(frozen=True)
class AlertThresholds:
    """Live alerts (docs/spec/figures.md, Live alerts)."""

    long_wait_s: float = 30 * 60
    paused_vacant_s: float = 15 * 60
    evaluator_off_s: float = 5 * 60
    low_evaluation_rate: float = 0.5
    low_evaluation_min_served: int = 10


@dataclass(frozen=True)
class OpeningHours:
    """The hall's opening hours on a working day (local time)."""

    opens: dt.time = dt.time(9, 0)
    closes: dt.time = dt.time(17, 30)


ALERT_THRESHOLDS_KEY = "alert_thresholds"
OPENING_HOURS_KEY = "opening_hours"
FLOORS_KEY = "floors"
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def load_alert_thresholds(session: Session) -> AlertThresholds:
    """The hall's alert thresholds (the settings tab's rules), or the defaults."""
    types = {f.name: f.type for f in fields(AlertThresholds)}
    raw = session.scalar(select(Setting.value).where(Setting.key == ALERT_THRESHOLDS_KEY))
    if raw is None:
        return AlertThresholds()
    data = json.loads(raw)
    values: dict[str, Any] = {k: (int(v) if types[k] in (int, "int") else float(v))
                              for k, v in data.items() if k in types}
    return AlertThresholds(**values)


@dataclass(frozen=True)
class WeeklyHours:
    """Opening hours per weekday (``days`` Monday first: ``(opens, closes)`` as
    ``HH:MM``, or None when closed) and the lunch break (None: open through). A
    make-up working day (班) on a closed weekday keeps Monday's hours."""

    days: tuple[tuple[str, str] | None, ...] = (
        ("09:00", "17:30"),) * 5 + (None, None)
    lunch: tuple[str, str] | None = None

    def on(self, weekday: int) -> OpeningHours:
        """The hours of a working day falling on ``weekday`` (0 = Monday)."""
        day = self.days[weekday] or next((d for d in self.days if d), None)
        if day is None:
            return OpeningHours()
        return OpeningHours(dt.time.fromisoformat(day[0]), dt.time.fromisoformat(day[1]))

    def as_json(self) -> dict[str, Any]:
        return {"days": [list(d) if d else None for d in self.days],
                "lunch": list(self.lunch) if self.lunch else None}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> WeeklyHours:
        days = tuple((str(d[0]), str(d[1])) if d else None for d in data["days"])
        lunch = data.get("lunch")
        return cls(days, (str(lunch[0]), str(lunch[1])) if lunch else None)


def load_weekly_hours(session: Session) -> WeeklyHours:
    raw = session.scalar(select(Setting.value).where(Setting.key == OPENING_HOURS_KEY))
    return WeeklyHours() if raw is None else WeeklyHours.from_json(json.loads(raw))


@dataclass(frozen=True)
class FeedBounds:
    """How far ahead of this machine's clock an event's ``ts`` may lie (minutes, default
    10, or ``$HALLDESK_FEED_AHEAD_MINUTES``, 0–1440): a queue system's clock runs a
    little fast at times, a stamp further ahead is a wrong one (docs/spec/events.md)."""

    ahead_minutes: float = 10.0

    AHEAD_ENV: ClassVar[str] = "HALLDESK_FEED_AHEAD_MINUTES"

    @classmethod
    def load(cls) -> FeedBounds:
        raw = os.environ.get(cls.AHEAD_ENV, "").strip()
        if not raw:
            return cls()
        try:
            minutes = float(raw)
        except ValueError:
            minutes = math.nan
        if not 0 <= minutes <= 1440:
            raise UserError(f"${cls.AHEAD_ENV} is {raw!r}: it must be a number of minutes "
                            "from 0 to 1440.")
        return cls(minutes)


@dataclass(frozen=True)
class DisplaySettings:
    """The public display of completed cases (``main.py --display``): seconds a page
    of the carousel stays on screen (``--page-seconds`` or the environment variable
    below, 3–300) and seconds between two looks at the database for new completions
    (on PostgreSQL an ingest also wakes it at once)."""

    page_seconds: int = 10
    poll_seconds: int = 5

    PAGE_SECONDS_ENV: ClassVar[str] = "HALLDESK_DISPLAY_PAGE_SECONDS"
    PAGE_SECONDS_RANGE: ClassVar[tuple[int, int]] = (3, 300)


# (key, label) in checklist order; deductions default to Deductions.inspection_finding.
DEFAULT_CHECKLIST: tuple[tuple[str, str], ...] = (
    ("present", "在岗"),
    ("badge", "挂工作牌"),
    ("evaluator", "评价器开启"),
    ("attitude", "服务态度"),
    ("entertainment", "无上网娱乐"),
    ("chatting", "无聚众聊天"),
    ("snacks", "无吃零食"),
    ("quarrel", "无与群众争吵"),
    ("tidy", "台面整洁"),
)

DEDUCTIONS_KEY = "deductions"
COMPLAINT_DEADLINES_KEY = "complaint_deadlines"


@dataclass(frozen=True)
class ComplaintDeadlines:
    """Complaint ledger deadlines in working days (docs/spec/records.md): verification
    after registration, rectification after substantiation. Localities use 1–5 and
    5–15; ``halldesk complaints deadlines`` changes them for new entries."""

    verify_workdays: int = 3
    rectify_workdays: int = 15

    VERIFY_RANGE: ClassVar[tuple[int, int]] = (1, 5)
    RECTIFY_RANGE: ClassVar[tuple[int, int]] = (5, 15)


@dataclass(frozen=True)
class RiskGrading:
    """Integrity risk register (docs/spec/records.md): the grade from likelihood × impact
    (一级 from ``high_from``, 二级 from ``medium_from``, else 三级) and the review
    interval in calendar days by grade; ``notice_days`` ahead a point is due."""

    high_from: int = 15
    medium_from: int = 8
    review_days_high: int = 90
    review_days_medium: int = 180
    review_days_low: int = 360
    notice_days: int = 30


def load_setting(session: Session, key: str, cls: type[S],
                 convert: Callable[[Any], Any]) -> S:
    """A settings dataclass from its JSON row in ``setting`` (each value through
    ``convert``), or its defaults when there is none; unknown keys are ignored."""
    raw = session.scalar(select(Setting.value).where(Setting.key == key))
    if raw is None:
        return cls()
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: convert(v) for k, v in json.loads(raw).items() if k in names})


def store_setting(session: Session, key: str, value: dict[str, Any]) -> None:
    """Write (or replace) the JSON row ``key`` of ``setting``."""
    text = json.dumps(value, sort_keys=True)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text


def load_deductions(session: Session) -> Deductions:
    return load_setting(session, DEDUCTIONS_KEY, Deductions, float)


def store_deductions(session: Session, deductions: Deductions) -> None:
    store_setting(session, DEDUCTIONS_KEY, asdict(deductions))


def load_complaint_deadlines(session: Session) -> ComplaintDeadlines:
    raw = session.scalar(select(Setting.value).where(Setting.key == COMPLAINT_DEADLINES_KEY))
    if raw is None:
        return ComplaintDeadlines()
    data = json.loads(raw)
    return ComplaintDeadlines(int(data["verify_workdays"]), int(data["rectify_workdays"]))


def store_complaint_deadlines(session: Session, deadlines: ComplaintDeadlines) -> None:
    store_setting(session, COMPLAINT_DEADLINES_KEY,
                  {"verify_workdays": deadlines.verify_workdays,
                   "rectify_workdays": deadlines.rectify_workdays})


COMPLAINT_CATEGORIES_KEY = "complaint_categories"


@dataclass(frozen=True)
class ComplaintCategories:
    """The complaint categories (投诉类别) the ledger offers, in order (docs/spec/
    records.md); a hall may rename or add some, entries keep the one they were given."""

    categories: tuple[str, ...] = ("服务态度", "办事效率", "廉洁问题", "环境设施", "其他")


def load_complaint_categories(session: Session) -> ComplaintCategories:
    return load_setting(session, COMPLAINT_CATEGORIES_KEY, ComplaintCategories,
                        lambda v: tuple(str(x) for x in v))


def store_complaint_categories(session: Session, value: ComplaintCategories) -> None:
    store_setting(session, COMPLAINT_CATEGORIES_KEY, {"categories": list(value.categories)})


RISK_GRADING_KEY = "risk_grading"


def load_risk_grading(session: Session) -> RiskGrading:
    """The hall's risk grading, or the defaults; unknown keys in the setting are ignored."""
    return load_setting(session, RISK_GRADING_KEY, RiskGrading, int)


ATTENDANCE_RULES_KEY = "attendance_rules"


@dataclass(frozen=True)
class AttendanceRules:
    """Attendance (docs/spec/records.md, Attendance): the first punch of a working day
    is late when it is more than ``late_grace_minutes`` after opening, the last one
    early when it is more than ``early_grace_minutes`` before closing (a punch exactly
    at the limit is on time)."""

    late_grace_minutes: int = 5
    early_grace_minutes: int = 5

    RANGE: ClassVar[tuple[int, int]] = (0, 120)


def load_attendance_rules(session: Session) -> AttendanceRules:
    return load_setting(session, ATTENDANCE_RULES_KEY, AttendanceRules, int)


ASSESSMENT_RULES_KEY = "assessment_rules"


@dataclass(frozen=True)
class AssessmentRules:
    """The monthly assessment (docs/spec/figures.md, Monthly assessment): points off a
    person's month for each attendance fault, and the length of the 红榜 and 黑榜."""

    late: float = 0.1          # each day late (迟到)
    early: float = 0.1         # each day left early (早退)
    missing: float = 0.1       # each day with a punch missing (缺卡)
    absent: float = 0.5        # each day absent (旷工)
    red_list: int = 3          # 红榜: the best N ranked
    black_list: int = 3        # 黑榜: the worst N ranked who lost points


def load_assessment_rules(session: Session) -> AssessmentRules:
    raw = load_setting(session, ASSESSMENT_RULES_KEY, AssessmentRules, float)
    return AssessmentRules(raw.late, raw.early, raw.missing, raw.absent,
                           int(raw.red_list), int(raw.black_list))


# -- this workstation: automatic backups (app/io/backup.py) ---------------------------
# A per-machine setting, not a hall setting in the database: the folder is on this
# workstation's disk, and the database may be the thing that is lost.
BACKUP_DIR_ENV = "HALLDESK_BACKUP_DIR"
BACKUP_KEEP_ENV = "HALLDESK_BACKUP_KEEP"


@dataclass(frozen=True)
class AutoBackup:
    """The application's daily backup: into ``folder`` (default: ``backups`` in the
    user's data directory, or ``$HALLDESK_BACKUP_DIR``), keeping the newest ``keep``
    files (default 14, or ``$HALLDESK_BACKUP_KEEP``; 0 turns the daily backup off)."""

    folder: str
    keep: int = 14

    @classmethod
    def load(cls) -> AutoBackup:
        import platformdirs

        folder = os.environ.get(BACKUP_DIR_ENV) or os.path.join(
            platformdirs.user_data_dir("HallDesk", appauthor=False), "backups")
        raw = os.environ.get(BACKUP_KEEP_ENV, "")
        keep = int(raw) if raw.strip().isdigit() else cls.keep
        return cls(folder, keep)
