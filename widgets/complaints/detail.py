"""One ledger entry as the detail panel shows it: its fields and its full history
(every step with who, when, the state change, the note and any corrected values)."""

from __future__ import annotations

import datetime as dt
import html

from PyQt6.QtCore import QCoreApplication

from app.records.ledger import EntryDetail
from widgets.complaints.labels import action_label, field_label, source_label, state_label

# pylupdate6 finds translate("Context", "text") calls by this name.
translate = QCoreApplication.translate


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value)).replace("\n", "<br>")


def _time(ts: float, tz: dt.tzinfo) -> str:
    return dt.datetime.fromtimestamp(ts, tz).strftime("%Y-%m-%d %H:%M")


def _value(value: object) -> str:
    return "—" if value is None or value == "" else str(value)


def detail_html(entry: EntryDetail, tz: dt.tzinfo) -> str:
    """The entry and its history as HTML for a QTextBrowser (everything escaped)."""
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
        (translate("ComplaintDetail", "Revision"), str(row.revision)),
    ]
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
        lines = [_e(step.note)] if step.note else []
        for field, pair in step.changes.items():
            # a step's own deadline is shown with the entry; a recount shows its move
            if field in ("substantiated_at", "rectify_due") and step.action != "recount":
                continue
            old, new = pair
            change = _value(new) if old is None else f"{_value(old)} → {_value(new)}"
            lines.append(f"{_e(field_label(field))}：{_e(change)}")
        parts.append(
            f"<tr><td valign='top' style='white-space:nowrap'>{_e(_time(step.at, tz))}</td>"
            f"<td valign='top'>{_e(step.actor)}</td>"
            f"<td valign='top'><b>{_e(action_label(step.action))}</b><br>{_e(change)}</td>"
            f"<td valign='top'>{'<br>'.join(lines)}</td></tr>")
    parts.append("</table>")
    return "".join(parts)
