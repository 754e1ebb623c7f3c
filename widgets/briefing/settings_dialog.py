"""The briefing's masthead and distribution block (报/送/发, 共印N份): a form over
app.briefing.settings; saving is the director's, audited by the service. The issuing
unit is the hall's (the 系统设置 tab's 发文单位)."""

from __future__ import annotations

from typing import Any

from PyQt6.QtCore import QCoreApplication
from PyQt6.QtWidgets import QDialog, QFormLayout, QLineEdit, QMessageBox, QSpinBox, QWidget

from app.briefing import BriefingSettings, load_settings, save_settings
from app.briefing.settings import MAX_COPIES, MAX_TEXT
from app.i18n import message
from widgets.context import AppContext
from widgets.forms import ok_cancel
from widgets.tasks import run_now


class BriefingSettingsDialog(QDialog):
    """Fields for each setting, read on opening and kept on OK."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(QCoreApplication.translate(
            "BriefingSettingsDialog", "Masthead and distribution"))
        form = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        for name, label in (
                ("title", QCoreApplication.translate("BriefingSettingsDialog", "Masthead title")),
                ("signer", QCoreApplication.translate(
                    "BriefingSettingsDialog", "Signed off by (签发)")),
                ("report_to", QCoreApplication.translate(
                    "BriefingSettingsDialog", "Reported to (报)")),
                ("send_to", QCoreApplication.translate("BriefingSettingsDialog", "Sent to (送)")),
                ("issue_to", QCoreApplication.translate(
                    "BriefingSettingsDialog", "Issued to (发)"))):
            edit = QLineEdit()
            edit.setMaxLength(MAX_TEXT)
            self.edits[name] = edit
            form.addRow(label, edit)
        self.copies = QSpinBox()
        self.copies.setRange(0, MAX_COPIES)
        self.copies.setSpecialValueText(QCoreApplication.translate(
            "BriefingSettingsDialog", "not printed"))
        form.addRow(QCoreApplication.translate(
            "BriefingSettingsDialog", "Copies printed (共印N份)"), self.copies)
        form.addRow(ok_cancel(self, self.save))
        self._load()

    def _load(self) -> None:
        db = self.context.db

        def load() -> BriefingSettings:
            with db.read() as session:
                return load_settings(session)

        def done(s: Any, error: BaseException | None) -> None:
            if error is not None:
                self._error(error)
                return
            for name, edit in self.edits.items():
                edit.setText(getattr(s, name))
            self.copies.setValue(s.copies)

        run_now(load, done)

    def value(self) -> BriefingSettings:
        return BriefingSettings(**{n: e.text() for n, e in self.edits.items()},
                                copies=self.copies.value())

    def save(self) -> None:
        db, actor, role, value = self.context.db, self.context.account, self.context.role, \
            self.value()

        def store() -> bool:
            with db.write() as session:
                return save_settings(session, value, actor=actor, role=role)

        def done(_changed: Any, error: BaseException | None) -> None:
            if error is not None:
                self._error(error)
                return
            self.accept()

        run_now(store, done)

    def _error(self, error: BaseException) -> None:
        QMessageBox.warning(self, QCoreApplication.translate("BriefingSettingsDialog",
                                                             "Briefing"), message(error))
