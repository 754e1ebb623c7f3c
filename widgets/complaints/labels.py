"""The ledger's words on screen: states, sources and steps, translated (the Chinese
translations are the labels of spec/records.md), with each step's shortcut."""

from __future__ import annotations

from PyQt6.QtCore import QCoreApplication


def state_label(state: str) -> str:
    return {
        "registered": QCoreApplication.translate("ComplaintLabels", "Registered"),
        "verifying": QCoreApplication.translate("ComplaintLabels", "Verifying"),
        "appealed": QCoreApplication.translate("ComplaintLabels", "Appealed"),
        "substantiated": QCoreApplication.translate("ComplaintLabels", "Substantiated"),
        "unsubstantiated": QCoreApplication.translate("ComplaintLabels", "Unsubstantiated"),
        "rectifying": QCoreApplication.translate("ComplaintLabels", "Rectifying"),
        "followed_up": QCoreApplication.translate("ComplaintLabels", "Followed up"),
        "closed": QCoreApplication.translate("ComplaintLabels", "Closed"),
        "voided": QCoreApplication.translate("ComplaintLabels", "Voided"),
    }.get(state, state)


def source_label(source: str) -> str:
    return {
        "evaluation": QCoreApplication.translate("ComplaintLabels", "Evaluation device"),
        "phone": QCoreApplication.translate("ComplaintLabels", "Phone"),
        "letter": QCoreApplication.translate("ComplaintLabels", "Letter"),
        "web": QCoreApplication.translate("ComplaintLabels", "Web"),
        "in_person": QCoreApplication.translate("ComplaintLabels", "In person"),
        "inspection": QCoreApplication.translate("ComplaintLabels", "Inspection"),
    }.get(source, source)


def action_label(action: str) -> str:
    return {
        "register": QCoreApplication.translate("ComplaintLabels", "Registration"),
        "import": QCoreApplication.translate("ComplaintLabels", "Import"),
        "verify": QCoreApplication.translate("ComplaintLabels", "Start verification"),
        "substantiate": QCoreApplication.translate("ComplaintLabels", "Find substantiated"),
        "unsubstantiate": QCoreApplication.translate("ComplaintLabels",
                                                     "Find unsubstantiated"),
        "appeal": QCoreApplication.translate("ComplaintLabels", "Appeal"),
        "uphold": QCoreApplication.translate("ComplaintLabels", "Ruling: evaluation upheld"),
        "accept_appeal": QCoreApplication.translate("ComplaintLabels",
                                                    "Ruling: appeal accepted"),
        "rectify": QCoreApplication.translate("ComplaintLabels", "Start rectification"),
        "follow_up": QCoreApplication.translate("ComplaintLabels", "Follow-up call"),
        "close": QCoreApplication.translate("ComplaintLabels", "Close"),
        "void": QCoreApplication.translate("ComplaintLabels", "Void"),
        "correct": QCoreApplication.translate("ComplaintLabels", "Correction"),
    }.get(action, action)


def field_label(field: str) -> str:
    return {
        "content": QCoreApplication.translate("ComplaintLabels", "Complaint"),
        "window": QCoreApplication.translate("ComplaintLabels", "Window"),
        "window_id": QCoreApplication.translate("ComplaintLabels", "Window"),
        "citizen_name": QCoreApplication.translate("ComplaintLabels", "Citizen"),
        "citizen_phone": QCoreApplication.translate("ComplaintLabels", "Phone number"),
        "finding": QCoreApplication.translate("ComplaintLabels", "Verification finding"),
        "rectification": QCoreApplication.translate("ComplaintLabels", "Rectification measures"),
        "follow_up": QCoreApplication.translate("ComplaintLabels", "Follow-up result"),
        "note": QCoreApplication.translate("ComplaintLabels", "Note"),
        "substantiated_at": QCoreApplication.translate("ComplaintLabels", "Substantiated at"),
        "rectify_due": QCoreApplication.translate("ComplaintLabels", "Rectification due"),
    }.get(field, field)


# The common steps have keyboard shortcuts (shown in each button's tooltip).
SHORTCUTS = {"verify": "Ctrl+1", "substantiate": "Ctrl+2", "unsubstantiate": "Ctrl+3",
             "rectify": "Ctrl+4", "follow_up": "Ctrl+5", "close": "Ctrl+6"}
