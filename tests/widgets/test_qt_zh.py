"""Qt's standard dialogs in Chinese throughout: qtbase_zh_CN plus widgets/qt_zh.py's
strings it lacks ("&Look in:", "Files of &type:", the 文件夹 type, "Page &Set:")."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PyQt6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PyQt6.QtPrintSupport import QPrintDialog, QPrinter
from PyQt6.QtWidgets import QComboBox, QFileDialog, QLabel, QMessageBox, QWidget

from widgets.qt_zh import QtGapTranslator

LATIN = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def chinese() -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    gap, qtbase = QtGapTranslator(), QTranslator()
    if not qtbase.load("qtbase_zh_CN",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        pytest.skip("Qt's qtbase_zh_CN catalogue is not installed")
    app.installTranslator(gap)
    app.installTranslator(qtbase)
    try:
        yield
    finally:
        app.removeTranslator(qtbase)
        app.removeTranslator(gap)


def english(widget: QWidget) -> list[str]:
    """Visible words of the dialog that are Latin letters only (paths and filters
    aside)."""
    found = []
    for child in widget.findChildren(QLabel):
        text = child.text()
        if LATIN.search(text) and not re.search(r"[\u4e00-\u9fff]", text):
            found.append(text)
    return found


def test_file_dialog_is_chinese_throughout(qtbot: QtBot, chinese: None, tmp_path: object
                                          ) -> None:
    (tmp_path / "sub").mkdir()  # type: ignore[operator]
    dialog = QFileDialog(None, "保存", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    assert english(dialog) == []
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
    assert all(c.count() for c in dialog.findChildren(QComboBox))
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder",
                                      "All other platforms") == "文件夹"


def test_print_dialog_and_message_box_are_chinese(qtbot: QtBot, chinese: None) -> None:
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    assert english(dialog) == []
    box = QMessageBox(QMessageBox.Icon.Question, "简报", "仍要打印吗？",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    box.show()
    assert {b.text() for b in box.buttons()} == {"是(&Y)", "否(&N)"}
