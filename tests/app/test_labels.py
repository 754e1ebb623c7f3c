"""Every audit action, field, state, source and kind of record has a label (app/labels.py)
and every label a Chinese translation: found in the source (each action string passed to
``audit.record`` or a record module's ``_audit``) and in a demo database's audit log and
histories. A new action or field without a label fails here."""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app import labels
from app.db import Database
from app.i18n_zh import LABELS as ZH
from app.records import complaint_rules, risk_rules
from app.security.people import person
from models import AuditEntry, ComplaintStep, RiskStep

APP = Path(__file__).resolve().parents[2] / "app"

# Actions written as f"<prefix>{...}": each family and where its values come from.
FAMILIES = {
    "complaint.": {*complaint_rules.ACTIONS, complaint_rules.REOPEN},
    # risk_rules.LINK_KINDS give f"link_{kind}" / f"unlink_{kind}"; update() defaults to
    # "update" (app/records/risks.py)
    "risk.": {"update", *(f"{how}_{kind}" for how in ("link", "unlink")
                          for kind in risk_rules.LINK_KINDS)},
    "inspection.": set(),
    # app/briefing/export.record_output: "write" here, "print" and "save" from the tab
    "briefing.": {"print", "save", "write"},
    "project.": set(),
}
# The record modules whose helper (name, index of the action argument) prefixes the
# family: ``_audit(session, record, "<action>", …)``, ``_step(session, project, actor,
# "<action>", …)``.
HELPERS = {"risks.py": "risk.", "inspections.py": "inspection.", "projects.py": "project."}
HELPER_CALLS = {"risks.py": ("_audit", 2), "inspections.py": ("_audit", 2),
                "projects.py": ("_step", 3)}


def _calls() -> Iterator[tuple[Path, ast.Call, int]]:
    """Every audit call in app/: (file, call, index of the action argument)."""
    for path in sorted(APP.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            recorder = (isinstance(f, ast.Attribute) and f.attr == "record"
                        and isinstance(f.value, ast.Name) and f.value.id == "audit")
            name, index = HELPER_CALLS.get(path.name, ("", 0))
            if recorder:
                yield path, node, 2
            elif isinstance(f, ast.Name) and name and f.id == name:
                yield path, node, index


def _strings(node: ast.expr) -> list[str] | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        a, b = _strings(node.body), _strings(node.orelse)
        return None if a is None or b is None else a + b
    return None


def source_actions() -> tuple[set[str], set[str], set[str], list[str]]:
    """(actions, entities, detail keys, unexplained dynamic actions) found in app/."""
    actions: set[str] = set()
    entities: set[str] = set()
    keys: set[str] = set()
    unexplained: list[str] = []
    for path, call, i in _calls():
        prefix = HELPERS.get(path.name, "") if isinstance(call.func, ast.Name) else ""
        action = call.args[i] if len(call.args) > i else None
        found = _strings(action) if action is not None else None
        if found is not None:
            actions.update(prefix + a for a in found)
        elif isinstance(action, ast.JoinedStr) and isinstance(action.values[0], ast.Constant):
            head = prefix + str(action.values[0].value)
            if head in FAMILIES and isinstance(call.func, ast.Attribute):
                actions.update(head + a for a in FAMILIES[head])
            elif prefix and head.startswith(prefix):
                actions.update(prefix + a for a in FAMILIES[prefix]
                               if a.startswith(head[len(prefix):]))
            else:
                unexplained.append(f"{path.name}:{call.lineno}")
        elif prefix:
            actions.update(prefix + a for a in FAMILIES[prefix])
        elif not (isinstance(action, ast.Name) and action.id == "action"):
            unexplained.append(f"{path.name}:{call.lineno}")
        if isinstance(call.func, ast.Attribute) and len(call.args) > 3:
            entities.update(_strings(call.args[3]) or [])
        detail = call.args[5] if len(call.args) > 5 else None   # both helpers: 6th
        if isinstance(detail, ast.Dict):
            keys.update(k.value for k in detail.keys
                        if isinstance(k, ast.Constant) and isinstance(k.value, str))
    # the record helpers: the constant actions passed to ``_audit``
    return actions, entities, keys, unexplained


def test_every_action_entity_and_field_in_the_source_has_a_label() -> None:
    actions, entities, keys, unexplained = source_actions()
    assert not unexplained, f"actions written in a way this test cannot follow: {unexplained}"
    assert len(actions) > 50
    assert sorted(actions - set(labels.ACTIONS)) == []
    assert sorted(entities - set(labels.ENTITIES)) == []
    assert sorted(keys - set(labels.FIELDS)) == []


def test_the_risk_and_inspection_helpers_are_followed() -> None:
    actions, *_ = source_actions()
    assert {"risk.create", "risk.approve", "risk.link_complaint", "inspection.pass_rest",
            "inspection.finish", "complaint.reopen", "complaint.assign"} <= actions


def test_every_label_has_its_chinese() -> None:
    missing = [text for table in labels.TABLES.values() for text in table.values()
               if text not in ZH]
    assert missing == []
    assert ZH[labels.ACTIONS["inspection.pass_rest"]] == "其余项目合格"
    assert ZH[labels.FIELDS["findings"]] == "问题数"


def test_the_states_and_sources_of_the_records_have_labels() -> None:
    assert set(complaint_rules.STATES) <= set(labels.STATES)
    assert set(complaint_rules.SATISFACTIONS) <= set(labels.STATES)
    assert set(complaint_rules.SOURCES) <= set(labels.SOURCES)
    assert set(risk_rules.PHASE_LABELS) <= set(labels.STATES)
    for key in complaint_rules.STATES:   # the same Chinese as the spec's labels
        assert ZH[labels.STATES[key]] == complaint_rules.STATE_LABELS[key]
    for key in complaint_rules.SOURCES:
        assert ZH[labels.SOURCES[key]] == complaint_rules.SOURCE_LABELS[key]


def _fields(detail: Any) -> Iterator[str]:
    if isinstance(detail, dict):
        for k, v in detail.items():
            yield k
            if k == "changes" and isinstance(v, dict):
                yield from v


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_a_demo_database_has_a_label_for_everything_it_recorded(empty_url: str) -> None:
    from app.events.simulator import write_demo_history

    db = Database(empty_url)
    try:
        write_demo_history(db, days=4, seed=3, actor="demo:director", role="director")
        with db.read() as session:
            entries = session.execute(select(AuditEntry.action, AuditEntry.entity,
                                             AuditEntry.detail, AuditEntry.actor)).all()
            steps = {*session.scalars(select(ComplaintStep.action)),
                     *session.scalars(select(RiskStep.action))}
            step_fields = {k for raw in session.scalars(select(ComplaintStep.changes))
                           if raw for k in json.loads(raw)}
    finally:
        db.dispose()
    assert len(entries) > 20
    for action, entity, detail, actor in entries:
        assert action in labels.ACTIONS, action
        assert entity in labels.ENTITIES, entity
        for key in _fields(json.loads(detail)):
            assert key in labels.FIELDS, (action, key)
        p = person(actor, {})
        assert not p.source or p.source in labels.ACTOR_SOURCES, actor
    for step in steps:
        assert labels.english("step", step) != step, step
    assert step_fields <= set(labels.FIELDS)


@pytest.mark.parametrize(("actor", "names", "source", "who", "name", "role"), [
    ("boss", {"boss": "张主任"}, "", "boss", "张主任", False),
    ("cli:root", {}, "cli", "root", "", False),
    ("cli:boss", {"boss": "张主任"}, "cli", "boss", "张主任", False),
    ("demo:inspector", {}, "demo", "inspector", "", True),
    ("cli:root as boss", {"boss": "张主任"}, "", "boss", "张主任", False),
])
def test_an_actor_taken_apart(actor: str, names: dict[str, str], source: str, who: str,
                              name: str, role: bool) -> None:
    p = person(actor, names)
    assert (p.source, p.who, p.name, p.role) == (source, who, name, role)
    assert p.recorded == actor


def test_accounts_carry_a_persons_name(db_url: str,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    from app.security.people import names

    pw = "Secret-Pass-1\n"
    status, _out, err = _with_stdin(capsys, pw, "--db", db_url, "user", "add", "boss",
                                    "--role", "director", "--name", "  张  主任 ",
                                    "--password-stdin")
    assert status == 0, err
    me = ("--db", db_url, "--user", "boss", "--password-stdin")

    def as_boss(*argv: str) -> tuple[int, str, str]:
        return _with_stdin(capsys, pw, *me, *argv)

    status, out, err = as_boss("user", "name", "boss", "张伟")
    assert status == 0 and "boss is shown as 张伟" in out, err
    status, out, _ = as_boss("user", "list")
    assert "张伟" in out
    status, _out, err = as_boss("user", "name", "boss", "x\udc80y")
    assert status == 2                                          # a lone surrogate
    status, out, err = as_boss("user", "name", "boss", "x\u2028y")
    assert status == 0 and "shown as x y" in out               # a line separator: a space
    status, out, err = as_boss("user", "name", "boss", "张伟")
    status, _out, err = as_boss("user", "name", "nobody", "某人")
    assert status == 2 and "no account named 'nobody'" in err
    db = Database(db_url)
    try:
        with db.read() as session:
            assert names(session) == {"boss": "张伟"}
            changes = [json.loads(a.detail) for a in session.scalars(
                select(AuditEntry).where(AuditEntry.action == "account.name")
                .order_by(AuditEntry.seq))]
    finally:
        db.dispose()
    assert changes == [{"display_name": [None, "张 主任"]},
                       {"display_name": ["张 主任", "张伟"]},
                       {"display_name": ["张伟", "x y"]},
                       {"display_name": ["x y", "张伟"]}]
    status, out, _ = as_boss("user", "name", "boss", "")
    assert status == 0 and "login name is shown" in out


def _with_stdin(capsys: pytest.CaptureFixture[str], text: str,
                *argv: str) -> tuple[int, str, str]:
    import io
    import sys

    from tests.cli_helpers import cli

    old = sys.stdin
    sys.stdin = io.StringIO(text)
    try:
        return cli(capsys, *argv)
    finally:
        sys.stdin = old
