"""The dialog for a record someone else changed meanwhile: what changed, by whom and
when, and a button that reloads it (optimistic concurrency, app/records/conflict.py)."""

from __future__ import annotations

from PyQt6.QtCore import QCoreApplication
from PyQt6.QtWidgets import QMessageBox, QWidget

from app.i18n import message
from app.records.conflict import ChangedMeanwhile


def ask_reload(parent: QWidget | None, title: str, error: ChangedMeanwhile) -> bool:
    """Show the conflict; True if the user asks to reload the record."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, QCoreApplication.translate(
        "Conflict", "Nothing was saved: someone else changed this record meanwhile."),
        QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(message(error))
    reload = box.addButton(QCoreApplication.translate("Conflict", "Reload"),
                           QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(reload)
    box.exec()
    return box.clickedButton() is reload
