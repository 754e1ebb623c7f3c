"""No Chinese font: said on the first start only, and again after a font came and went."""

from __future__ import annotations

from pathlib import Path

from app.cjk_notice import MESSAGE, notice


def test_said_once_until_a_font_is_installed(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "HallDesk"          # not there yet: first start
    assert notice(False, folder) == MESSAGE
    assert notice(False, folder) is None             # the next start says nothing
    assert notice(True, folder) is None              # a font was installed …
    assert notice(False, folder) == MESSAGE          # … and removed: told again


def test_read_only_data_folder_says_it_every_time(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert notice(False, blocker / "HallDesk") == MESSAGE
    assert notice(False, blocker / "HallDesk") == MESSAGE
