"""The command line speaks Chinese by default, whatever the machine's locale, and English
with HALLDESK_LANG=en (issue 18, 8–9): messages, errors and --help; every message the
code can give (each UserError sentence raised in app/, each line a command prints, each
--help text) has its Chinese; long commands show progress on a terminal only."""

from __future__ import annotations

import ast
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app import i18n
from app.cli.registry import COMMANDS, GROUPS, Exclusive
from app.i18n import Catalogue, chinese, language
from app.i18n_zh import ZH
from app.progress import TerminalProgress

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"
ERRORS = {"UserError", "FieldError", "LoginFailed", "PermissionDenied", "DatabaseUnavailable",
          "BatchRejected", "SheetRejected", "ChangedMeanwhile", "__init__"}


def _template(node: ast.expr) -> str | None:
    """The message of an f-string as the catalogue keys it: each value a ``{}``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = []
        for v in node.values:
            if isinstance(v, ast.Constant):
                parts.append(str(v.value).replace("{", "{{").replace("}", "}}"))
            else:
                parts.append("{}")
        return "".join(parts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        a, b = _template(node.left), _template(node.right)
        return None if a is None or b is None else a + b
    return None


def source_messages() -> dict[str, str]:
    """Every message written as a literal or an f-string: the first argument of a
    UserError (or its kin) raised in app/, of ``echo`` in the commands. Template →
    where."""
    found: dict[str, str] = {}
    for path in sorted(APP.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(
                f, ast.Attribute) else ""
            if name in ERRORS or (name == "echo" and "cli" in path.parts):
                template = _template(node.args[0])
                # a line of values only (a table's row) has nothing to translate
                if template and any(c.isalpha() for c in template.replace("{}", "")):
                    found.setdefault(template, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def _known(template: str) -> bool:
    if template in ZH:
        return True
    # a message some of whose values are known: the catalogue's own matching decides
    sample = template.replace("{{", "\x00").replace("}}", "\x01")
    probe = sample.replace("{}", "X9").replace("\x00", "{").replace("\x01", "}")
    return chinese(probe) is not None


def test_every_message_in_the_source_has_its_chinese() -> None:
    found = source_messages()
    assert len(found) > 150
    missing = [f"{where}: {t!r}" for t, where in found.items() if not _known(t)]
    assert missing == [], "\n".join(missing)


def test_every_help_text_has_its_chinese() -> None:
    texts = [g.help for g in GROUPS.values()]
    for command in COMMANDS.values():
        texts.append(command.help)
        for item in command.args:
            for a in item.args if isinstance(item, Exclusive) else (item,):
                if "help" in a.options:
                    texts.append(a.options["help"])
    assert [t for t in texts if t not in ZH] == []


def test_the_chinese_templates_take_their_values() -> None:
    for english, zh in ZH.items():
        n = english.replace("{{", "").count("{}")
        used = {int(i) for i in re.findall(r"\{(\d+)\}", zh)}
        assert used <= set(range(n)), (english, zh)
        if n:
            assert zh.format(*(["v"] * n)), english


def test_sentences_are_translated_with_their_values() -> None:
    cat = Catalogue(ZH)
    assert cat.sentence("The window 'W99' is not a window of the hall.") == \
        "窗口 'W99' 不是本大厅的窗口。"
    # a value that is itself a known phrase is translated too
    assert cat.sentence("The complaint is empty; it must be filled in.") == \
        "投诉内容为空；必须填写。"
    assert cat.sentence("The office role cannot manage accounts (only the director); the "
                        "attempt is recorded.") == \
        "办公室角色不能管理账户（只有主任可以）；此次尝试已记录。"
    # unknown text stays as it is
    assert cat.sentence("something new") == "something new"
    assert cat.gettext("Interrupted.") == "已中断。"


@pytest.mark.parametrize(("value", "lang"), [("", "zh_CN"), ("zh_CN", "zh_CN"),
                                             ("en", "en"), ("en_US.UTF-8", "en"),
                                             ("EN", "en"), ("fr", "zh_CN")])
def test_the_language_comes_from_halldesk_lang_only(value: str, lang: str) -> None:
    assert language({"HALLDESK_LANG": value, "LANG": "en_US.UTF-8", "LC_ALL": "C"}) == lang


def _halldesk(*argv: str, lang: str | None, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "HALLDESK_LANG"}
    env.update(LANG="en_US.UTF-8", LC_ALL="en_US.UTF-8", PYTHONPATH=str(ROOT),
               PYTHONIOENCODING="utf-8")
    if lang is not None:
        env["HALLDESK_LANG"] = lang
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *argv], env=env,
                          capture_output=True, text=True, timeout=120, input=stdin,
                          encoding="utf-8")


def test_help_is_chinese_by_default_and_english_on_request() -> None:
    zh = _halldesk("--help", lang=None)
    assert zh.returncode == 0
    assert "用法：halldesk" in zh.stdout and "显示本帮助并退出" in zh.stdout
    assert "生成季度或月度工作简报" in zh.stdout and "usage:" not in zh.stdout
    en = _halldesk("--help", lang="en")
    assert en.returncode == 0
    assert "usage: halldesk" in en.stdout and "show this help message and exit" in en.stdout
    sub = _halldesk("complaints", "export", "--help", lang=None)
    assert "姓名和电话不遮蔽" in sub.stdout


def test_usage_errors_in_chinese_and_english() -> None:
    zh = _halldesk("publish", "--date", "2026-09-14", lang=None)
    assert zh.returncode == 2
    assert zh.stderr.strip() == "halldesk publish：缺少必需的参数：--out。"
    en = _halldesk("publish", "--date", "2026-09-14", lang="en")
    assert en.returncode == 2
    assert en.stderr.strip() == "halldesk publish: the following arguments are required: --out."
    bad = _halldesk("nosuchcommand", lang=None)
    assert bad.returncode == 2 and "无效的选项" in bad.stderr


def test_messages_and_errors_in_chinese_and_english(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'hall.db'}"
    hall = str(ROOT / "tests" / "data" / "small_hall.toml")
    zh = _halldesk("--db", url, "init", "--hall", hall, lang=None)
    assert zh.returncode == 0, zh.stderr
    assert "个进驻单位" in zh.stdout and "departments" not in zh.stdout
    page = tmp_path / "p.html"
    zh = _halldesk("--db", url, "publish", "--date", "2026-09-14", "--out", str(page),
                   lang=None)
    assert zh.returncode == 0, zh.stderr
    assert "2026-09-14 及以前均无办结事项" in zh.stdout
    zh = _halldesk("--db", url, "publish", "--date", "2999-01-01", "--out", str(page),
                   lang=None)
    assert zh.returncode == 2
    assert zh.stderr.strip() == "--date 2999-01-01 是将来的日期；当天还没有办结事项。"
    en = _halldesk("--db", url, "publish", "--date", "2999-01-01", "--out", str(page),
                   lang="en")
    assert en.returncode == 2
    assert en.stderr.strip() == ("--date 2999-01-01 is in the future; no case has been "
                                 "completed on it yet.")
    zh = _halldesk("--db", url, "complaints", "deadlines", "--verify", "9", lang=None)
    assert zh.returncode == 2 and zh.stderr.strip() == "--verify 9 必须在 1 到 5 个工作日之间。"
    zh = _halldesk("--db", url, "user", "add", "boss", "--role", "director", "--name",
                   "张主任", "--password-stdin", lang=None, stdin="Secret-Pass-1\n")
    assert zh.returncode == 0 and zh.stdout.strip() == "已创建账户 boss（主任）。"
    zh = _halldesk("--db", url, "user", "add", "li", "--role", "office",
                   "--password-stdin", lang=None, stdin="short\n")
    assert zh.returncode == 2, zh.stdout


def test_the_demo_shows_progress_only_on_a_terminal(tmp_path: Path) -> None:
    quiet = _halldesk("--db", f"sqlite:///{tmp_path / 'd.db'}", "demo", "--days", "2",
                      lang=None)
    assert quiet.returncode == 0, quiet.stderr
    assert quiet.stderr == ""                      # a pipe: no progress line
    assert "演示大厅" in quiet.stdout


def test_progress_on_a_terminal_and_not_elsewhere() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty = Tty()
    with TerminalProgress("Importing", tty) as progress:
        for i in range(0, 101, 50):
            progress(i, 100)
    text = tty.getvalue()
    assert text.startswith("\r") and text.endswith("\n")
    shown = text.replace("\r", "\n").split("\n")
    assert any("100%" in line for line in shown)
    assert any(line.startswith(i18n.sentence("Importing: done")) for line in shown)
    pipe = io.StringIO()
    with TerminalProgress("Importing", pipe) as progress:
        progress(1, 2)
        progress(2, 2)
    assert pipe.getvalue() == ""


def test_the_demo_shows_progress_on_a_terminal(tmp_path: Path) -> None:
    import pty

    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "HALLDESK_LANG"}
    env.update(PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    try:
        done = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--db",
             f"sqlite:///{tmp_path / 'd.db'}", "demo", "--days", "3"],
            env=env, stdout=subprocess.PIPE, stderr=slave, timeout=180)
        os.close(slave)
        chunks = []
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(master)
    assert done.returncode == 0
    shown = b"".join(chunks).decode("utf-8")
    assert "生成演示数据：" in shown and "%" in shown and "\r" in shown
    assert shown.rstrip().endswith("生成演示数据：完成")
    assert "演示大厅" in done.stdout.decode("utf-8")        # the result on stdout
