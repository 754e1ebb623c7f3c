"""Inspection rounds (docs/spec/records.md, Inspections): results per window and item,
notes and photos, roles, findings in the score (docs/spec/figures.md), a finding opening
a ledger entry or linked to a risk point, voiding, repeat offenders; every change
audited, nothing deleted."""

from __future__ import annotations

import datetime as dt
import json
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select, text, update

from app.db import Database
from app.errors import UserError
from app.figures import Period, compute
from app.figures import inspections as figures
from app.records import inspection_rules as rules
from app.records import inspection_view as view
from app.records import inspections as svc
from app.records import risks as risk_svc
from models import (
    AuditEntry,
    Complaint,
    InspectionFinding,
    InspectionPhoto,
    InspectionRound,
    InspectionStep,
    RiskLink,
)
from tests.cli_helpers import cli

TZ = dt.timezone(dt.timedelta(hours=8))
DAY = dt.date(2026, 9, 15)
NOW = dt.datetime.combine(DAY, dt.time(10), TZ).timestamp()
Q3 = Period(dt.date(2026, 7, 1), dt.date(2026, 10, 1), __import__("zoneinfo").ZoneInfo(
    "Asia/Shanghai"))


def png(width: int = 4, height: int = 3) -> bytes:
    """A real (tiny) PNG file."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    raw = b"".join(b"\x00" + b"\x80\x40\x20" * width for _ in range(height))
    return (rules.PNG_SIGNATURE + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                               0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def do(db: Database, func: Any, *args: Any, role: str = "inspector", now: float = NOW,
       actor: str | None = None, **kw: Any) -> Any:
    with db.write() as session:
        return func(session, *args, actor=actor or f"test:{role}", role=role, now=now, **kw)


def start(db: Database, role: str = "inspector", now: float = NOW) -> int:
    return int(do(db, svc.start_round, role=role, now=now).id)


def state(db: Database, rid: int) -> view.RoundState:
    with db.read() as session:
        return view.load_round(session, rid)


def score(db: Database, window: str) -> float:
    with db.read() as session:
        return compute(session, Q3, NOW + 86400, [window]).windows[window].score


# -- a round ---------------------------------------------------------------------------
def test_a_round_records_outcomes_and_notes(db: Database) -> None:
    rid = start(db)
    with db.read() as session:
        code = session.get(InspectionRound, rid).code  # type: ignore[union-attr]
    assert code == "XC-20260915-01"
    do(db, svc.record, rid, "W01", "badge", outcome="fail", note="未挂牌",
       seen=("idle", "张三"))
    do(db, svc.record, rid, "W01", "present", outcome="pass")
    assert do(db, svc.pass_rest, rid, "W01") == 7
    do(db, svc.record, rid, "W02", "tidy", note="  台面有杂物  ")
    # the same value again is no change: nothing written
    with db.read() as session:
        audits = session.query(AuditEntry).count()
    assert do(db, svc.record, rid, "W01", "badge", outcome="fail", note="未挂牌") is None
    with db.read() as session:
        assert session.query(AuditEntry).count() == audits
    got = state(db, rid)
    assert got.window == "W02" and got.item == "tidy"      # where the inspector is
    assert got.outcome("W01", "badge") == "fail"
    assert got.results[("W01", "badge")].note == "未挂牌"
    assert got.outcome("W02", "tidy") == "unchecked"
    assert got.results[("W02", "tidy")].note == "台面有杂物"
    assert got.visited == {"W01", "W02"}
    summary = view.summary(got)
    assert (summary.windows, summary.visited, summary.complete) == (3, 2, 1)
    assert (summary.passed, summary.failed, summary.points) == (8, 1, 0.1)
    assert summary.failures == [("W01", "挂工作牌", "未挂牌")]
    finished = do(db, svc.finish, rid)
    assert finished.ended_at == NOW
    with pytest.raises(UserError, match="is finished"):
        do(db, svc.record, rid, "W03", "badge", outcome="pass")
    with db.read() as session:
        actions = [a for (a,) in session.execute(
            select(AuditEntry.action).where(AuditEntry.entity == "inspection_round"))]
        steps = session.query(InspectionStep).count()
    assert actions == ["inspection.start", "inspection.record", "inspection.record",
                       "inspection.pass_rest", "inspection.record", "inspection.finish"]
    assert steps == len(actions)


def test_one_open_round_per_inspector_and_only_its_own(db: Database) -> None:
    rid = start(db)
    with pytest.raises(UserError, match="not finished yet"):
        start(db)
    with pytest.raises(UserError, match="only its inspector"):
        do(db, svc.record, rid, "W01", "badge", outcome="fail", actor="test:other")
    with db.read() as session:
        assert svc.open_round_of(session, "test:inspector").id == rid  # type: ignore[union-attr]
        assert svc.open_round_of(session, "test:other") is None


@pytest.mark.parametrize("bad, message", [
    ({"window": "W99"}, "'W99' is not a window"),
    ({"item": "nap"}, "'nap' is not on the hall's checklist"),
    ({"outcome": "maybe"}, "'maybe' is not one of pass, fail, unchecked"),
    ({"note": "x" * 2001}, "The note is too long"),
    ({"note": "bad\x00"}, "control characters"),
])
def test_bad_input_changes_nothing(db: Database, bad: dict[str, str], message: str) -> None:
    rid = start(db)
    args = {"window": "W01", "item": "badge", "outcome": "fail", **bad}
    with pytest.raises(UserError, match=message):
        do(db, svc.record, rid, args.pop("window"), args.pop("item"), **args)
    assert state(db, rid).results == {}


def test_roles(db: Database) -> None:
    with pytest.raises(UserError, match="The auditor role cannot record inspections"):
        start(db, role="auditor")
    rid = start(db, role="inspector")
    with pytest.raises(UserError, match="auditor role cannot record inspections"):
        do(db, svc.record, rid, "W01", "badge", outcome="fail", role="auditor",
           actor="test:inspector")
    do(db, svc.record, rid, "W01", "badge", outcome="fail")
    fid = state(db, rid).results[("W01", "badge")].finding_id
    with pytest.raises(UserError, match="inspector role cannot void"):
        do(db, svc.void, fid, "误记", role="inspector")
    with pytest.raises(UserError, match="auditor role cannot register complaints"):
        do(db, svc.open_complaint, fid, role="auditor")


# -- findings in the score -------------------------------------------------------------
def test_findings_cost_the_checklist_items_deduction(db: Database, db_url: str,
                                                     capsys: pytest.CaptureFixture[str]
                                                     ) -> None:
    with db.write() as session:
        session.execute(text("UPDATE checklist_item SET deduction = 0.3 WHERE key = 'quarrel'"))
    rid = start(db)
    do(db, svc.record, rid, "W01", "badge", outcome="fail")
    do(db, svc.record, rid, "W01", "quarrel", outcome="fail")
    do(db, svc.record, rid, "W02", "badge", outcome="pass")
    do(db, svc.record, rid, "W02", "tidy", outcome="fail")
    do(db, svc.record, rid, "W02", "tidy", outcome="pass")       # corrected on the spot
    assert score(db, "W01") == pytest.approx(99.6)
    assert score(db, "W02") == 100.0
    with db.read() as session:
        w = compute(session, Q3, NOW + 86400, ["W01"]).windows["W01"]
    assert w.inspection_findings == 2
    assert w.deductions["inspection_finding"] == pytest.approx(0.4)
    # the command line's stats --json shows the same score
    status, out, err = cli(capsys, "--db", db_url, "stats", "--from", "2026-07-01",
                           "--to", "2026-10-01", "--json")
    assert status == 0, err
    data = json.loads(out)
    assert data["windows"]["W01"]["score"] == pytest.approx(99.6)
    assert data["windows"]["W02"]["score"] == 100.0
    # outside the quarter the finding costs nothing
    status, out, _ = cli(capsys, "--db", db_url, "stats", "--from", "2026-10-01",
                         "--to", "2027-01-01", "--json")
    assert json.loads(out)["windows"]["W01"]["score"] == 100.0
    # voided by the director: no longer a deduction, the result stays
    fid = state(db, rid).results[("W01", "quarrel")].finding_id
    do(db, svc.void, fid, "系群众误会，经核实无争吵", role="director")
    assert score(db, "W01") == pytest.approx(99.9)
    with db.read() as session:
        assert session.get(InspectionFinding, fid).outcome == "voided"  # type: ignore[union-attr]
    with pytest.raises(UserError, match="was voided"):
        do(db, svc.record, rid, "W01", "quarrel", outcome="pass")


def test_a_finding_opens_a_ledger_entry(db: Database) -> None:
    rid = start(db)
    do(db, svc.record, rid, "W02", "attitude", outcome="fail", note="对群众态度生硬")
    do(db, svc.record, rid, "W02", "badge", outcome="pass")
    results = state(db, rid).results
    with pytest.raises(UserError, match="no inspection finding"):
        do(db, svc.open_complaint, results[("W02", "badge")].finding_id)
    fid = results[("W02", "attitude")].finding_id
    entry = do(db, svc.open_complaint, fid)
    with db.read() as session:
        c = session.get(Complaint, entry.id)
        assert c is not None
        assert (c.source, c.state) == ("inspection", "registered")
        assert "服务态度不合格" in c.content and "对群众态度生硬" in c.content
        assert session.get(InspectionFinding, fid).complaint_id == c.id  # type: ignore[union-attr]
        found = figures.findings(session, Q3)
    assert [(f.window, f.item, f.complaint) for f in found] == [("W02", "服务态度", c.code)]
    with pytest.raises(UserError, match="opened complaint"):
        do(db, svc.open_complaint, fid)


def test_a_finding_links_to_a_risk_point(db: Database) -> None:
    with db.write() as session:
        pid = risk_svc.create(session, "LZ-GG-001", {
            "category": "公共类", "risk_type": "思想道德", "post": "窗口岗",
            "procedure": "接待", "description": "服务态度生硬", "likelihood": 3, "impact": 3,
            "measures": "巡查", "responsible": "张三", "department": "GS", "phase": "控制"},
            actor="test:office", role="office", now=NOW).id
    rid = start(db)
    do(db, svc.record, rid, "W01", "attitude", outcome="fail")
    do(db, svc.record, rid, "W01", "badge", outcome="pass")
    results = state(db, rid).results
    with pytest.raises(UserError, match="does not exist"):    # a pass is no finding
        do(db, risk_svc.link, pid, "finding", str(results[("W01", "badge")].finding_id))
    with pytest.raises(UserError, match="'LZ-XX-9' is not in the register"):
        do(db, svc.link_risk, results[("W01", "attitude")].finding_id, "LZ-XX-9")
    do(db, svc.link_risk, results[("W01", "attitude")].finding_id, "lz-gg-001", "态度问题")
    with db.read() as session:
        link = session.scalars(select(RiskLink)).one()
    assert (link.kind, link.finding_id) == ("finding", results[("W01", "attitude")].finding_id)


# -- photos ----------------------------------------------------------------------------
def test_photos_are_checked_and_kept(db: Database, tmp_path: Path) -> None:
    rid = start(db)
    photo = tmp_path / "badge.png"
    photo.write_bytes(png(640, 480))
    data, name = rules.read_photo(photo)
    do(db, svc.attach_photo, rid, "W01", "badge", data, name)
    got = state(db, rid).results[("W01", "badge")]
    assert (got.outcome, got.photos) == ("unchecked", 1)
    with db.read() as session:
        assert view.photo(session, got.finding_id) == (data, "badge.png")
        kept = session.scalars(select(InspectionPhoto)).one()
    assert (kept.mime, kept.width, kept.height) == ("image/png", 640, 480)
    for content, message in [
            (b"", "is empty"),
            (b"GIF89a....", "not a JPEG or PNG"),
            (rules.PNG_SIGNATURE + b"\x00" * 4, "damaged PNG"),
            (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 8, "damaged JPEG"),
            (png(20_000, 10), "20000×10 pixels"),
            (png(9000, 9000), "9000×9000 pixels"),
            (b"\xff\xd8\xff" + b"\x00" * (rules.MAX_PHOTO_BYTES + 1), "at most 8 MiB")]:
        with pytest.raises(UserError, match=message):
            do(db, svc.attach_photo, rid, "W01", "badge", content, "x.jpg")
    big = tmp_path / "huge.jpg"
    with big.open("wb") as f:
        f.truncate(rules.MAX_PHOTO_BYTES + 10)
    with pytest.raises(UserError, match="at most 8 MiB"):
        rules.read_photo(big)
    with pytest.raises(UserError, match="not a file"):
        rules.read_photo(tmp_path)
    jpeg = (b"\xff\xd8\xff\xe0\x00\x04ab" + b"\xff\xc0\x00\x11\x08" + struct.pack(">HH", 600, 800)
            + b"\x03" + b"\x00" * 9 + b"\xff\xd9")
    assert rules.photo_info(jpeg, "x.jpg") == rules.PhotoInfo("image/jpeg", 800, 600)


# -- repeat offenders and the tab's figures --------------------------------------------
def test_repeat_offenders_this_quarter(db: Database) -> None:
    days = [NOW - 60 * 86400, NOW - 30 * 86400, NOW, NOW + 30 * 86400]
    for i, now in enumerate(days):
        rid = start(db, now=now)
        do(db, svc.record, rid, "W01", "badge", outcome="fail", now=now)
        if i == 1:
            do(db, svc.record, rid, "W02", "snacks", outcome="fail", now=now)
        if i == 2:
            do(db, svc.record, rid, "W02", "snacks", outcome="fail", now=now)
            do(db, svc.record, rid, "W03", "tidy", outcome="fail", now=now)
        do(db, svc.finish, rid, now=now + 600)
    with db.read() as session:
        repeat = figures.repeat_offenders(session, Q3)
        items = {i.key: i for i in figures.by_item(session, Q3)}
        windows = figures.by_window(session, Q3)
        rounds = figures.rounds(session, Q3)
    # days[0] is 2026-07-17 and days[3] is in Q4: W01 failed badge in three Q3 rounds
    assert [(r.window, r.item, r.rounds) for r in repeat] == [("W01", "挂工作牌", 3),
                                                             ("W02", "无吃零食", 2)]
    assert repeat[0].last_on == DAY
    assert (items["badge"].findings, items["badge"].windows) == (3, 1)
    assert items["badge"].points == pytest.approx(0.3)
    assert items["present"].findings == 0 and len(items) == 9
    assert [(w.code, w.findings) for w in windows] == [("W01", 3), ("W02", 2), ("W03", 1)]
    assert [r.findings for r in rounds] == [3, 2, 1]
    assert all(r.ended_at is not None for r in rounds)


# -- records ---------------------------------------------------------------------------
def test_nothing_is_deleted(db: Database) -> None:
    rid = start(db)
    do(db, svc.record, rid, "W01", "badge", outcome="fail")
    do(db, svc.attach_photo, rid, "W01", "badge", png(), "p.png")
    for model in (InspectionRound, InspectionFinding, InspectionPhoto, InspectionStep):
        with pytest.raises(Exception, match=r"never deleted|append-only|refused"), \
                db.write() as session:
            session.execute(delete(model))
    for model in (InspectionPhoto, InspectionStep):
        with pytest.raises(Exception, match=r"append-only|refused"), db.write() as session:
            session.execute(update(model).values(at=0) if model is InspectionStep
                            else update(model).values(filename="x"))


def test_the_last_round_and_the_windows_not_inspected_this_quarter(db: Database) -> None:
    with db.read() as session:
        assert figures.last_round(session) is None
        assert [w.code for w in figures.not_inspected(session, Q3)] == ["W01", "W02", "W03"]
    # a round last quarter visits every window; this quarter's visits W01 only
    june = NOW - 100 * 86400
    old = start(db, now=june)
    for window in ("W01", "W02", "W03"):
        do(db, svc.pass_rest, old, window, now=june + 60)
    do(db, svc.finish, old, now=june + 120)
    rid = start(db, role="director", now=NOW)
    do(db, svc.record, rid, "W01", "badge", role="director", now=NOW + 60, outcome="fail")
    do(db, svc.pass_rest, rid, "W01", role="director", now=NOW + 90)
    do(db, svc.finish, rid, role="director", now=NOW + 120)
    with db.read() as session:
        last = figures.last_round(session)
        missing = figures.not_inspected(session, Q3)
    assert last is not None
    assert (last.round.id, last.round.inspector, last.round.started_at, last.round.visited) == (
        rid, "test:director", NOW, 1)
    assert last.findings == [("W01", "挂工作牌")]
    assert [(w.code, w.department) for w in missing] == [("W02", "工商分局"), ("W03", "人社局")]
