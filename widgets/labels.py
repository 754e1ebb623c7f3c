"""The words of app/labels.py on screen, translated through Qt (context ``Labels``),
and people by their names (app/security/people.py)."""

from __future__ import annotations

from collections.abc import Mapping

from PyQt6.QtCore import QCoreApplication

from app import labels
from app.security.people import person

CONTEXT = labels.CONTEXT


def label(kind: str, key: str) -> str:
    """``key`` of table ``kind`` (action, step, field, state, source, entity, role) in
    the interface's language; an unknown key as recorded."""
    return QCoreApplication.translate(CONTEXT, labels.english(kind, key))


def action_label(action: str) -> str:
    return label("action", action)


def field_label(field: str) -> str:
    return label("field", field)


def person_text(actor: str, names: Mapping[str, str]) -> str:
    """An actor as staff read it: the person's name, else the login or role word, with
    where it came from when not a desktop session (张主任, root（命令行）, 主任（演示数据）)."""
    p = person(actor, names)
    who = p.name or (label("role", p.who) if p.role else p.who)
    if not p.source:
        return who
    source = label("actor_source", p.source)
    return QCoreApplication.translate("Labels", "%1 (%2)").replace("%1", who).replace(
        "%2", source)
