"""SQLAlchemy 2.0 table definitions, one module per area. No Qt here."""

from models.alerts import AlertAck
from models.assessment import AssessmentTitle
from models.attendance import AttendanceLeave, AttendancePunch
from models.base import Base
from models.briefing import BriefingNote
from models.calendar import CalendarDay
from models.complaints import Complaint, ComplaintStep
from models.events import (
    Case,
    Evaluation,
    EvaluatorSpan,
    FeedStatus,
    RawEvent,
    Ticket,
    WindowFeed,
    WindowPause,
    WindowSession,
)
from models.hall import (
    ChecklistItem,
    Department,
    Hall,
    Setting,
    Staff,
    StaffWindow,
    Window,
)
from models.inspections import (
    InspectionFinding,
    InspectionPhoto,
    InspectionRound,
    InspectionStep,
    InspectionVisit,
)
from models.projects import Project, ProjectItem, ProjectStep, Supervision
from models.risks import RiskLink, RiskPoint, RiskStep
from models.security import Account, AuditEntry, CliToken

__all__ = [
    "Account",
    "AlertAck",
    "AssessmentTitle",
    "AttendanceLeave",
    "AttendancePunch",
    "AuditEntry",
    "Base",
    "BriefingNote",
    "CalendarDay",
    "Case",
    "ChecklistItem",
    "CliToken",
    "Complaint",
    "ComplaintStep",
    "Department",
    "Evaluation",
    "EvaluatorSpan",
    "FeedStatus",
    "Hall",
    "InspectionFinding",
    "InspectionPhoto",
    "InspectionRound",
    "InspectionStep",
    "InspectionVisit",
    "Project",
    "ProjectItem",
    "ProjectStep",
    "RawEvent",
    "RiskLink",
    "RiskPoint",
    "RiskStep",
    "Setting",
    "Staff",
    "StaffWindow",
    "Supervision",
    "Ticket",
    "Window",
    "WindowFeed",
    "WindowPause",
    "WindowSession",
]
