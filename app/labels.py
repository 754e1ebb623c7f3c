"""The one table of words for what the records store as codes: every audit action, every
field of an audit entry or a history step, every state, every source (of a complaint,
or of an actor such as ``cli:`` or ``demo:``), every kind of record.

The texts are English; staff read them in Chinese. The desktop translates them through
Qt (``widgets/labels.py``, context ``Labels``: pylupdate6 finds them by the marker
below), the command line through ``app.i18n`` (whose Chinese catalogue holds the same
texts). A test fails on an action or a field written without a label here.
"""

from __future__ import annotations

from collections.abc import Mapping

CONTEXT = "Labels"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context``; returns it unchanged."""
    return text


# -- audit actions -------------------------------------------------------------------------
ACTIONS: Mapping[str, str] = {
    # accounts and sessions
    "login": QT_TRANSLATE_NOOP("Labels", "Logged in"),
    "login.failed": QT_TRANSLATE_NOOP("Labels", "Failed login"),
    "logout": QT_TRANSLATE_NOOP("Labels", "Logged out"),
    "session.lock": QT_TRANSLATE_NOOP("Labels", "Session locked (idle)"),
    "account.add": QT_TRANSLATE_NOOP("Labels", "Account created"),
    "account.lock": QT_TRANSLATE_NOOP("Labels", "Account locked"),
    "account.unlock": QT_TRANSLATE_NOOP("Labels", "Account unlocked"),
    "account.password": QT_TRANSLATE_NOOP("Labels", "Password changed"),
    "account.settings": QT_TRANSLATE_NOOP("Labels", "Login settings changed"),
    "account.name": QT_TRANSLATE_NOOP("Labels", "Person's name changed"),
    "account.token": QT_TRANSLATE_NOOP("Labels", "Token issued"),
    "account.token_revoke": QT_TRANSLATE_NOOP("Labels", "Tokens revoked"),
    "account.token_use": QT_TRANSLATE_NOOP("Labels", "Token used"),
    "complaint.compare_personal": QT_TRANSLATE_NOOP("Labels", "Personal data compared"),
    "access.denied": QT_TRANSLATE_NOOP("Labels", "Action refused"),
    # audit log, database, hall, calendar, feed, alerts
    "audit.export": QT_TRANSLATE_NOOP("Labels", "Audit log exported"),
    "database.backup": QT_TRANSLATE_NOOP("Labels", "Database backed up"),
    "database.restore": QT_TRANSLATE_NOOP("Labels", "Database restored"),
    "hall.load": QT_TRANSLATE_NOOP("Labels", "Hall configuration loaded"),
    "calendar.set": QT_TRANSLATE_NOOP("Labels", "Calendar day entered"),
    "attendance.import": QT_TRANSLATE_NOOP("Labels", "Attendance clock file imported"),
    "attendance.leave": QT_TRANSLATE_NOOP("Labels", "Leave entered"),
    "attendance.leave_remove": QT_TRANSLATE_NOOP("Labels", "Leave removed"),
    "assessment.export": QT_TRANSLATE_NOOP("Labels", "Monthly unit reports written"),
    "title.award": QT_TRANSLATE_NOOP("Labels", "Title awarded"),
    "title.withdraw": QT_TRANSLATE_NOOP("Labels", "Title withdrawn"),
    "events.ingest": QT_TRANSLATE_NOOP("Labels", "Events fed in"),
    "alert.ack": QT_TRANSLATE_NOOP("Labels", "Alerts acknowledged"),
    # briefing
    "briefing.print": QT_TRANSLATE_NOOP("Labels", "Briefing printed"),
    "briefing.save": QT_TRANSLATE_NOOP("Labels", "Briefing saved"),
    "briefing.write": QT_TRANSLATE_NOOP("Labels", "Briefing written"),
    "briefing_note_saved": QT_TRANSLATE_NOOP("Labels", "Briefing text saved"),
    "briefing_settings_saved": QT_TRANSLATE_NOOP("Labels", "Briefing settings saved"),
    "briefing_issue_assigned": QT_TRANSLATE_NOOP("Labels", "Briefing issue number assigned"),
    # complaint ledger
    "complaint.register": QT_TRANSLATE_NOOP("Labels", "Complaint registered"),
    "complaint.import": QT_TRANSLATE_NOOP("Labels", "Complaint ledger imported"),
    "complaint.export": QT_TRANSLATE_NOOP("Labels", "Complaint ledger exported"),
    "complaint.deadlines": QT_TRANSLATE_NOOP("Labels", "Complaint deadlines changed"),
    "complaint.correct": QT_TRANSLATE_NOOP("Labels", "Complaint corrected"),
    "complaint.assign": QT_TRANSLATE_NOOP("Labels", "Complaint category and handler set"),
    "complaint.verify": QT_TRANSLATE_NOOP("Labels", "Complaint verification started"),
    "complaint.substantiate": QT_TRANSLATE_NOOP("Labels", "Complaint found substantiated"),
    "complaint.unsubstantiate": QT_TRANSLATE_NOOP("Labels",
                                                  "Complaint found unsubstantiated"),
    "complaint.appeal": QT_TRANSLATE_NOOP("Labels", "Appeal recorded"),
    "complaint.uphold": QT_TRANSLATE_NOOP("Labels", "Ruling: evaluation upheld"),
    "complaint.accept_appeal": QT_TRANSLATE_NOOP("Labels", "Ruling: appeal accepted"),
    "complaint.rectify": QT_TRANSLATE_NOOP("Labels", "Rectification recorded"),
    "complaint.follow_up": QT_TRANSLATE_NOOP("Labels", "Follow-up call recorded"),
    "complaint.reopen": QT_TRANSLATE_NOOP("Labels",
                                          "Follow-up: dissatisfied, rectification reopened"),
    "complaint.close": QT_TRANSLATE_NOOP("Labels", "Complaint closed"),
    "complaint.void": QT_TRANSLATE_NOOP("Labels", "Complaint voided"),
    "events.import": QT_TRANSLATE_NOOP("Labels", "Vendor export imported"),
    "imports.folder": QT_TRANSLATE_NOOP("Labels", "Drop folder set"),
    "project.templates": QT_TRANSLATE_NOOP("Labels", "Project templates changed"),
    # the settings tab (系统设置)
    "account.disable": QT_TRANSLATE_NOOP("Labels", "Account disabled"),
    "account.enable": QT_TRANSLATE_NOOP("Labels", "Account enabled"),
    "account.role": QT_TRANSLATE_NOOP("Labels", "Account's role changed"),
    "hall.export": QT_TRANSLATE_NOOP("Labels", "Hall configuration exported"),
    "setup.checklist": QT_TRANSLATE_NOOP("Labels", "Inspection checklist changed"),
    "setup.department": QT_TRANSLATE_NOOP("Labels", "Department changed"),
    "setup.hall": QT_TRANSLATE_NOOP("Labels", "Hall profile changed"),
    "setup.rules": QT_TRANSLATE_NOOP("Labels", "Rules changed"),
    "setup.services": QT_TRANSLATE_NOOP("Labels", "Service items changed"),
    "setup.staff": QT_TRANSLATE_NOOP("Labels", "Staff roster changed"),
    "setup.staff_export": QT_TRANSLATE_NOOP("Labels", "Staff roster exported"),
    "setup.staff_import": QT_TRANSLATE_NOOP("Labels", "Staff roster imported"),
    "setup.window": QT_TRANSLATE_NOOP("Labels", "Window changed"),
    # key projects (重点项目)
    "project.create": QT_TRANSLATE_NOOP("Labels", "Key project added"),
    "project.start": QT_TRANSLATE_NOOP("Labels", "Approval item started"),
    "project.restart": QT_TRANSLATE_NOOP("Labels", "Approval item restarted"),
    "project.complete": QT_TRANSLATE_NOOP("Labels", "Approval item completed"),
    "project.return": QT_TRANSLATE_NOOP("Labels", "Returned for corrections"),
    "project.link_case": QT_TRANSLATE_NOOP("Labels", "Case linked"),
    "project.status": QT_TRANSLATE_NOOP("Labels", "Project status changed"),
    "project.supervise": QT_TRANSLATE_NOOP("Labels", "Supervision (督办) recorded"),
    "project.answer": QT_TRANSLATE_NOOP("Labels", "Supervision answered"),
    "project.import": QT_TRANSLATE_NOOP("Labels", "Key projects imported"),
    "project.export": QT_TRANSLATE_NOOP("Labels", "Key projects exported"),
    # integrity risk register
    "risk.create": QT_TRANSLATE_NOOP("Labels", "Risk point added"),
    "risk.update": QT_TRANSLATE_NOOP("Labels", "Risk point changed"),
    "risk.escalate": QT_TRANSLATE_NOOP("Labels", "Risk point escalated"),
    "risk.approve": QT_TRANSLATE_NOOP("Labels", "Risk point approved"),
    "risk.review": QT_TRANSLATE_NOOP("Labels", "Risk point reviewed"),
    "risk.retire": QT_TRANSLATE_NOOP("Labels", "Risk point retired"),
    "risk.link_complaint": QT_TRANSLATE_NOOP("Labels", "Complaint linked"),
    "risk.link_finding": QT_TRANSLATE_NOOP("Labels", "Inspection finding linked"),
    "risk.unlink_complaint": QT_TRANSLATE_NOOP("Labels", "Complaint unlinked"),
    "risk.unlink_finding": QT_TRANSLATE_NOOP("Labels", "Inspection finding unlinked"),
    "risk.import": QT_TRANSLATE_NOOP("Labels", "Risk register imported"),
    "risk.export": QT_TRANSLATE_NOOP("Labels", "Risk register exported"),
    # inspections
    "inspection.start": QT_TRANSLATE_NOOP("Labels", "Inspection round started"),
    "inspection.finish": QT_TRANSLATE_NOOP("Labels", "Inspection round finished"),
    "inspection.record": QT_TRANSLATE_NOOP("Labels", "Inspection result recorded"),
    "inspection.pass_rest": QT_TRANSLATE_NOOP("Labels", "Remaining items passed"),
    "inspection.photo": QT_TRANSLATE_NOOP("Labels", "Inspection photo added"),
    "inspection.open_complaint": QT_TRANSLATE_NOOP("Labels",
                                                   "Complaint opened from a finding"),
    "inspection.void": QT_TRANSLATE_NOOP("Labels", "Inspection finding voided"),
    "inspection.export": QT_TRANSLATE_NOOP("Labels", "Inspections exported"),
}

# The steps of a record's own history (complaint_step, risk_step, inspection steps) are
# the actions above without their prefix; these few have no audit action of their own.
STEPS: Mapping[str, str] = {
    "register": QT_TRANSLATE_NOOP("Labels", "Registration"),
    "import": QT_TRANSLATE_NOOP("Labels", "Import"),
    "recount": QT_TRANSLATE_NOOP("Labels", "Deadline recounted (calendar)"),
    "reopen": QT_TRANSLATE_NOOP("Labels", "Follow-up: dissatisfied, rectification reopened"),
    "assign": QT_TRANSLATE_NOOP("Labels", "Category and handler set"),
    "create": QT_TRANSLATE_NOOP("Labels", "Added"),
    "update": QT_TRANSLATE_NOOP("Labels", "Changed"),
    "escalate": QT_TRANSLATE_NOOP("Labels", "Escalated"),
    "approve": QT_TRANSLATE_NOOP("Labels", "Approved"),
    "review": QT_TRANSLATE_NOOP("Labels", "Reviewed"),
    "retire": QT_TRANSLATE_NOOP("Labels", "Risk point retired"),
    "link_complaint": QT_TRANSLATE_NOOP("Labels", "Complaint linked"),
    "link_finding": QT_TRANSLATE_NOOP("Labels", "Inspection finding linked"),
    "unlink_complaint": QT_TRANSLATE_NOOP("Labels", "Complaint unlinked"),
    "unlink_finding": QT_TRANSLATE_NOOP("Labels", "Inspection finding unlinked"),
}

# -- fields: keys of audit details and of history changes ----------------------------------
FIELDS: Mapping[str, str] = {
    "action": QT_TRANSLATE_NOOP("Labels", "Action"),
    "attendance_imported": QT_TRANSLATE_NOOP("Labels", "Attendance imported"),
    "files": QT_TRANSLATE_NOOP("Labels", "Files"),
    "off_duty": QT_TRANSLATE_NOOP("Labels", "Off duty from"),
    "term": QT_TRANSLATE_NOOP("Labels", "Term"),
    "units": QT_TRANSLATE_NOOP("Labels", "Units"),
    "added": QT_TRANSLATE_NOOP("Labels", "Added"),
    "applied": QT_TRANSLATE_NOOP("Labels", "Applied"),
    "approval_withdrawn": QT_TRANSLATE_NOOP("Labels", "Approval withdrawn"),
    "approved_by": QT_TRANSLATE_NOOP("Labels", "Approved by"),
    "before": QT_TRANSLATE_NOOP("Labels", "Before"),
    "by": QT_TRANSLATE_NOOP("Labels", "Done by"),
    "by_type": QT_TRANSLATE_NOOP("Labels", "By type"),
    "case_no": QT_TRANSLATE_NOOP("Labels", "Case number"),
    "done_on": QT_TRANSLATE_NOOP("Labels", "Completed on"),
    "id": QT_TRANSLATE_NOOP("Labels", "Number"),
    "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "project": QT_TRANSLATE_NOOP("Labels", "Project code"),
    "started_on": QT_TRANSLATE_NOOP("Labels", "Started on"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "category": QT_TRANSLATE_NOOP("Labels", "Category"),
    "change_at_login": QT_TRANSLATE_NOOP("Labels", "To change at login"),
    "changes": QT_TRANSLATE_NOOP("Labels", "Changes"),
    "characters": QT_TRANSLATE_NOOP("Labels", "Characters"),
    "citizen_name": QT_TRANSLATE_NOOP("Labels", "Citizen"),
    "citizen_phone": QT_TRANSLATE_NOOP("Labels", "Phone number"),
    "codes": QT_TRANSLATE_NOOP("Labels", "Numbers"),
    "complaint": QT_TRANSLATE_NOOP("Labels", "Complaint"),
    "complaints_opened": QT_TRANSLATE_NOOP("Labels", "Complaints opened"),
    "content": QT_TRANSLATE_NOOP("Labels", "Complaint"),
    "count": QT_TRANSLATE_NOOP("Labels", "Count"),
    "day": QT_TRANSLATE_NOOP("Labels", "Day"),
    "department": QT_TRANSLATE_NOOP("Labels", "Department"),
    "detail": QT_TRANSLATE_NOOP("Labels", "Detail"),
    "departments": QT_TRANSLATE_NOOP("Labels", "Departments"),
    "display_name": QT_TRANSLATE_NOOP("Labels", "Person's name"),
    "duplicates": QT_TRANSLATE_NOOP("Labels", "Already known"),
    "escalation_reason": QT_TRANSLATE_NOOP("Labels", "Escalation reason"),
    "failures": QT_TRANSLATE_NOOP("Labels", "Failed logins"),
    "file": QT_TRANSLATE_NOOP("Labels", "File"),
    "file_sha256": QT_TRANSLATE_NOOP("Labels", "File checksum"),
    "finding": QT_TRANSLATE_NOOP("Labels", "Finding"),
    "findings": QT_TRANSLATE_NOOP("Labels", "Findings"),
    "follow_up": QT_TRANSLATE_NOOP("Labels", "Follow-up result"),
    "grade": QT_TRANSLATE_NOOP("Labels", "Grade"),
    "handler": QT_TRANSLATE_NOOP("Labels", "Handler"),
    "how": QT_TRANSLATE_NOOP("Labels", "How"),
    "impact": QT_TRANSLATE_NOOP("Labels", "Impact"),
    "item": QT_TRANSLATE_NOOP("Labels", "Checklist item"),
    "items": QT_TRANSLATE_NOOP("Labels", "Checklist items"),
    "likelihood": QT_TRANSLATE_NOOP("Labels", "Likelihood"),
    "locked_until": QT_TRANSLATE_NOOP("Labels", "Locked until"),
    "measures": QT_TRANSLATE_NOOP("Labels", "Control measures"),
    "minutes": QT_TRANSLATE_NOOP("Labels", "Minutes"),
    "next_review": QT_TRANSLATE_NOOP("Labels", "Next review"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "outcome": QT_TRANSLATE_NOOP("Labels", "Result"),
    "password_expired": QT_TRANSLATE_NOOP("Labels", "Password expired"),
    "reason": QT_TRANSLATE_NOOP("Labels", "Reason"),
    "rectification": QT_TRANSLATE_NOOP("Labels", "Rectification measures"),
    "rectify_due": QT_TRANSLATE_NOOP("Labels", "Rectification due"),
    "rectify_workdays": QT_TRANSLATE_NOOP("Labels", "Rectification working days"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "Rejected"),
    "responsible": QT_TRANSLATE_NOOP("Labels", "Responsible person"),
    "retired": QT_TRANSLATE_NOOP("Labels", "Retired"),
    "revision": QT_TRANSLATE_NOOP("Labels", "Revision"),
    "role": QT_TRANSLATE_NOOP("Labels", "Role"),
    "rows": QT_TRANSLATE_NOOP("Labels", "Rows"),
    "satisfaction": QT_TRANSLATE_NOOP("Labels", "Citizen's satisfaction"),
    "skipped": QT_TRANSLATE_NOOP("Labels", "Skipped"),
    "source": QT_TRANSLATE_NOOP("Labels", "Source"),
    "staff": QT_TRANSLATE_NOOP("Labels", "Staff"),
    "substantiated_at": QT_TRANSLATE_NOOP("Labels", "Substantiated at"),
    "to": QT_TRANSLATE_NOOP("Labels", "To"),
    "to_state": QT_TRANSLATE_NOOP("Labels", "New state"),
    "unmasked": QT_TRANSLATE_NOOP("Labels", "Unmasked"),
    "updated": QT_TRANSLATE_NOOP("Labels", "Updated"),
    "verify_due": QT_TRANSLATE_NOOP("Labels", "Verification due"),
    "verify_workdays": QT_TRANSLATE_NOOP("Labels", "Verification working days"),
    "visited": QT_TRANSLATE_NOOP("Labels", "Windows visited"),
    "was_locked": QT_TRANSLATE_NOOP("Labels", "Was locked"),
    "window": QT_TRANSLATE_NOOP("Labels", "Window"),
    "window_id": QT_TRANSLATE_NOOP("Labels", "Window"),
    "windows": QT_TRANSLATE_NOOP("Labels", "Windows"),
    "workday": QT_TRANSLATE_NOOP("Labels", "Working day"),
    "day_end": QT_TRANSLATE_NOOP("Labels", "Closed by the day's end"),
    "encoding": QT_TRANSLATE_NOOP("Labels", "Encoding"),
    "estimated_sessions": QT_TRANSLATE_NOOP("Labels", "Estimated sessions"),
    "events": QT_TRANSLATE_NOOP("Labels", "Events"),
    "folder": QT_TRANSLATE_NOOP("Labels", "Folder"),
    "kind": QT_TRANSLATE_NOOP("Labels", "Kind"),
    "mapping": QT_TRANSLATE_NOOP("Labels", "Mapping"),
    "rejected_rows": QT_TRANSLATE_NOOP("Labels", "Rejected rows"),
    "rejects": QT_TRANSLATE_NOOP("Labels", "Rejects file"),
    "summary_rows": QT_TRANSLATE_NOOP("Labels", "Summary rows"),
    "types": QT_TRANSLATE_NOOP("Labels", "Event types"),
    "issue": QT_TRANSLATE_NOOP("Labels", "Issue number"),
    "refused": QT_TRANSLATE_NOOP("Labels", "Refused"),
    "tokens": QT_TRANSLATE_NOOP("Labels", "Tokens"),
    "token": QT_TRANSLATE_NOOP("Labels", "Token"),
    "year": QT_TRANSLATE_NOOP("Labels", "Year"),
    "after": QT_TRANSLATE_NOOP("Labels", "After"),
    "deduction": QT_TRANSLATE_NOOP("Labels", "Deduction"),
    "label": QT_TRANSLATE_NOOP("Labels", "Label"),
    "op": QT_TRANSLATE_NOOP("Labels", "Operation"),
    "audit_seq": QT_TRANSLATE_NOOP("Labels", "Audit entry"),
    "bytes": QT_TRANSLATE_NOOP("Labels", "Bytes"),
    "complaint_deadlines_moved": QT_TRANSLATE_NOOP("Labels", "Complaint deadlines moved"),
    "complaints": QT_TRANSLATE_NOOP("Labels", "Complaints"),
    "due_dates_moved": QT_TRANSLATE_NOOP("Labels", "Due dates moved"),
    "entries": QT_TRANSLATE_NOOP("Labels", "Entries"),
    "filter": QT_TRANSLATE_NOOP("Labels", "Filter"),
    "from": QT_TRANSLATE_NOOP("Labels", "From"),
    "sha256": QT_TRANSLATE_NOOP("Labels", "Checksum"),
    "taken": QT_TRANSLATE_NOOP("Labels", "Taken at"),
}

# -- states --------------------------------------------------------------------------------
STATES: Mapping[str, str] = {
    # complaint ledger
    "registered": QT_TRANSLATE_NOOP("Labels", "Registered"),
    "verifying": QT_TRANSLATE_NOOP("Labels", "Verifying"),
    "appealed": QT_TRANSLATE_NOOP("Labels", "Appealed"),
    "substantiated": QT_TRANSLATE_NOOP("Labels", "Substantiated"),
    "unsubstantiated": QT_TRANSLATE_NOOP("Labels", "Unsubstantiated"),
    "rectifying": QT_TRANSLATE_NOOP("Labels", "Rectifying"),
    "followed_up": QT_TRANSLATE_NOOP("Labels", "Followed up"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "voided": QT_TRANSLATE_NOOP("Labels", "Voided"),
    # satisfaction at the follow-up
    "satisfied": QT_TRANSLATE_NOOP("Labels", "Satisfied"),
    "basically_satisfied": QT_TRANSLATE_NOOP("Labels", "Basically satisfied"),
    "dissatisfied": QT_TRANSLATE_NOOP("Labels", "Dissatisfied"),
    # inspection results
    "pass": QT_TRANSLATE_NOOP("Labels", "Pass"),
    "fail": QT_TRANSLATE_NOOP("Labels", "Fail"),
    "unchecked": QT_TRANSLATE_NOOP("Labels", "Not checked"),
    # risk phases
    "identify": QT_TRANSLATE_NOOP("Labels", "Identify"),
    "prevent": QT_TRANSLATE_NOOP("Labels", "Prevent"),
    "control": QT_TRANSLATE_NOOP("Labels", "Control"),
    "evaluate": QT_TRANSLATE_NOOP("Labels", "Evaluate and accept"),
}

# -- sources: of a complaint, and of an actor (the part before ``:``) ----------------------
SOURCES: Mapping[str, str] = {
    "evaluation": QT_TRANSLATE_NOOP("Labels", "Evaluation device"),
    "hotline": QT_TRANSLATE_NOOP("Labels", "12345 hotline"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "letter": QT_TRANSLATE_NOOP("Labels", "Letter"),
    "web": QT_TRANSLATE_NOOP("Labels", "Web"),
    "in_person": QT_TRANSLATE_NOOP("Labels", "In person"),
    "inspection": QT_TRANSLATE_NOOP("Labels", "Inspection"),
}
ACTOR_SOURCES: Mapping[str, str] = {
    "cli": QT_TRANSLATE_NOOP("Labels", "command line"),
    "demo": QT_TRANSLATE_NOOP("Labels", "demo data"),
    "sim": QT_TRANSLATE_NOOP("Labels", "simulator"),
    "test": QT_TRANSLATE_NOOP("Labels", "test"),
    "feed": QT_TRANSLATE_NOOP("Labels", "queue system"),
}
ROLES: Mapping[str, str] = {
    "director": QT_TRANSLATE_NOOP("Labels", "Director"),
    "office": QT_TRANSLATE_NOOP("Labels", "Office"),
    "inspector": QT_TRANSLATE_NOOP("Labels", "Inspector"),
    "auditor": QT_TRANSLATE_NOOP("Labels", "Auditor"),
    "setup": QT_TRANSLATE_NOOP("Labels", "Setup"),
}

# -- kinds of record (the audit log's entity) ----------------------------------------------
ENTITIES: Mapping[str, str] = {
    "account": QT_TRANSLATE_NOOP("Labels", "Account"),
    "assessment_title": QT_TRANSLATE_NOOP("Labels", "Title"),
    "month": QT_TRANSLATE_NOOP("Labels", "Month"),
    "batch": QT_TRANSLATE_NOOP("Labels", "Event batch"),
    "briefing": QT_TRANSLATE_NOOP("Labels", "Briefing"),
    "briefing_note": QT_TRANSLATE_NOOP("Labels", "Briefing text"),
    "calendar": QT_TRANSLATE_NOOP("Labels", "Calendar"),
    "calendar_day": QT_TRANSLATE_NOOP("Labels", "Calendar day"),
    "file": QT_TRANSLATE_NOOP("Labels", "File"),
    "complaint": QT_TRANSLATE_NOOP("Labels", "Complaint"),
    "database": QT_TRANSLATE_NOOP("Labels", "Database"),
    "hall": QT_TRANSLATE_NOOP("Labels", "Hall"),
    "inspection_round": QT_TRANSLATE_NOOP("Labels", "Inspection round"),
    "permission": QT_TRANSLATE_NOOP("Labels", "Permission"),
    "token": QT_TRANSLATE_NOOP("Labels", "Token"),
    "project": QT_TRANSLATE_NOOP("Labels", "Key project"),
    "risk_point": QT_TRANSLATE_NOOP("Labels", "Risk point"),
    "setting": QT_TRANSLATE_NOOP("Labels", "Setting"),
    "alert": QT_TRANSLATE_NOOP("Labels", "Alert"),
    "checklist_item": QT_TRANSLATE_NOOP("Labels", "Checklist item"),
    "department": QT_TRANSLATE_NOOP("Labels", "Department"),
    "staff": QT_TRANSLATE_NOOP("Labels", "Staff member"),
    "window": QT_TRANSLATE_NOOP("Labels", "Window"),
    "audit_log": QT_TRANSLATE_NOOP("Labels", "Audit log"),
}

TABLES: Mapping[str, Mapping[str, str]] = {
    "action": ACTIONS, "step": STEPS, "field": FIELDS, "state": STATES, "source": SOURCES,
    "actor_source": ACTOR_SOURCES, "role": ROLES, "entity": ENTITIES}


def english(kind: str, key: str) -> str:
    """The English label of ``key`` in table ``kind`` (the key itself if it has none);
    a step falls back to the audit action of the same name."""
    table = TABLES[kind]
    if key in table:
        return table[key]
    if kind == "step":
        for prefix in ("complaint.", "risk.", "inspection."):
            if prefix + key in ACTIONS:
                return ACTIONS[prefix + key]
    return key
