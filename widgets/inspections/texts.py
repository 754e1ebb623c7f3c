"""What the inspection mode writes out: a window's live line and a round's summary."""

from __future__ import annotations

from xml.sax.saxutils import escape

from PyQt6.QtCore import QCoreApplication

from app.figures.live import CLOSED, WindowNow
from app.records import inspection_view as view
from widgets.overview.model import duration, state_word

STATE_COLOURS = {"serving": "#2e7d32", "idle": "#1565c0", "paused": "#ef6c00"}


def live_html(w: WindowNow | None, at: float | None) -> str:
    """State (in words and colour), staff on duty, current ticket, served today and the
    evaluation device, as of ``at``."""
    if w is None or at is None:
        return escape(QCoreApplication.translate("InspectionMode", "Live state not known yet."))
    colour = STATE_COLOURS.get(w.state, "#616161")
    parts = [f"<b style='color:{colour}'>{escape(state_word(w.state))}</b>",
             escape(QCoreApplication.translate("InspectionMode", "Staff on duty: %1")
                    .replace("%1", w.staff or "—"))]
    if w.ticket:
        elapsed = (at - w.service_started_at) if w.service_started_at else None
        parts.append(escape(f"{w.ticket} {duration(elapsed)}"))
    parts.append(escape(QCoreApplication.translate("InspectionMode", "Served today: %1")
                        .replace("%1", str(w.served_today))))
    if w.state != CLOSED:
        parts.append(
            escape(QCoreApplication.translate("InspectionMode", "Evaluation device on"))
            if w.evaluator_on else "<b style='color:#b71c1c'>" + escape(
                QCoreApplication.translate("InspectionMode", "Evaluation device off")) + "</b>")
    return " · ".join(parts)


def summary_html(state: view.RoundState) -> str:
    """The round's summary: windows visited, items passed, findings and their points,
    and each finding with its note."""
    s = view.summary(state)
    lines = [
        "<h2>" + escape(QCoreApplication.translate("InspectionMode", "Round %1 finished")
                        .replace("%1", state.code)) + "</h2>",
        "<p>" + escape(QCoreApplication.translate(
            "InspectionMode", "Windows visited: %1 of %2; every item checked at %3.")
            .replace("%1", str(s.visited)).replace("%2", str(s.windows))
            .replace("%3", str(s.complete))) + "</p>",
        "<p>" + escape(QCoreApplication.translate(
            "InspectionMode", "Items passed: %1; findings: %2 (%3 points deducted).")
            .replace("%1", str(s.passed)).replace("%2", str(s.failed))
            .replace("%3", f"{s.points:.1f}")) + "</p>"]
    if s.failures:
        heads = (QCoreApplication.translate("InspectionMode", "Window"),
                 QCoreApplication.translate("InspectionMode", "Item"),
                 QCoreApplication.translate("InspectionMode", "Note"))
        lines.append("<table cellpadding='4' border='1' cellspacing='0'><tr>"
                     + "".join(f"<th>{escape(h)}</th>" for h in heads) + "</tr>")
        lines += [f"<tr><td>{escape(w)}</td><td>{escape(i)}</td><td>{escape(n)}</td></tr>"
                  for w, i, n in s.failures]
        lines.append("</table>")
    return "".join(lines)
