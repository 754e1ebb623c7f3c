"""Attendance (考勤): the fingerprint clock's file imported, the office's leave, and each
staff member's days and month assessed against the hall's hours and calendar."""

from app.attendance.clock_file import ClockFileRejected, ClockImport, import_clock_file
from app.attendance.leave import LeaveChange, add_leave, find_staff, leave_days, remove_leave
from app.attendance.status import (
    DayAttendance,
    MonthAttendance,
    PersonMonth,
    day_status,
    month_attendance,
    month_bounds,
    read_month,
)

__all__ = [
    "ClockFileRejected",
    "ClockImport",
    "DayAttendance",
    "LeaveChange",
    "MonthAttendance",
    "PersonMonth",
    "add_leave",
    "day_status",
    "find_staff",
    "import_clock_file",
    "leave_days",
    "month_attendance",
    "month_bounds",
    "read_month",
    "remove_leave",
]
