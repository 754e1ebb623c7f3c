"""Every subcommand with hostile arguments (hypothesis over argv, in-process through
``app.cli.run``): exit status 2, one sentence on stderr (a rejected file's report may
follow it, each line indented), nothing on stdout, no traceback, nothing changed —
neither the database nor the files around it, nor a device given as a target."""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli import run
from app.cli.registry import COMMANDS, Arg, Exclusive
from tests.cli_helpers import counts

LONG = "页" * 100            # 300 bytes of UTF-8 before any suffix
DATES = ["2026-02-30", "9999-12-32", "\u2028", "", "\ud800", "二〇二六年", "2026-07-06T25:00",
         "0000-01-01"]
QUARTERS = ["9999Q4", "2026Q5", "Q1", "\ud800", "0000Q1", "10000Q1", "1999Q4"]
INTS = ["x", "1.5", "", "1e3", "0x1F", "\ud800", " "]
FLOATS = ["nan", "inf", "-1", "0", "x", "1e400", "-inf"]
TIMES = ["25:00", "ab", "\ud800", "", "12:60", "-1:00"]
NAMES = ["\ud800", "ｒｏｏｔ", "x" * 300, "", "a\u2028b", "nobody", "a\x00b"]
TEXTS = ["\ud800", "x" * 300, "W99", "\u2028", "\x00"]
EXPECTS = ["x", "1:zz", "0:" + "a" * 16, "\ud800", "5", ":" + "a" * 16]


class Place:
    """The test's own hostile files: a device node (a copy of /dev/null, or a FIFO
    where devices cannot be made), a folder, a file of garbage, paths in a missing
    folder and on the kernel's file systems, names over the limit."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir()
        self.device = root / "null"
        try:
            os.mknod(self.device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        except (PermissionError, AttributeError):
            os.mkfifo(self.device)
        (root / "folder").mkdir()
        for suffix in ("", ".xlsx", ".pdf", ".html", ".jsonl", ".toml"):
            (root / f"garbage{suffix}").write_bytes(b"\x00\xff\xfe garbage \x1b[2J\n" * 3)

    def outputs(self, suffix: str) -> list[str]:
        return [str(self.device), f"/proc/x{suffix}", str(self.root / f"{LONG}{suffix}"),
                str(self.root / "missing" / f"x{suffix}"), str(self.root / "folder"),
                f"/sys/x{suffix}"]

    def inputs(self, suffix: str) -> list[str]:
        return [str(self.root / f"garbage{suffix}"), str(self.root / f"missing{suffix}"),
                str(self.root / "folder"), "/dev/zero", str(self.root / f"{LONG}{suffix}"),
                "/proc/self/mem"]

    def snapshot(self) -> dict[str, tuple[int, int]]:
        return {str(p.relative_to(self.root)): (p.lstat().st_mode, p.lstat().st_size)
                for p in self.root.rglob("*")}


def _suffix(options: dict[str, Any]) -> str:
    metavar = str(options.get("metavar", "")).split("|")[0]
    return metavar[metavar.index("."):] if "." in metavar else ""


def _values(flag: str, options: dict[str, Any], place: Place) -> list[str]:
    """Hostile values for one argument, chosen by what it is."""
    dest = str(options.get("dest") or flag.lstrip("-").replace("-", "_"))
    if options.get("type") is int:
        return INTS
    if options.get("type") is float:
        return FLOATS
    if dest in ("out", "export") or (dest == "file" and options.get("_output")):
        return place.outputs(_suffix(options))
    if dest in ("file", "hall", "import_"):
        return place.inputs(_suffix(options))
    if dest in ("date", "date_from", "date_to", "month", "year"):
        return DATES
    if dest == "quarter":
        return QUARTERS
    if dest == "until":
        return TIMES
    if dest == "expect":
        return EXPECTS
    if dest in ("name", "user", "actor", "role"):
        return NAMES
    return TEXTS


# The commands whose FILE is written (the others read theirs).
OUTPUTS = {("complaints", "export"), ("risks", "export"), ("audit", "export"),
           ("projects", "export"), ("backup",)}


@st.composite
def argv(draw: st.DrawFn, place: Place) -> list[str]:
    path = draw(st.sampled_from(sorted(COMMANDS)))
    cmd = COMMANDS[path]
    words = list(path)
    hostile = 0
    optional: list[Arg] = []
    for item in cmd.args:
        if isinstance(item, Exclusive):
            takes = [a for a in item.args if a.options.get("action") != "store_true"]
            flags = [a for a in item.args if a.options.get("action") == "store_true"
                     and a.flags[0] not in ("--show",)]
            pick = draw(st.sampled_from(takes + flags)) if (takes or flags) else None
            if pick is None:
                continue
            if pick.options.get("action") == "store_true":
                words.append(pick.flags[0])
            else:
                words += [pick.flags[0], draw(st.sampled_from(_values(
                    pick.flags[0], pick.options, place)))]
                hostile += 1
            continue
        options = dict(item.options)
        if (path in OUTPUTS or path[-1] == "export") and item.flags[0] == "file":
            options["_output"] = True
        positional = not item.flags[0].startswith("-")
        if options.get("action") == "store_true":
            # --empty: `init --empty` only migrates, which changes nothing to refuse
            if item.flags[0] not in ("--empty",) and draw(st.booleans()):
                words.append(item.flags[0])
            continue
        value = draw(st.sampled_from(_values(item.flags[0], options, place)))
        if positional:
            words.append(value)
            hostile += 1
        elif options.get("required"):
            words += [item.flags[0], value]
            hostile += 1
        else:
            optional.append(item)
    for item in optional:
        if draw(st.booleans()) or (hostile == 0 and item is optional[-1]):
            words += [item.flags[0], draw(st.sampled_from(_values(item.flags[0],
                                                                  item.options, place)))]
            hostile += 1
    if hostile == 0 and path not in (("init",), ("demo",)):
        words.append("--no-such-option")       # nothing to be hostile with: a bad option
    prefix = draw(st.sampled_from([
        [], [], [], ["--user", "\ud800"], ["--token", str(place.root / "garbage")],
        ["--user", "nobody", "--password-stdin"]]))
    return [*prefix, *words]


@pytest.fixture
def place(tmp_path: Path) -> Iterator[Place]:
    yield Place(tmp_path / "hostile")


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
@settings(max_examples=int(os.environ.get("HALLDESK_HOSTILE_EXAMPLES", "150")),
          deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                HealthCheck.too_slow])
@given(data=st.data())
def test_every_subcommand_refuses_hostile_arguments(
        data: st.DataObject, db_url: str, place: Place,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HALLDESK_MAX_BATCH_MB", "1")      # /dev/zero is refused quickly
    words = data.draw(argv(place))
    before, files = counts(db_url), place.snapshot()
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    status = run(["--db", db_url, *words])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert status == 2, (words, out, err)
    assert out == "", words
    lines = err.rstrip("\n").split("\n")
    assert lines[0].strip() and not lines[0].startswith(" "), (words, err)
    assert all(line.startswith("  ") for line in lines[1:]), (words, err)
    assert counts(db_url) == before, words
    assert place.snapshot() == files, words
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.parametrize("db", ["nonsense://x", "sqlite:////nonexistent/folder/x.db",
                                "postgresql+nosuchdriver://u@h/d", "sqlite:///\ud800/x.db",
                                "", "sqlite:///{device}"])
def test_a_hostile_db_url_is_one_sentence(db: str, place: Place,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    url = db.replace("{device}", str(place.device))
    files = place.snapshot()
    status = run(["--db", url, "stats", "--from", "2026-01-01", "--to", "2026-02-01"]) \
        if url else run(["--db", url, "audit", "verify", "--expect", "x"])
    out, err = capsys.readouterr()
    assert status == 2 and out == "" and "Traceback" not in err, err
    assert len(err.strip().splitlines()) == 1, err
    assert place.snapshot() == files
    assert not Path("/nonexistent").exists()
