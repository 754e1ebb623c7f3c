"""A computer without a Chinese font is told once, in a dialog and on stderr."""

from __future__ import annotations

from pathlib import Path

import pytest

from PyQt6.QtWidgets import QApplication, QMessageBox

import widgets.app as gui
from app import cjk_notice


def test_missing_font_is_said_once(qapp: QApplication, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(cjk_notice, "_folder", lambda: tmp_path / "HallDesk")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a: said.append(text))
    gui.tell_missing_font(False, dialog=True)
    gui.tell_missing_font(False, dialog=True)          # the second start: nothing
    assert said == [cjk_notice.MESSAGE]
    assert capsys.readouterr().err == cjk_notice.MESSAGE + "\n"
    gui.tell_missing_font(True, dialog=True)           # a font is there: nothing
    gui.tell_missing_font(False, dialog=False)         # --screenshot: stderr only
    assert said == [cjk_notice.MESSAGE]
    assert capsys.readouterr().err == cjk_notice.MESSAGE + "\n"
