"""The import dialog's words: kinds, HallDesk's fields and why a row is refused, said
here (app/ holds no Qt) from the problem's ``kind``."""

from __future__ import annotations

from PyQt6.QtCore import QCoreApplication

from app.io.xlsx import Problem

translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    return {"queue": translate("ImportDialog", "Queue tickets (排队叫号)"),
            "evaluations": translate("ImportDialog", "Evaluations (好差评)"),
            "cases": translate("ImportDialog", "Cases (办件)")}.get(kind, kind)


def field_label(name: str) -> str:
    """A field of HallDesk's, as the dialog names it."""
    return {
        "ticket": translate("ImportDialog", "Ticket"),
        "service": translate("ImportDialog", "Service"),
        "issued_at": translate("ImportDialog", "Issued at"),
        "called_at": translate("ImportDialog", "Called at"),
        "started_at": translate("ImportDialog", "Service started"),
        "finished_at": translate("ImportDialog", "Finished at"),
        "window": translate("ImportDialog", "Window"),
        "status": translate("ImportDialog", "Status"),
        "rating": translate("ImportDialog", "Rating"),
        "staff": translate("ImportDialog", "Staff"),
        "evaluated_at": translate("ImportDialog", "Evaluated at"),
        "case_no": translate("ImportDialog", "Case number"),
        "comment": translate("ImportDialog", "Comment"),
        "item": translate("ImportDialog", "Service item"),
        "accepted_at": translate("ImportDialog", "Accepted at"),
        "completed_at": translate("ImportDialog", "Completed at"),
        "promised_days": translate("ImportDialog", "Promised days"),
        "legal_days": translate("ImportDialog", "Legal days"),
        "department": translate("ImportDialog", "Department"),
        "applicant": translate("ImportDialog", "Applicant"),
        "result": translate("ImportDialog", "Result"),
    }.get(name, name)


def problem_text(p: Problem) -> str:
    """Why a cell or row is refused, in the user's language where we have the words."""
    words = {
        "required": translate("ImportDialog", "Empty, but this row needs it."),
        "bad_time": translate("ImportDialog", "Not a time: use an Excel date or "
                              "2026-10-09 09:12:33, 2026/10/9 9:12, 2026年10月9日 09:12."),
        "time_range": translate("ImportDialog", "The year is out of range."),
        "future_time": translate("ImportDialog", "The time is in the future."),
        "time_order": translate("ImportDialog", "Earlier than the step before it."),
        "unknown_window": translate("ImportDialog", "No window of the hall has this code or "
                                    "number."),
        "unknown_service": translate("ImportDialog", "No department or service item of the "
                                     "hall has this name."),
        "unknown_staff": translate("ImportDialog", "No staff member of the hall has this code "
                                   "or name."),
        "bad_rating": translate("ImportDialog", "Not a rating: use 1–5 or 非常满意 … 非常不满意."),
        "bad_status": translate("ImportDialog", "Not a status word HallDesk knows; name it in "
                                "the mapping."),
        "bad_days": translate("ImportDialog", "Not a number of days."),
        "bad_result": translate("ImportDialog", "Not a result: use 准予/通过 or 不予/驳回."),
        "too_long": translate("ImportDialog", "Too long."),
        "control": translate("ImportDialog", "Contains control characters."),
        "no_window": translate("ImportDialog", "The department has no window."),
    }
    return words.get(p.kind) or p.reason
