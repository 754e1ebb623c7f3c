"""The ledger's words on screen: states, sources and steps, translated (the Chinese
translations are the labels of docs/spec/records.md), with each step's shortcut."""

from __future__ import annotations

from PyQt6.QtCore import QCoreApplication

# pylupdate6 finds translate("Context", "text") calls by this name.
translate = QCoreApplication.translate


def state_label(state: str) -> str:
    return {
        "registered": translate("ComplaintLabels", "Registered"),
        "verifying": translate("ComplaintLabels", "Verifying"),
        "appealed": translate("ComplaintLabels", "Appealed"),
        "substantiated": translate("ComplaintLabels", "Substantiated"),
        "unsubstantiated": translate("ComplaintLabels", "Unsubstantiated"),
        "rectifying": translate("ComplaintLabels", "Rectifying"),
        "followed_up": translate("ComplaintLabels", "Followed up"),
        "closed": translate("ComplaintLabels", "Closed"),
        "voided": translate("ComplaintLabels", "Voided"),
    }.get(state, state)


def source_label(source: str) -> str:
    return {
        "evaluation": translate("ComplaintLabels", "Evaluation device"),
        "hotline": translate("ComplaintLabels", "12345 hotline"),
        "phone": translate("ComplaintLabels", "Phone"),
        "letter": translate("ComplaintLabels", "Letter"),
        "web": translate("ComplaintLabels", "Web"),
        "in_person": translate("ComplaintLabels", "In person"),
        "inspection": translate("ComplaintLabels", "Inspection"),
    }.get(source, source)


def action_label(action: str) -> str:
    return {
        "register": translate("ComplaintLabels", "Registration"),
        "import": translate("ComplaintLabels", "Import"),
        "verify": translate("ComplaintLabels", "Start verification"),
        "substantiate": translate("ComplaintLabels", "Find substantiated"),
        "unsubstantiate": translate("ComplaintLabels",
                                                     "Find unsubstantiated"),
        "appeal": translate("ComplaintLabels", "Appeal"),
        "uphold": translate("ComplaintLabels", "Ruling: evaluation upheld"),
        "accept_appeal": translate("ComplaintLabels",
                                                    "Ruling: appeal accepted"),
        "rectify": translate("ComplaintLabels", "Start rectification"),
        "follow_up": translate("ComplaintLabels", "Follow-up call"),
        "close": translate("ComplaintLabels", "Close"),
        "void": translate("ComplaintLabels", "Void"),
        "correct": translate("ComplaintLabels", "Correction"),
        "recount": translate("ComplaintLabels", "Deadline recounted (calendar)"),
        "reopen": translate("ComplaintLabels", "Follow-up: dissatisfied, rectification reopened"),
        "assign": translate("ComplaintLabels", "Category and handler set"),
    }.get(action, action)


def satisfaction_label(key: str) -> str:
    return {
        "satisfied": translate("ComplaintLabels", "Satisfied"),
        "basically_satisfied": translate("ComplaintLabels", "Basically satisfied"),
        "dissatisfied": translate("ComplaintLabels", "Dissatisfied"),
    }.get(key, key)


def field_label(field: str) -> str:
    return {
        "content": translate("ComplaintLabels", "Complaint"),
        "window": translate("ComplaintLabels", "Window"),
        "window_id": translate("ComplaintLabels", "Window"),
        "citizen_name": translate("ComplaintLabels", "Citizen"),
        "citizen_phone": translate("ComplaintLabels", "Phone number"),
        "finding": translate("ComplaintLabels", "Verification finding"),
        "rectification": translate("ComplaintLabels", "Rectification measures"),
        "follow_up": translate("ComplaintLabels", "Follow-up result"),
        "note": translate("ComplaintLabels", "Note"),
        "substantiated_at": translate("ComplaintLabels", "Substantiated at"),
        "rectify_due": translate("ComplaintLabels", "Rectification due"),
        "verify_due": translate("ComplaintLabels", "Verification due"),
        "satisfaction": translate("ComplaintLabels", "Citizen's satisfaction"),
        "category": translate("ComplaintLabels", "Complaint category"),
        "handler": translate("ComplaintLabels", "Handler"),
    }.get(field, field)


# The common steps have keyboard shortcuts (shown in each button's tooltip).
SHORTCUTS = {"verify": "Ctrl+1", "substantiate": "Ctrl+2", "unsubstantiate": "Ctrl+3",
             "rectify": "Ctrl+4", "follow_up": "Ctrl+5", "close": "Ctrl+6"}
