"""One point as HTML for the detail pane: its fields, approval, links and history."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping

from PyQt6.QtCore import QCoreApplication

from app.hall_time import local_text
from app.records import risk_rules as rules
from app.records.risk_register import PointDetail, RegisterRow
from widgets.labels import label, person_text
from widgets.risks.model import attention


def detail_html(row: RegisterRow, info: PointDetail, tz: dt.tzinfo,
                names: Mapping[str, str] | None = None) -> str:
    """The point's detail, its times on the hall's clock (``tz``), people by their names
    (``names``: login → display name)."""
    known = names or {}
    translate = QCoreApplication.translate
    e = html.escape
    grade = rules.GRADE_LABELS[row.grade]
    if row.escalated:
        grade += " " + translate("RiskDetail", "(escalated: %1)").replace(
            "%1", row.escalation_reason or "")
    approval = (translate("RiskDetail", "Approved by %1 on %2").replace(
                    "%1", person_text(row.approved_by, known) if row.approved_by else "")
                .replace("%2", local_text(row.approved_at, tz)) if row.approved_at is not None
                else translate("RiskDetail", "Awaiting approval (审定)"))
    score = (translate("RiskDetail", "Score %1 × %2 = %3, grade %4")
             .replace("%1", str(row.likelihood)).replace("%2", str(row.impact))
             .replace("%3", str(row.score)).replace("%4", grade))
    parts = [
        f"<b>{e(row.code)}</b> {e(rules.CATEGORY_LABELS[row.category])} · "
        f"{e(rules.RISK_TYPE_LABELS[row.risk_type])} · {e(row.post)} · {e(row.procedure)}",
        f"<br>{e(row.description)}",
        f"<br><b>{e(translate('RiskDetail', 'Control measures'))}:</b> {e(row.measures)}",
        f"<br>{e(score)}; {e(row.responsible)} ({e(row.department_name)}); "
        f"{e(rules.PHASE_LABELS[row.phase])}; {e(approval)}",
    ]
    if row.flags.flagged or row.flags.unapproved:
        parts.append(f"<br><span style='color:#b3261e'>{e(attention(row))}</span>")
    if info.links:
        parts.append(f"<br><b>{e(translate('RiskDetail', 'Links'))}:</b> ")
        parts.append("; ".join(
            f"{'<s>' if link.unlinked_at else ''}{e(link.target)} {e(link.summary)}"
            f"{'</s>' if link.unlinked_at else ''}" for link in info.links))
    parts.append(f"<br><b>{e(translate('RiskDetail', 'History'))}:</b>")
    for step in info.steps:
        parts.append(f"<br>{local_text(step.at, tz)} {e(person_text(step.actor, known))} "
                     f"{e(label('step', step.action))}"
                     + (f" — {e(step.note)}" if step.note else ""))
    return "".join(parts)
