"""One ledger entry as the detail panel shows it: its fields and its full history
(every step with who, when, the state change, the note and any corrected values)."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Mapping

from PyQt6.QtCore import QCoreApplication

from app.records.ledger import EntryDetail
from widgets.complaints.labels import (
    action_label,
    field_label,
    satisfaction_label,
    source_label,
    state_label,
)
from widgets.labels import person_text

# pylupdate6 finds translate("Context", "text") calls by this name.
translate = QCoreApplication.translate


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value)).replace("\n", "<br>")


def _time(ts: float, tz: dt.tzinfo) -> str:
    return dt.datetime.fromtimestamp(ts, tz).strftime("%Y-%m-%d %H:%M")


def _value(field: str, value: object) -> str:
    if value is None or value == "":
        return "—"
    if field == "satisfaction":
        return satisfaction_label(str(value))
    return str(value)


# The note an entry opened from an evaluation got before it said so in words.
_AUTOMATIC = re.compile(r"^评价 \S+ 自动登记$")


def _note(step_action: str, note: str) -> str:
    if step_action == "register" and _AUTOMATIC.match(note):
        return translate("ComplaintDetail", "Opened automatically from a bad evaluation")
    return note


def detail_html(entry: EntryDetail, tz: dt.tzinfo,
                names: Mapping[str, str] | None = None) -> str:
    """The entry and its history as HTML for a QTextBrowser (everything escaped);
    people by their names (``names``: login → display name)."""
    known = names or {}
    row = entry.row
    overdue = ""
    if row.overdue:
        overdue = (' <span style="background:#c62828;color:white">&nbsp;'
                   f'{_e(translate("ComplaintDetail", "Overdue"))}&nbsp;</span>')
    window = " ".join(p for p in (row.window, entry.window_label) if p)
    if row.department_name:
        window += f" · {row.department_name}"
    rating = f"（{entry.rating}）" if entry.rating else ""
    facts = [
        (translate("ComplaintDetail", "Source"), source_label(row.source) + rating),
        (translate("ComplaintDetail", "Registered"), _time(row.registered_at, tz)),
        (translate("ComplaintDetail", "Window"), window or "—"),
        (translate("ComplaintDetail", "Citizen"), row.citizen_name or "—"),
        (translate("ComplaintDetail", "Phone number"), row.citizen_phone or "—"),
        (translate("ComplaintDetail", "Verification due"), row.verify_due.isoformat()),
        (translate("ComplaintDetail", "Rectification due"),
         row.rectify_due.isoformat() if row.rectify_due else "—"),
        (field_label("category"), row.category or "—"),
        (field_label("handler"), person_text(row.handler, known) if row.handler else "—"),
        (field_label("satisfaction"), _value("satisfaction", entry.satisfaction)),
        (translate("ComplaintDetail", "Revision"), str(row.revision)),
    ]
    if entry.evaluation_event_id:
        facts.insert(1, (translate("ComplaintDetail", "Evaluation"), entry.evaluation_event_id))
    parts = [f"<h3>{_e(row.code)} · {_e(state_label(row.state))}{overdue}</h3>",
             "<table cellspacing='0' cellpadding='2'>"]
    parts += [f"<tr><td style='color:#555'>{_e(k)}</td><td>{_e(v)}</td></tr>" for k, v in facts]
    parts.append("</table>")
    for caption, text in ((translate("ComplaintDetail", "Complaint"), row.content),
                          (field_label("finding"), entry.finding),
                          (field_label("rectification"), entry.rectification),
                          (field_label("follow_up"), entry.follow_up)):
        if text:
            parts.append(f"<p><b>{_e(caption)}</b><br>{_e(text)}</p>")
    history = translate("ComplaintDetail", "History")
    parts.append(f"<h4>{_e(history)}</h4>"
                 "<table cellspacing='0' cellpadding='3' border='0'>")
    for step in entry.history:
        change = state_label(step.to_state)
        if step.from_state and step.from_state != step.to_state:
            change = f"{state_label(step.from_state)} → {change}"
        lines = [_e(_note(step.action, step.note))] if step.note else []
        for field, pair in step.changes.items():
            # a step's own deadline is shown with the entry; a recount and a reopened
            # rectification show its move
            if (field in ("substantiated_at", "rectify_due")
                    and step.action not in ("recount", "reopen")):
                continue
            old, new = pair
            if field == "handler":
                old, new = (person_text(v, known) if v else v for v in (old, new))
            moved = (_value(field, new) if old is None
                     else f"{_value(field, old)} → {_value(field, new)}")
            lines.append(f"{_e(field_label(field))}：{_e(moved)}")
        parts.append(
            f"<tr><td valign='top' style='white-space:nowrap'>{_e(_time(step.at, tz))}</td>"
            f"<td valign='top'>{_e(person_text(step.actor, known))}</td>"
            f"<td valign='top'><b>{_e(action_label(step.action))}</b><br>{_e(change)}</td>"
            f"<td valign='top'>{'<br>'.join(lines)}</td></tr>")
    parts.append("</table>")
    return "".join(parts)
