"""The Chinese of Qt's standard dialogs that Qt's own ``qtbase_zh_CN`` lacks: Qt 6
marks "&Look in:" and "Files of &type:" with a mnemonic the catalogue translates only
without it, and a few more strings of the file, print and icon-provider contexts have
no translation at all. Installed before qtbase's catalogue (so asked last, only for what
it cannot answer), every standard dialog is Chinese throughout."""

from __future__ import annotations

from PyQt6.QtCore import QObject, QTranslator

# (context, source, disambiguation) → Chinese; the mnemonic kept as Qt's zh_CN does.
MISSING: dict[tuple[str, str, str], str] = {
    ("QFileDialog", "&Look in:", ""): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:", ""): "文件类型(&T)：",
    ("QFileDialog", "Look in:", ""): "查找范围：",
    ("QFileDialog", "Files of type:", ""): "文件类型：",
    ("QFileDialog", "Computer", ""): "计算机",
    ("QFileDialog", "Save", ""): "保存",
    ("QFileDialog", "Choose", ""): "选择",
    ("QFileDialog", "Open File", ""): "打开文件",
    ("QFileDialog", "File name", ""): "文件名",
    ("QFileDialog", "Detail view", ""): "详细信息视图",
    ("QFileDialog", "List view", ""): "列表视图",
    ("QAbstractFileIconProvider", "Folder", "All other platforms"): "文件夹",
    ("QAbstractFileIconProvider", "Folder", "Match Windows Explorer"): "文件夹",
    ("QAbstractFileIconProvider", "Folder", "Match OS X Finder"): "文件夹",
    ("QAbstractFileIconProvider", "Drive", ""): "驱动器",
    ("QAbstractFileIconProvider", "File", "All other platforms"): "文件",
    ("QAbstractFileIconProvider", "%1 File", "All other platforms"): "%1 文件",
    ("QAbstractFileIconProvider", "Unknown", ""): "未知",
    ("QPrintSettingsOutput", "Page &Set:", ""): "页面集(&S)：",
    ("QPrintSettingsOutput", "Duplex Printing", ""): "双面打印",
    ("QPrintSettingsOutput", "None", ""): "无",
    ("QPrintSettingsOutput", "Long side", ""): "长边",
    ("QPrintSettingsOutput", "Short side", ""): "短边",
    ("QPrintWidget", "...", ""): "浏览…",
    ("QPrintDialog", "Print range", ""): "打印范围",
    ("QPrintDialog", "Print all", ""): "全部打印",
    ("QPrintDialog", "Pages from", ""): "页码从",
    ("QPrintDialog", "to", ""): "到",
    ("QPrintDialog", "Selection", ""): "选择",
    ("QPrintDialog", "Copies", ""): "份数",
    ("QPrintDialog", "Collate", ""): "逐份打印",
    ("QPrintDialog", "Reverse", ""): "逆序",
    ("QPrintDialog", "Options", ""): "选项",
    ("QMessageBox", "OK", ""): "确定",
    ("QMessageBox", "Help", ""): "帮助",
    ("QPlatformTheme", "Yes", ""): "是",
    ("QPlatformTheme", "No", ""): "否",
    ("QPlatformTheme", "Don't Save", ""): "不保存",
    ("QPlatformTheme", "Close without Saving", ""): "关闭且不保存",
    ("QDialogButtonBox", "Cancel", ""): "取消",
}


class QtGapTranslator(QTranslator):
    """A translation of the strings in ``MISSING`` only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def translate(self, context: str | None, source: str | None,
                  disambiguation: str | None = None, n: int = -1) -> str:
        return MISSING.get((context or "", source or "", disambiguation or ""), "")

    def isEmpty(self) -> bool:
        return False

    def language(self) -> str:
        return "zh_CN"
